import {
  LIKERT_POINTS,
  OTHER_OPTION_KEY,
  QUESTION_TYPES,
  RATING_MAX,
  RATING_MIN,
  type QuestionType,
} from '@inbreng/contracts';
import { isIsoDate } from './definition';

/** Stable codes: the API turns them into detail lines, the web app into B1 Dutch. */
export const DEFINITION_PROBLEM_CODES = [
  'invalid',
  'required',
  'too_long',
  'too_many',
  'invalid_key',
  'duplicate_key',
  'unknown_type',
  'too_few_options',
  'reserved_key',
  'invalid_range',
  'condition_unknown_question',
  'condition_forward',
  'condition_incompatible',
  'condition_unknown_option',
  'condition_invalid_value',
] as const;
export type DefinitionProblemCode = (typeof DEFINITION_PROBLEM_CODES)[number];

export interface DefinitionProblem {
  /** Where, e.g. `sections[0].questions[2].options[1].key`. */
  path: string;
  code: DefinitionProblemCode;
  message: string;
}

export const DEFINITION_LIMITS = {
  sections: 50,
  questions: 200,
  options: 50,
  rows: 30,
  keyLength: 40,
  titleLength: 200,
  textLength: 500,
  helpLength: 1000,
  introLength: 2000,
  labelLength: 200,
  unitLength: 30,
} as const;

/** Keys are short identifiers: letters, digits, `_` and `-`, starting with a letter or digit. */
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Which condition operators a referenced question type supports. */
const CONDITION_OPERATORS: Record<QuestionType, readonly string[]> = {
  short_text: ['equals'],
  long_text: [],
  single_choice: ['equals'],
  multiple_choice: ['includes'],
  likert: ['equals', 'between'],
  rating: ['equals', 'between'],
  number: ['equals', 'between'],
  date: ['equals'],
  ranking: [],
  matrix: [],
};

/** What a condition needs to know about an earlier question. */
interface Target {
  type: QuestionType;
  index: number;
  sectionIndex: number;
  options: string[];
}

class Collector {
  readonly problems: DefinitionProblem[] = [];
  add(path: string, code: DefinitionProblemCode, message: string): void {
    this.problems.push({ path, code, message });
  }
}

/**
 * Checks a definition sent by the builder (any JSON). Returns every problem found; an empty list means the
 * definition is safe to store and to answer. Conditions may only refer back to an existing, earlier question
 * of a type and option they can test.
 */
export function validateDefinition(def: unknown): DefinitionProblem[] {
  const c = new Collector();
  if (!isObject(def) || !Array.isArray(def['sections'])) {
    c.add('sections', 'invalid', 'the definition needs a list of sections');
    return c.problems;
  }
  const sections = def['sections'] as unknown[];
  if (sections.length > DEFINITION_LIMITS.sections) {
    c.add('sections', 'too_many', `at most ${DEFINITION_LIMITS.sections} sections`);
  }
  const seenKeys = new Set<string>();
  const targets = new Map<string, Target>();
  const allQuestionKeys = collectQuestionKeys(sections);
  let questionIndex = 0;

  sections.forEach((section, sectionIndex) => {
    const sp = `sections[${sectionIndex}]`;
    if (!isObject(section)) {
      c.add(sp, 'invalid', 'a section must be an object');
      return;
    }
    checkKey(c, `${sp}.key`, section['key'], seenKeys);
    checkText(c, `${sp}.title`, section['title'], DEFINITION_LIMITS.titleLength, true);
    checkText(c, `${sp}.intro`, section['intro'], DEFINITION_LIMITS.introLength, false);
    // A section's condition may only use questions of earlier sections.
    checkCondition(
      c,
      `${sp}.condition`,
      section['condition'],
      targets,
      allQuestionKeys,
      (t) => t.sectionIndex < sectionIndex,
    );
    const questions = section['questions'];
    if (!Array.isArray(questions)) {
      c.add(`${sp}.questions`, 'invalid', 'a section needs a list of questions');
      return;
    }
    questions.forEach((question: unknown, qi: number) => {
      const qp = `${sp}.questions[${qi}]`;
      const index = questionIndex++;
      if (!isObject(question)) {
        c.add(qp, 'invalid', 'a question must be an object');
        return;
      }
      const keyOk = checkKey(c, `${qp}.key`, question['key'], seenKeys);
      checkText(c, `${qp}.text`, question['text'], DEFINITION_LIMITS.textLength, true);
      checkText(c, `${qp}.help`, question['help'], DEFINITION_LIMITS.helpLength, false);
      if (typeof question['required'] !== 'boolean') {
        c.add(`${qp}.required`, 'invalid', 'required must be true or false');
      }
      checkCondition(
        c,
        `${qp}.condition`,
        question['condition'],
        targets,
        allQuestionKeys,
        (t) => t.index < index,
      );
      const type = question['type'];
      if (typeof type !== 'string' || !(QUESTION_TYPES as readonly string[]).includes(type)) {
        c.add(`${qp}.type`, 'unknown_type', `unknown question type; use one of ${QUESTION_TYPES.join(', ')}`);
        return;
      }
      const options = checkTypeSpecific(c, qp, type as QuestionType, question);
      if (keyOk) {
        targets.set(question['key'] as string, { type: type as QuestionType, index, sectionIndex, options });
      }
    });
  });
  if (questionIndex > DEFINITION_LIMITS.questions) {
    c.add('sections', 'too_many', `at most ${DEFINITION_LIMITS.questions} questions`);
  }
  return c.problems;
}

