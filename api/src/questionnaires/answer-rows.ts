import { OTHER_OPTION_KEY, type Answers, type QuestionnaireDefinition } from '@inbreng/contracts';
import { questionMap } from '@inbreng/questionnaire';
import type { OpenAnswerSource } from './entities/questionnaire-open-answer.entity';

/** One atomic value, as stored in questionnaire_answer (see the entity for what each column means). */
export interface AnswerRow {
  questionKey: string;
  optionKey: string;
  value: number | null;
  head: boolean;
}

/** Free text to screen and store in questionnaire_open_answer. */
export interface OpenText {
  questionKey: string;
  source: OpenAnswerSource;
  text: string;
}

/**
 * Splits validated, normalised answers into rows PostgreSQL can count, and the free texts to screen.
 * Exactly one row per answered question has `head` set.
 */
export function toAnswerRows(
  def: QuestionnaireDefinition,
  answers: Answers,
): { rows: AnswerRow[]; openTexts: OpenText[] } {
  const rows: AnswerRow[] = [];
  const openTexts: OpenText[] = [];
  const questions = questionMap(def);
  const push = (questionKey: string, items: Array<{ optionKey: string; value: number | null }>) =>
    items.forEach((item, i) => rows.push({ questionKey, ...item, head: i === 0 }));

  for (const [key, answer] of Object.entries(answers)) {
    const question = questions.get(key)?.question;
    if (!question) continue;
    switch (question.type) {
      case 'short_text':
      case 'long_text':
        push(key, [{ optionKey: '', value: null }]);
        openTexts.push({ questionKey: key, source: 'answer', text: answer as string });
        break;
      case 'single_choice':
      case 'multiple_choice': {
        const a = answer as { option?: string; options?: string[]; otherText?: string };
        const chosen = question.type === 'single_choice' ? [a.option ?? ''] : (a.options ?? []);
        push(
          key,
          chosen.map((optionKey) => ({ optionKey, value: null })),
        );
        if (a.otherText && chosen.includes(OTHER_OPTION_KEY)) {
          openTexts.push({ questionKey: key, source: 'other', text: a.otherText });
        }
        break;
      }
      case 'likert':
      case 'rating':
      case 'number':
        push(key, [{ optionKey: '', value: answer as number }]);
        break;
      case 'date':
        push(key, [{ optionKey: answer as string, value: null }]);
        break;
      case 'ranking':
        push(
          key,
          (answer as string[]).map((optionKey, i) => ({ optionKey, value: i + 1 })),
        );
        break;
      case 'matrix':
        push(
          key,
          Object.entries(answer as Record<string, number>).map(([optionKey, value]) => ({
            optionKey,
            value,
          })),
        );
        break;
    }
  }
  return { rows, openTexts };
}
