import {
  LIKERT_POINTS,
  LONG_TEXT_MAX,
  OTHER_OPTION_KEY,
  RATING_MAX,
  RATING_MIN,
  SHORT_TEXT_MAX,
  type AnswerValue,
  type Answers,
  type Question,
  type QuestionnaireDefinition,
} from '@inbreng/contracts';
import { isIsoDate, optionKeys, questionMap } from './definition';
import { visibleQuestionKeys } from './visibility';

/** Stable codes: the API turns them into detail lines, the web app into B1 Dutch (with `params`). */
export const ANSWER_PROBLEM_CODES = [
  'invalid_answers',
  'unknown_question',
  'hidden_question',
  'wrong_type',
  'unknown_option',
  'duplicate_option',
  'too_many_choices',
  'other_text_missing',
  'other_text_not_allowed',
  'too_long',
  'out_of_range',
  'not_whole_number',
  'invalid_date',
  'ranking_incomplete',
  'matrix_incomplete',
  'required',
] as const;
export type AnswerProblemCode = (typeof ANSWER_PROBLEM_CODES)[number];

export interface AnswerProblem {
  /** The question the problem is about ('' when the answers as a whole are malformed). */
  questionKey: string;
  code: AnswerProblemCode;
  message: string;
  /** Values to fill in a translated message (limits, the offending option). */
  params?: Record<string, string | number>;
}

export interface ValidateAnswersOptions {
  /** Hand-in: required visible questions must be answered. Saving progress only checks what is there. */
  submit: boolean;
}

/** Max length of the "anders, namelijk …" text. */
export const OTHER_TEXT_MAX = SHORT_TEXT_MAX;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Empty answers (null, blank text, nothing chosen, an empty grid) count as "not answered", not as errors.
 * Anything else counts as answered, so a malformed value is reported rather than ignored.
 */
export function isAnswered(question: Question | undefined, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (!isObject(value)) return true;
  const emptyText = (v: unknown) => v === undefined || v === null || v === '';
  const onlyKeys = (allowed: string[]) => Object.keys(value).every((k) => allowed.includes(k));
  switch (question?.type) {
    case 'single_choice':
      return !(
        onlyKeys(['option', 'otherText']) &&
        emptyText(value['option']) &&
        emptyText(value['otherText'])
      );
    case 'multiple_choice':
      return !(
        onlyKeys(['options', 'otherText']) &&
        Array.isArray(value['options']) &&
        value['options'].length === 0 &&
        emptyText(value['otherText'])
      );
    default:
      return Object.keys(value).length > 0;
  }
}

/**
 * Checks answers against a definition. Every problem is reported with its question key; an empty list
 * means the answers may be stored. Answers to hidden questions are refused (the respondent never saw them).
 */
export function validateAnswers(
  def: QuestionnaireDefinition,
  answers: unknown,
  options: ValidateAnswersOptions,
): AnswerProblem[] {
  if (!isObject(answers)) {
    return [
      { questionKey: '', code: 'invalid_answers', message: 'answers must be an object keyed by question' },
    ];
  }
  const problems: AnswerProblem[] = [];
  const questions = questionMap(def);
  const visible = new Set(visibleQuestionKeys(def, answers as Answers));

  for (const [key, value] of Object.entries(answers)) {
    const located = questions.get(key);
    if (!located) {
      problems.push({ questionKey: key, code: 'unknown_question', message: 'there is no such question' });
      continue;
    }
    if (!isAnswered(located.question, value)) continue;
    if (!visible.has(key)) {
      problems.push({
        questionKey: key,
        code: 'hidden_question',
        message: 'this question is not shown, given the earlier answers',
      });
      continue;
    }
    problems.push(...checkAnswer(located.question, value, options.submit));
  }

  if (options.submit) {
    for (const key of visible) {
      const question = questions.get(key)?.question;
      if (question?.required && !isAnswered(question, answers[key])) {
        problems.push({ questionKey: key, code: 'required', message: 'an answer is required' });
      }
    }
  }
  // Report in the order the respondent sees the questions; unknown keys last.
  const order = (key: string) => questions.get(key)?.index ?? Number.MAX_SAFE_INTEGER;
  return problems.sort((a, b) => order(a.questionKey) - order(b.questionKey));
}

