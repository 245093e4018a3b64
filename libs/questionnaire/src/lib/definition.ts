import {
  OTHER_OPTION_KEY,
  type ChoiceOption,
  type Question,
  type QuestionnaireDefinition,
  type QuestionnaireSection,
} from '@inbreng/contracts';

/** A question with where it sits: `index` is its position over the whole definition (0-based). */
export interface LocatedQuestion {
  question: Question;
  section: QuestionnaireSection;
  sectionIndex: number;
  index: number;
}

/** All questions in definition order. */
export function flattenQuestions(def: QuestionnaireDefinition): LocatedQuestion[] {
  const out: LocatedQuestion[] = [];
  def.sections.forEach((section, sectionIndex) => {
    for (const question of section.questions) {
      out.push({ question, section, sectionIndex, index: out.length });
    }
  });
  return out;
}

export function questionMap(def: QuestionnaireDefinition): Map<string, LocatedQuestion> {
  return new Map(flattenQuestions(def).map((located) => [located.question.key, located]));
}

export function findQuestion(def: QuestionnaireDefinition, key: string): Question | undefined {
  return questionMap(def).get(key)?.question;
}

export function countQuestions(def: QuestionnaireDefinition): number {
  return def.sections.reduce((sum, section) => sum + section.questions.length, 0);
}

/**
 * The option keys an answer may use: the listed options plus `other` when "anders, namelijk …" is on.
 * Empty for question types without options.
 */
export function optionKeys(question: Question): string[] {
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return [...question.options.map((o) => o.key), ...(question.allowOther ? [OTHER_OPTION_KEY] : [])];
    case 'ranking':
      return question.options.map((o) => o.key);
    case 'matrix':
      return question.rows.map((r) => r.key);
    default:
      return [];
  }
}

/** Options (or matrix rows) with labels; `other` is labelled by the caller's language. */
export function listedOptions(question: Question): ChoiceOption[] {
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'ranking':
      return question.options;
    case 'matrix':
      return question.rows;
    default:
      return [];
  }
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date in YYYY-MM-DD form (2024-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
