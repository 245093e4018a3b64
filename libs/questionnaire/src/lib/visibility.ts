import type { AnswerValue, Answers, QuestionCondition, QuestionnaireDefinition } from '@inbreng/contracts';
import { flattenQuestions } from './definition';

/**
 * Whether an answer satisfies a condition. An answer of the wrong shape never matches, so a condition
 * can't be tricked into showing a question. Text is compared trimmed and case-insensitively.
 */
export function conditionMatches(condition: QuestionCondition, answer: AnswerValue | undefined): boolean {
  if (answer === undefined || answer === null) return false;
  const fields: Record<string, unknown> =
    typeof answer === 'object' && !Array.isArray(answer) ? (answer as Record<string, unknown>) : {};
  switch (condition.operator) {
    case 'equals':
      if (typeof answer === 'number' || typeof answer === 'string') {
        return typeof answer === 'string' && typeof condition.value === 'string'
          ? answer.trim().toLowerCase() === condition.value.trim().toLowerCase()
          : answer === condition.value;
      }
      return typeof fields['option'] === 'string' && fields['option'] === condition.value;
    case 'includes':
      return Array.isArray(fields['options']) && (fields['options'] as unknown[]).includes(condition.value);
    case 'between':
      return typeof answer === 'number' && answer >= condition.min && answer <= condition.max;
    default:
      return false;
  }
}

/**
 * Keys of the questions a respondent sees with these answers, in definition order. A question in a hidden
 * section is hidden, and a condition on a hidden question is false (its answer doesn't count), so hiding
 * cascades down the chain.
 */
export function visibleQuestionKeys(def: QuestionnaireDefinition, answers: Answers): string[] {
  const visible = new Set<string>();
  const holds = (condition: QuestionCondition | null | undefined): boolean =>
    !condition ||
    (visible.has(condition.questionKey) && conditionMatches(condition, answers[condition.questionKey]));

  let currentSection: string | undefined;
  let sectionShown = false;
  for (const { question, section } of flattenQuestions(def)) {
    if (section.key !== currentSection) {
      currentSection = section.key;
      sectionShown = holds(section.condition);
    }
    if (sectionShown && holds(question.condition)) visible.add(question.key);
  }
  return [...visible];
}

/** Keys of the sections a respondent sees (a section without questions is shown when its condition holds). */
export function visibleSectionKeys(def: QuestionnaireDefinition, answers: Answers): string[] {
  const visible = new Set(visibleQuestionKeys(def, answers));
  return def.sections
    .filter(
      (section) =>
        !section.condition ||
        (visible.has(section.condition.questionKey) &&
          conditionMatches(section.condition, answers[section.condition.questionKey])),
    )
    .map((section) => section.key);
}

/** Whether a question or section (by key) is shown with these answers. */
export function isVisible(def: QuestionnaireDefinition, answers: Answers, key: string): boolean {
  return visibleQuestionKeys(def, answers).includes(key) || visibleSectionKeys(def, answers).includes(key);
}

/** The answers without those to hidden or unknown questions (e.g. after an earlier answer changed). */
export function pruneHiddenAnswers(def: QuestionnaireDefinition, answers: Answers): Answers {
  const visible = new Set(visibleQuestionKeys(def, answers));
  return Object.fromEntries(Object.entries(answers).filter(([key]) => visible.has(key)));
}
