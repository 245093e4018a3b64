import {
  DEFAULT_MIN_GROUP_SIZE,
  type ChoiceOption,
  type ParticipantGroup,
  type Question,
  type QuestionCondition,
  type QuestionType,
  type QuestionnaireDefinition,
  type QuestionnaireSection,
  type StaffQuestionnaireResponse,
  type UpsertQuestionnaireRequest,
} from '@inbreng/contracts';

/**
 * The builder edits a draft: every field as the form holds it (numbers as text, so a half-typed "1." is
 * kept), every row with a local `uid` for tracking and element ids. `toRequest` turns it into the
 * contract; `fromQuestionnaire` back. Keys (s1, q1, o1, r1) are made here and never change once made,
 * because responses, conditions and exports refer to them.
 */

export type ConditionOperator = QuestionCondition['operator'];

export interface OptionDraft {
  uid: string;
  key: string;
  label: string;
}

export interface ConditionDraft {
  questionKey: string;
  operator: ConditionOperator;
  /** equals / includes: an option key, or a number or text as typed. */
  value: string;
  min: string;
  max: string;
}

export interface QuestionDraft {
  uid: string;
  key: string;
  type: QuestionType;
  text: string;
  help: string;
  required: boolean;
  condition: ConditionDraft | null;
  /** single/multiple choice and ranking */
  options: OptionDraft[];
  allowOther: boolean;
  maxChoices: string;
  /** matrix statements */
  rows: OptionDraft[];
  /** rating */
  minLabel: string;
  maxLabel: string;
  /** number */
  min: string;
  max: string;
  integer: boolean;
  unit: string;
  /** date */
  minDate: string;
  maxDate: string;
}

export interface SectionDraft {
  uid: string;
  key: string;
  title: string;
  intro: string;
  condition: ConditionDraft | null;
  questions: QuestionDraft[];
}

export interface BuilderDraft {
  title: string;
  introduction: string;
  audience: ParticipantGroup[];
  minGroupSize: string;
  sections: SectionDraft[];
}

/** Types whose answers are picked from `options`. */
export const OPTION_TYPES: readonly QuestionType[] = ['single_choice', 'multiple_choice', 'ranking'];
/** Types an answer can be compared with in a condition, and how. */
export const CONDITION_OPERATORS: Partial<Record<QuestionType, ConditionOperator[]>> = {
  single_choice: ['equals'],
  multiple_choice: ['includes'],
  likert: ['equals', 'between'],
  rating: ['equals', 'between'],
  number: ['equals', 'between'],
};

let sequence = 0;
/** Local ids for tracking rows and naming elements; never sent to the API. */
export function newUid(): string {
  sequence += 1;
  return `u${sequence}`;
}

const KEY_NUMBER = /^[a-z](\d+)$/;

