import { OTHER_OPTION_KEY, type QuestionnaireDefinition } from '@inbreng/contracts';
import { destructiveChanges, listedOptions, optionKeys, questionMap } from '@inbreng/questionnaire';
import type { Message } from '../../shared/form-problem';

/**
 * The edits that would change what earlier answers mean, as messages for the "new version?" question.
 * Whether an edit is destructive is decided by the shared rule the API applies (`destructiveChanges`);
 * the three common cases are named with the question's own text, the rest in one general line.
 */
export function destructiveMessages(
  before: QuestionnaireDefinition,
  after: QuestionnaireDefinition,
): Message[] {
  const all = destructiveChanges(before, after);
  if (all.length === 0) return [];
  const out: Message[] = [];
  const next = questionMap(after);
  let named = 0;
  for (const { question: old, index } of questionMap(before).values()) {
    const n = index + 1;
    const located = next.get(old.key);
    const now = located?.question;
    if (!located || !now) {
      out.push({ key: 'qBuilder.version.removed', params: { n, text: old.text } });
      named++;
      continue;
    }
    if (now.type !== old.type) {
      out.push({ key: 'qBuilder.version.typeChanged', params: { n: located.index + 1, text: old.text } });
      named++;
      continue;
    }
    const kept = new Set(optionKeys(now));
    const labels = new Map(listedOptions(old).map((o) => [o.key, o.label]));
    for (const key of optionKeys(old)) {
      if (kept.has(key)) continue;
      out.push({
        key: key === OTHER_OPTION_KEY ? 'qBuilder.version.otherRemoved' : 'qBuilder.version.optionRemoved',
        params: { n: located.index + 1, text: old.text, option: labels.get(key) ?? key },
      });
      named++;
    }
  }
  if (all.length > named) out.push({ key: 'qBuilder.version.stricter' });
  return out;
}