/** Every question key anywhere, to tell a forward reference from a missing one. */
function collectQuestionKeys(sections: unknown[]): Set<string> {
  const keys = new Set<string>();
  for (const section of sections) {
    if (!isObject(section) || !Array.isArray(section['questions'])) continue;
    for (const question of section['questions'] as unknown[]) {
      if (isObject(question) && typeof question['key'] === 'string') keys.add(question['key']);
    }
  }
  return keys;
}

function checkKey(c: Collector, path: string, key: unknown, seen: Set<string>): boolean {
  if (typeof key !== 'string' || key.length > DEFINITION_LIMITS.keyLength || !KEY_PATTERN.test(key)) {
    c.add(path, 'invalid_key', `a key is 1-${DEFINITION_LIMITS.keyLength} letters, digits, _ or -`);
    return false;
  }
  if (seen.has(key)) {
    c.add(path, 'duplicate_key', `key "${key}" is used more than once`);
    return false;
  }
  seen.add(key);
  return true;
}

function checkText(c: Collector, path: string, value: unknown, max: number, required: boolean): void {
  if (value === undefined || value === null) {
    if (required) c.add(path, 'required', 'this text is required');
    return;
  }
  if (typeof value !== 'string') {
    c.add(path, 'invalid', 'must be text');
    return;
  }
  if (required && value.trim() === '') c.add(path, 'required', 'this text is required');
  if (value.length > max) c.add(path, 'too_long', `at most ${max} characters`);
}

/** Checks options/rows/ranges of one question; returns the option keys a condition may test. */
function checkTypeSpecific(c: Collector, qp: string, type: QuestionType, q: Obj): string[] {
  switch (type) {
    case 'single_choice':
    case 'multiple_choice': {
      const keys = checkOptions(c, `${qp}.options`, q['options'], 2, DEFINITION_LIMITS.options, true);
      if (q['allowOther'] !== undefined && typeof q['allowOther'] !== 'boolean') {
        c.add(`${qp}.allowOther`, 'invalid', 'allowOther must be true or false');
      }
      const all = q['allowOther'] === true ? [...keys, OTHER_OPTION_KEY] : keys;
      if (type === 'multiple_choice' && q['maxChoices'] !== undefined && q['maxChoices'] !== null) {
        const max = q['maxChoices'];
        if (!Number.isInteger(max) || (max as number) < 1 || (max as number) > Math.max(all.length, 1)) {
          c.add(
            `${qp}.maxChoices`,
            'invalid_range',
            `maxChoices must be a whole number from 1 to ${all.length}`,
          );
        }
      }
      return all;
    }
    case 'ranking':
      return checkOptions(c, `${qp}.options`, q['options'], 2, DEFINITION_LIMITS.options, false);
    case 'matrix':
      checkOptions(c, `${qp}.rows`, q['rows'], 1, DEFINITION_LIMITS.rows, false);
      return [];
    case 'rating':
      checkText(c, `${qp}.minLabel`, q['minLabel'], DEFINITION_LIMITS.labelLength, false);
      checkText(c, `${qp}.maxLabel`, q['maxLabel'], DEFINITION_LIMITS.labelLength, false);
      return [];
    case 'number': {
      const { min, max, integer } = q;
      for (const [name, v] of [
        ['min', min],
        ['max', max],
      ] as const) {
        if (v !== undefined && v !== null && !isFiniteNumber(v))
          c.add(`${qp}.${name}`, 'invalid', `${name} must be a number`);
      }
      if (isFiniteNumber(min) && isFiniteNumber(max) && min > max) {
        c.add(`${qp}.max`, 'invalid_range', 'max must not be below min');
      }
      if (integer !== undefined && typeof integer !== 'boolean') {
        c.add(`${qp}.integer`, 'invalid', 'integer must be true or false');
      }
      checkText(c, `${qp}.unit`, q['unit'], DEFINITION_LIMITS.unitLength, false);
      return [];
    }
    case 'date': {
      const { minDate, maxDate } = q;
      for (const [name, v] of [
        ['minDate', minDate],
        ['maxDate', maxDate],
      ] as const) {
        if (v !== undefined && v !== null && !isIsoDate(v))
          c.add(`${qp}.${name}`, 'invalid', `${name} must be a date (YYYY-MM-DD)`);
      }
      if (isIsoDate(minDate) && isIsoDate(maxDate) && minDate > maxDate) {
        c.add(`${qp}.maxDate`, 'invalid_range', 'maxDate must not be before minDate');
      }
      return [];
    }
    default:
      return [];
  }
}