function checkAnswer(q: Question, value: unknown, submit: boolean): AnswerProblem[] {
  const problem = (
    code: AnswerProblemCode,
    message: string,
    params?: AnswerProblem['params'],
  ): AnswerProblem[] => [{ questionKey: q.key, code, message, ...(params ? { params } : {}) }];
  switch (q.type) {
    case 'short_text':
    case 'long_text': {
      if (typeof value !== 'string') return problem('wrong_type', 'the answer must be text');
      const max = q.type === 'short_text' ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
      return value.trim().length > max ? problem('too_long', `at most ${max} characters`, { max }) : [];
    }
    case 'single_choice': {
      if (
        !isObject(value) ||
        typeof value['option'] !== 'string' ||
        hasOtherKeys(value, ['option', 'otherText'])
      ) {
        return problem('wrong_type', 'the answer must be one option');
      }
      return [
        ...checkOption(q, value['option']),
        ...checkOtherText(q, [value['option']], value['otherText'], submit),
      ];
    }
    case 'multiple_choice': {
      const chosen = value !== null && typeof value === 'object' ? (value as Obj)['options'] : undefined;
      if (
        !isObject(value) ||
        !Array.isArray(chosen) ||
        !chosen.every((o) => typeof o === 'string') ||
        hasOtherKeys(value, ['options', 'otherText'])
      ) {
        return problem('wrong_type', 'the answer must be a list of options');
      }
      const keys = chosen as string[];
      const out = keys.flatMap((k) => checkOption(q, k));
      if (new Set(keys).size !== keys.length)
        out.push(...problem('duplicate_option', 'an option is chosen twice'));
      const max = q.maxChoices ?? optionKeys(q).length;
      if (keys.length > max) out.push(...problem('too_many_choices', `choose at most ${max}`, { max }));
      out.push(...checkOtherText(q, keys, value['otherText'], submit));
      return out;
    }
    case 'likert':
      return checkWholeNumber(q, value, LIKERT_POINTS[0], LIKERT_POINTS[LIKERT_POINTS.length - 1] as number);
    case 'rating':
      return checkWholeNumber(q, value, RATING_MIN, RATING_MAX);
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return problem('wrong_type', 'the answer must be a number');
      if (q.integer !== false && !Number.isInteger(value))
        return problem('not_whole_number', 'the answer must be a whole number');
      return outOfRange(q, value, q.min, q.max);
    }
    case 'date': {
      if (typeof value !== 'string') return problem('wrong_type', 'the answer must be a date (YYYY-MM-DD)');
      if (!isIsoDate(value)) return problem('invalid_date', 'this is not a valid date (YYYY-MM-DD)');
      // ISO dates compare correctly as strings.
      if ((q.minDate && value < q.minDate) || (q.maxDate && value > q.maxDate)) {
        return problem('out_of_range', rangeText(q.minDate, q.maxDate), rangeParams(q.minDate, q.maxDate));
      }
      return [];
    }
    case 'ranking': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        return problem('wrong_type', 'the answer must be the items in order');
      }
      const items = value as string[];
      const out = items.flatMap((k) => checkOption(q, k));
      if (new Set(items).size !== items.length)
        out.push(...problem('duplicate_option', 'an item is listed twice'));
      else if (out.length === 0 && items.length !== q.options.length) {
        out.push(
          ...problem('ranking_incomplete', `put all ${q.options.length} items in order`, {
            count: q.options.length,
          }),
        );
      }
      return out;
    }
    case 'matrix': {
      if (!isObject(value)) return problem('wrong_type', 'the answer must give a point per statement');
      const rows = new Set(q.rows.map((r) => r.key));
      const out: AnswerProblem[] = [];
      for (const [rowKey, point] of Object.entries(value)) {
        if (!rows.has(rowKey))
          out.push(...problem('unknown_option', `there is no statement "${rowKey}"`, { option: rowKey }));
        else
          out.push(
            ...checkWholeNumber(
              q,
              point,
              LIKERT_POINTS[0],
              LIKERT_POINTS[LIKERT_POINTS.length - 1] as number,
            ),
          );
      }
      if (submit && q.required && out.length === 0 && Object.keys(value).length < rows.size) {
        out.push(...problem('matrix_incomplete', 'answer every statement', { count: rows.size }));
      }
      return out;
    }
    default:
      return [];
  }
}