/** The next free key with this prefix ("q" → "q7" when q1…q6 exist in any form). */
export function nextKey(prefix: string, used: Iterable<string>): string {
  let max = 0;
  for (const key of used) {
    const m = KEY_NUMBER.exec(key);
    if (m && key.startsWith(prefix)) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${max + 1}`;
}

/** Every key in the draft, so a new one never repeats one (options and rows share one namespace). */
export function usedKeys(draft: BuilderDraft): string[] {
  return draft.sections.flatMap((s) => [
    s.key,
    ...s.questions.flatMap((q) => [q.key, ...q.options.map((o) => o.key), ...q.rows.map((r) => r.key)]),
  ]);
}

export function emptyQuestion(type: QuestionType, key: string): QuestionDraft {
  return {
    uid: newUid(),
    key,
    type,
    text: '',
    help: '',
    required: false,
    condition: null,
    options: [],
    allowOther: false,
    maxChoices: '',
    rows: [],
    minLabel: '',
    maxLabel: '',
    min: '',
    max: '',
    integer: true,
    unit: '',
    minDate: '',
    maxDate: '',
  };
}

export function emptySection(key: string): SectionDraft {
  return { uid: newUid(), key, title: '', intro: '', condition: null, questions: [] };
}

export function emptyDraft(audience: ParticipantGroup[] = []): BuilderDraft {
  return {
    title: '',
    introduction: '',
    audience,
    minGroupSize: String(DEFAULT_MIN_GROUP_SIZE),
    sections: [emptySection('s1')],
  };
}

// ---------- contract → draft ----------

const text = (v: number | string | undefined | null): string =>
  v === undefined || v === null ? '' : String(v);

function optionDrafts(list: ChoiceOption[] | undefined): OptionDraft[] {
  return (list ?? []).map((o) => ({ uid: newUid(), key: o.key, label: o.label }));
}

export function conditionDraft(c: QuestionCondition | null | undefined): ConditionDraft | null {
  if (!c) return null;
  if (c.operator === 'between') {
    return { questionKey: c.questionKey, operator: 'between', value: '', min: text(c.min), max: text(c.max) };
  }
  return { questionKey: c.questionKey, operator: c.operator, value: text(c.value), min: '', max: '' };
}

export function questionDraft(q: Question): QuestionDraft {
  const d = emptyQuestion(q.type, q.key);
  d.text = q.text;
  d.help = q.help ?? '';
  d.required = q.required;
  d.condition = conditionDraft(q.condition);
  switch (q.type) {
    case 'single_choice':
      d.options = optionDrafts(q.options);
      d.allowOther = !!q.allowOther;
      break;
    case 'multiple_choice':
      d.options = optionDrafts(q.options);
      d.allowOther = !!q.allowOther;
      d.maxChoices = text(q.maxChoices);
      break;
    case 'ranking':
      d.options = optionDrafts(q.options);
      break;
    case 'matrix':
      d.rows = optionDrafts(q.rows);
      break;
    case 'rating':
      d.minLabel = q.minLabel ?? '';
      d.maxLabel = q.maxLabel ?? '';
      break;
    case 'number':
      d.min = text(q.min);
      d.max = text(q.max);
      d.integer = q.integer ?? true;
      d.unit = q.unit ?? '';
      break;
    case 'date':
      d.minDate = q.minDate ?? '';
      d.maxDate = q.maxDate ?? '';
      break;
    default:
      break;
  }
  return d;
}

export function definitionDraft(definition: QuestionnaireDefinition): SectionDraft[] {
  return definition.sections.map((s) => ({
    uid: newUid(),
    key: s.key,
    title: s.title,
    intro: s.intro ?? '',
    condition: conditionDraft(s.condition),
    questions: s.questions.map(questionDraft),
  }));
}

export function fromQuestionnaire(q: StaffQuestionnaireResponse): BuilderDraft {
  return {
    title: q.title,
    introduction: q.introduction,
    audience: [...q.audience],
    minGroupSize: String(q.minGroupSize),
    sections: definitionDraft(q.definition),
  };
}

// ---------- draft → contract ----------

/** A number as typed, or undefined when empty or not a number (validation reports the latter). */
export function parseNumber(value: string): number | undefined {
  const t = value.trim().replace(',', '.');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
const options = (list: OptionDraft[]): ChoiceOption[] =>
  list.map((o) => ({ key: o.key, label: o.label.trim() }));

/** The question the condition points to decides whether its value is a number or a key. */
export function toCondition(
  c: ConditionDraft | null,
  typeOf: (key: string) => QuestionType | undefined,
): QuestionCondition | null {
  if (!c || !c.questionKey) return null;
  if (c.operator === 'between') {
    return {
      questionKey: c.questionKey,
      operator: 'between',
      min: parseNumber(c.min) ?? Number.NaN,
      max: parseNumber(c.max) ?? Number.NaN,
    };
  }
  if (c.operator === 'includes') return { questionKey: c.questionKey, operator: 'includes', value: c.value };
  const type = typeOf(c.questionKey);
  const numeric = type === 'likert' || type === 'rating' || type === 'number';
  return {
    questionKey: c.questionKey,
    operator: 'equals',
    value: numeric ? (parseNumber(c.value) ?? Number.NaN) : c.value,
  };
}

export function toQuestion(d: QuestionDraft, typeOf: (key: string) => QuestionType | undefined): Question {
  const base = {
    key: d.key,
    text: d.text.trim(),
    required: d.required,
    ...(optional(d.help) ? { help: optional(d.help) } : {}),
    ...(d.condition ? { condition: toCondition(d.condition, typeOf) } : {}),
  };
  switch (d.type) {
    case 'short_text':
    case 'long_text':
      return { ...base, type: d.type };
    case 'single_choice':
      return { ...base, type: d.type, options: options(d.options), allowOther: d.allowOther };
    case 'multiple_choice': {
      const max = parseNumber(d.maxChoices);
      return {
        ...base,
        type: d.type,
        options: options(d.options),
        allowOther: d.allowOther,
        ...(max !== undefined ? { maxChoices: max } : {}),
      };
    }
    case 'likert':
      return { ...base, type: d.type };
    case 'rating':
      return {
        ...base,
        type: d.type,
        ...(optional(d.minLabel) ? { minLabel: optional(d.minLabel) } : {}),
        ...(optional(d.maxLabel) ? { maxLabel: optional(d.maxLabel) } : {}),
      };
    case 'ranking':
      return { ...base, type: d.type, options: options(d.options) };
    case 'matrix':
      return { ...base, type: d.type, rows: options(d.rows) };
    case 'number': {
      const min = parseNumber(d.min);
      const max = parseNumber(d.max);
      return {
        ...base,
        type: d.type,
        integer: d.integer,
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(optional(d.unit) ? { unit: optional(d.unit) } : {}),
      };
    }
    case 'date':
      return {
        ...base,
        type: d.type,
        ...(optional(d.minDate) ? { minDate: optional(d.minDate) } : {}),
        ...(optional(d.maxDate) ? { maxDate: optional(d.maxDate) } : {}),
      };
  }
}

export function toDefinition(sections: SectionDraft[]): QuestionnaireDefinition {
  const types = new Map(sections.flatMap((s) => s.questions.map((q) => [q.key, q.type] as const)));
  const typeOf = (key: string) => types.get(key);
  return {
    sections: sections.map(
      (s): QuestionnaireSection => ({
        key: s.key,
        title: s.title.trim(),
        ...(optional(s.intro) ? { intro: optional(s.intro) } : {}),
        ...(s.condition ? { condition: toCondition(s.condition, typeOf) } : {}),
        questions: s.questions.map((q) => toQuestion(q, typeOf)),
      }),
    ),
  };
}

export function toRequest(draft: BuilderDraft, asNewVersion = false): UpsertQuestionnaireRequest {
  const minGroupSize = parseNumber(draft.minGroupSize);
  return {
    title: draft.title.trim(),
    introduction: draft.introduction.trim(),
    audience: [...draft.audience],
    ...(minGroupSize !== undefined ? { minGroupSize } : {}),
    definition: toDefinition(draft.sections),
    ...(asNewVersion ? { asNewVersion: true } : {}),
  };
}