function checkOptions(
  c: Collector,
  path: string,
  options: unknown,
  min: number,
  max: number,
  otherReserved: boolean,
): string[] {
  if (!Array.isArray(options)) {
    c.add(path, 'too_few_options', `at least ${min} required`);
    return [];
  }
  if (options.length < min) c.add(path, 'too_few_options', `at least ${min} required`);
  if (options.length > max) c.add(path, 'too_many', `at most ${max}`);
  const seen = new Set<string>();
  options.forEach((option: unknown, i: number) => {
    const op = `${path}[${i}]`;
    if (!isObject(option)) {
      c.add(op, 'invalid', 'an option needs a key and a label');
      return;
    }
    const key = option['key'];
    if (otherReserved && key === OTHER_OPTION_KEY) {
      c.add(
        `${op}.key`,
        'reserved_key',
        `"${OTHER_OPTION_KEY}" is reserved for "anders, namelijk"; use allowOther`,
      );
    } else {
      checkKey(c, `${op}.key`, key, seen);
    }
    checkText(c, `${op}.label`, option['label'], DEFINITION_LIMITS.labelLength, true);
  });
  return [...seen];
}

function checkCondition(
  c: Collector,
  path: string,
  condition: unknown,
  targets: Map<string, Target>,
  allQuestionKeys: Set<string>,
  isEarlier: (t: Target) => boolean,
): void {
  if (condition === undefined || condition === null) return;
  if (!isObject(condition) || typeof condition['questionKey'] !== 'string') {
    c.add(path, 'invalid', 'a condition needs a questionKey, an operator and a value');
    return;
  }
  const key = condition['questionKey'];
  const target = targets.get(key);
  if (!allQuestionKeys.has(key)) {
    c.add(`${path}.questionKey`, 'condition_unknown_question', `question "${key}" does not exist`);
    return;
  }
  // `targets` holds only questions seen so far (with a valid key), so a missing entry is a later question.
  if (!target || !isEarlier(target)) {
    c.add(`${path}.questionKey`, 'condition_forward', `question "${key}" must come before this point`);
    return;
  }
  const operator = condition['operator'];
  if (typeof operator !== 'string' || !CONDITION_OPERATORS[target.type].includes(operator)) {
    const allowed = CONDITION_OPERATORS[target.type];
    c.add(
      `${path}.operator`,
      'condition_incompatible',
      allowed.length
        ? `a ${target.type} question can be tested with: ${allowed.join(', ')}`
        : `a ${target.type} question cannot be used in a condition`,
    );
    return;
  }
  if (operator === 'between') {
    const { min, max } = condition;
    if (!isFiniteNumber(min) || !isFiniteNumber(max) || min > max) {
      c.add(path, 'condition_invalid_value', 'between needs numbers min ≤ max');
    }
    return;
  }
  const value = condition['value'];
  switch (target.type) {
    case 'single_choice':
    case 'multiple_choice':
      if (typeof value !== 'string' || !target.options.includes(value)) {
        c.add(`${path}.value`, 'condition_unknown_option', `"${String(value)}" is not an option of "${key}"`);
      }
      return;
    case 'likert':
      if (!(LIKERT_POINTS as readonly unknown[]).includes(value)) {
        c.add(`${path}.value`, 'condition_invalid_value', 'a likert value is a whole number from 1 to 5');
      }
      return;
    case 'rating':
      if (!Number.isInteger(value) || (value as number) < RATING_MIN || (value as number) > RATING_MAX) {
        c.add(
          `${path}.value`,
          'condition_invalid_value',
          `a rating is a whole number from ${RATING_MIN} to ${RATING_MAX}`,
        );
      }
      return;
    case 'number':
      if (!isFiniteNumber(value)) c.add(`${path}.value`, 'condition_invalid_value', 'value must be a number');
      return;
    case 'date':
      if (!isIsoDate(value))
        c.add(`${path}.value`, 'condition_invalid_value', 'value must be a date (YYYY-MM-DD)');
      return;
    default:
      if (typeof value !== 'string' || value.trim() === '') {
        c.add(`${path}.value`, 'condition_invalid_value', 'value must be text');
      }
  }
}