function hasOtherKeys(value: Obj, allowed: string[]): boolean {
  return Object.keys(value).some((k) => !allowed.includes(k));
}

function checkOption(q: Question, key: string): AnswerProblem[] {
  return optionKeys(q).includes(key)
    ? []
    : [
        {
          questionKey: q.key,
          code: 'unknown_option',
          message: `there is no option "${key}"`,
          params: { option: key },
        },
      ];
}

function checkOtherText(q: Question, chosen: string[], otherText: unknown, submit: boolean): AnswerProblem[] {
  const problem = (
    code: AnswerProblemCode,
    message: string,
    params?: AnswerProblem['params'],
  ): AnswerProblem[] => [{ questionKey: q.key, code, message, ...(params ? { params } : {}) }];
  const otherChosen = chosen.includes(OTHER_OPTION_KEY);
  if (otherText !== undefined && otherText !== null) {
    if (typeof otherText !== 'string') return problem('wrong_type', 'the "other" text must be text');
    if (otherText.trim() !== '' && !otherChosen)
      return problem('other_text_not_allowed', 'text is only allowed with "other"');
    if (otherText.trim().length > OTHER_TEXT_MAX)
      return problem('too_long', `at most ${OTHER_TEXT_MAX} characters`, { max: OTHER_TEXT_MAX });
  }
  if (submit && otherChosen && (typeof otherText !== 'string' || otherText.trim() === '')) {
    return problem('other_text_missing', 'say what "other" is');
  }
  return [];
}

function checkWholeNumber(q: Question, value: unknown, min: number, max: number): AnswerProblem[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [{ questionKey: q.key, code: 'wrong_type', message: 'the answer must be a number' }];
  }
  if (!Number.isInteger(value)) {
    return [{ questionKey: q.key, code: 'not_whole_number', message: 'the answer must be a whole number' }];
  }
  return outOfRange(q, value, min, max);
}

function outOfRange(q: Question, value: number, min?: number, max?: number): AnswerProblem[] {
  if (
    (min !== undefined && min !== null && value < min) ||
    (max !== undefined && max !== null && value > max)
  ) {
    return [
      {
        questionKey: q.key,
        code: 'out_of_range',
        message: rangeText(min, max),
        params: rangeParams(min, max),
      },
    ];
  }
  return [];
}

function rangeText(min?: number | string | null, max?: number | string | null): string {
  if (min !== undefined && min !== null && max !== undefined && max !== null)
    return `must be from ${min} to ${max}`;
  if (min !== undefined && min !== null) return `must be at least ${min}`;
  return `must be at most ${max}`;
}

function rangeParams(
  min?: number | string | null,
  max?: number | string | null,
): Record<string, string | number> {
  return {
    ...(min !== undefined && min !== null ? { min } : {}),
    ...(max !== undefined && max !== null ? { max } : {}),
  };
}

/**
 * The answers as they are stored: text trimmed, empty answers and answers to hidden questions dropped.
 * Call only after `validateAnswers` found nothing.
 */
export function normalizeAnswers(def: QuestionnaireDefinition, answers: Answers): Answers {
  const questions = questionMap(def);
  const visible = new Set(visibleQuestionKeys(def, answers));
  const out: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    const question = questions.get(key)?.question;
    if (!question || !visible.has(key) || !isAnswered(question, value)) continue;
    out[key] = normalizeValue(question, value);
  }
  return out;
}

function normalizeValue(question: Question, value: AnswerValue): AnswerValue {
  if (typeof value === 'string') return value.trim();
  if (question.type !== 'single_choice' && question.type !== 'multiple_choice') return value;
  const v = value as { option?: string; options?: string[]; otherText?: string };
  const otherText = typeof v.otherText === 'string' ? v.otherText.trim() : '';
  const chosen =
    question.type === 'single_choice' ? { option: v.option ?? '' } : { options: v.options ?? [] };
  const otherChosen = v.option === OTHER_OPTION_KEY || (v.options ?? []).includes(OTHER_OPTION_KEY);
  return otherChosen && otherText ? { ...chosen, otherText } : chosen;
}
