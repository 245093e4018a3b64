import type { Answers, Question, QuestionnaireDefinition, QuestionnaireSection } from '@inbreng/contracts';
import {
  type AnswerProblem,
  pruneHiddenAnswers,
  validateAnswers,
  visibleQuestionKeys,
  visibleSectionKeys,
} from '@inbreng/questionnaire';
import type { Message } from '../validation';

/** A section as the respondent gets it: only the questions the earlier answers show. */
export interface Step {
  section: QuestionnaireSection;
  questions: Question[];
}

/**
 * The screens to go through with these answers: visible sections with at least one visible question
 * (a section whose questions are all hidden would be an empty screen). Changes as answers change.
 */
export function visibleSteps(def: QuestionnaireDefinition, answers: Answers): Step[] {
  const sections = new Set(visibleSectionKeys(def, answers));
  const questions = new Set(visibleQuestionKeys(def, answers));
  return def.sections
    .filter((s) => sections.has(s.key))
    .map((section) => ({ section, questions: section.questions.filter((q) => questions.has(q.key)) }))
    .filter((step) => step.questions.length > 0);
}

/** What is still wrong or missing on one screen (required answers included), in screen order. */
export function stepProblems(def: QuestionnaireDefinition, answers: Answers, step: Step): AnswerProblem[] {
  const keys = new Set(step.questions.map((q) => q.key));
  return validateAnswers(def, pruneHiddenAnswers(def, answers), { submit: true }).filter((p) =>
    keys.has(p.questionKey),
  );
}

/** All problems before handing in, with the screen each one is on. */
export function allProblems(
  def: QuestionnaireDefinition,
  answers: Answers,
): { problem: AnswerProblem; step: number }[] {
  const steps = visibleSteps(def, answers);
  const stepOf = new Map(steps.flatMap((s, i) => s.questions.map((q) => [q.key, i] as const)));
  return validateAnswers(def, pruneHiddenAnswers(def, answers), { submit: true }).map((problem) => ({
    problem,
    step: stepOf.get(problem.questionKey) ?? 0,
  }));
}

/** The id of the control an error moves focus to: the field, or the first option of a group. */
export function controlId(q: Question): string {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return `q-${q.key}-${q.options[0]?.key ?? 'other'}`;
    case 'likert':
      return `q-${q.key}-1`;
    case 'rating':
      return `q-${q.key}-0`;
    case 'ranking':
      return `q-${q.key}-list`;
    case 'matrix':
      return `q-${q.key}-${q.rows[0]?.key ?? ''}-1`;
    default:
      return `q-${q.key}`;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function formatDate(value: string | number, lang: string): string | number {
  if (typeof value !== 'string' || !DATE.test(value)) return value;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A problem from the shared rules (stable code) as a B1 message for this question type. */
export function problemMessage(
  problem: AnswerProblem,
  question: Question | undefined,
  lang: string,
): Message {
  const p = 'questionnaire.problems.';
  const params = problem.params ?? {};
  switch (problem.code) {
    case 'required':
      switch (question?.type) {
        case 'single_choice':
        case 'likert':
        case 'rating':
          return { key: `${p}requiredChoice` };
        case 'multiple_choice':
          return { key: `${p}requiredChoices` };
        case 'ranking':
          return { key: `${p}requiredRanking` };
        case 'matrix':
          return { key: `${p}matrixIncomplete` };
        case 'date':
          return { key: `${p}requiredDate` };
        case 'number':
          return { key: `${p}requiredNumber` };
        default:
          return { key: `${p}requiredText` };
      }
    case 'out_of_range': {
      const kind = question?.type === 'date' ? 'Date' : 'Number';
      const min = params['min'] !== undefined ? formatDate(params['min'], lang) : undefined;
      const max = params['max'] !== undefined ? formatDate(params['max'], lang) : undefined;
      if (min !== undefined && max !== undefined) return { key: `${p}range${kind}`, params: { min, max } };
      if (min !== undefined) return { key: `${p}min${kind}`, params: { min } };
      return { key: `${p}max${kind}`, params: { max: max ?? '' } };
    }
    case 'too_long':
      return { key: `${p}tooLong`, params: { max: params['max'] ?? '' } };
    case 'too_many_choices':
      return { key: `${p}tooManyChoices`, params: { max: params['max'] ?? '' } };
    case 'other_text_missing':
      return { key: `${p}otherTextMissing` };
    case 'not_whole_number':
      return { key: `${p}notWholeNumber` };
    case 'invalid_date':
      return { key: `${p}invalidDate` };
    case 'ranking_incomplete':
      return { key: `${p}rankingIncomplete`, params: { count: params['count'] ?? '' } };
    case 'matrix_incomplete':
      return { key: `${p}matrixIncomplete` };
    case 'wrong_type':
      return { key: question?.type === 'number' ? `${p}notNumber` : `${p}invalid` };
    default:
      return { key: `${p}invalid` };
  }
}
