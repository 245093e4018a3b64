import type { Question, QuestionnaireDefinition } from '@inbreng/contracts';
import { DEFINITION_LIMITS } from './validate-definition';

/** All section and question keys in use (they share one namespace). */
export function usedKeys(def: QuestionnaireDefinition): Set<string> {
  return new Set(def.sections.flatMap((s) => [s.key, ...s.questions.map((q) => q.key)]));
}

/** A key not used yet: `base`, else `base_2`, `base_3`, … (kept within the key length limit). */
export function freshKey(def: QuestionnaireDefinition, base: string): string {
  const used = usedKeys(def);
  const root = base.slice(0, DEFINITION_LIMITS.keyLength - 4) || 'q';
  if (!used.has(root)) return root;
  for (let i = 2; ; i++) {
    const candidate = `${root}_${i}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * A copy of the definition with the question duplicated right after the original, under a fresh key. The copy
 * keeps the condition: its target comes before the original, so also before the copy.
 */
export function duplicateQuestion(def: QuestionnaireDefinition, key: string): QuestionnaireDefinition {
  const next = structuredClone(def);
  for (const section of next.sections) {
    const at = section.questions.findIndex((q) => q.key === key);
    const original = section.questions[at];
    if (!original) continue;
    const copy: Question = { ...structuredClone(original), key: freshKey(next, key) };
    section.questions.splice(at + 1, 0, copy);
    return next;
  }
  throw new Error(`no question "${key}"`);
}

/**
 * A copy of the definition with a question moved by `offset` places within its section (−1 up, +1 down),
 * for keyboard reordering. Returns the definition unchanged at the edges. Run validateDefinition afterwards:
 * a move can put a question before the question its condition uses.
 */
export function moveQuestion(
  def: QuestionnaireDefinition,
  key: string,
  offset: number,
): QuestionnaireDefinition {
  const next = structuredClone(def);
  for (const section of next.sections) {
    const from = section.questions.findIndex((q) => q.key === key);
    if (from < 0) continue;
    const to = Math.max(0, Math.min(section.questions.length - 1, from + offset));
    const [moved] = section.questions.splice(from, 1);
    if (moved) section.questions.splice(to, 0, moved);
    return next;
  }
  throw new Error(`no question "${key}"`);
}
