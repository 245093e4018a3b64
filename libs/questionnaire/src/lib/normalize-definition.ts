import type {
  ChoiceOption,
  Question,
  QuestionCondition,
  QuestionnaireDefinition,
  QuestionnaireSection,
} from '@inbreng/contracts';

/**
 * A validated definition with only the known fields, text trimmed and empty optional fields left out, so
 * stored definitions never carry stray properties a client sent along. Call after `validateDefinition`.
 */
export function normalizeDefinition(def: QuestionnaireDefinition): QuestionnaireDefinition {
  return { sections: def.sections.map(normalizeSection) };
}

function normalizeSection(section: QuestionnaireSection): QuestionnaireSection {
  return {
    key: section.key,
    title: section.title.trim(),
    ...optionalText('intro', section.intro),
    ...optionalCondition(section.condition),
    questions: section.questions.map(normalizeQuestion),
  };
}

function normalizeQuestion(q: Question): Question {
  const base = {
    key: q.key,
    text: q.text.trim(),
    ...optionalText('help', q.help),
    required: q.required,
    ...optionalCondition(q.condition),
  };
  switch (q.type) {
    case 'short_text':
    case 'long_text':
    case 'likert':
      return { ...base, type: q.type };
    case 'single_choice':
      return {
        ...base,
        type: q.type,
        options: q.options.map(option),
        ...(q.allowOther ? { allowOther: true } : {}),
      };
    case 'multiple_choice':
      return {
        ...base,
        type: q.type,
        options: q.options.map(option),
        ...(q.allowOther ? { allowOther: true } : {}),
        ...(typeof q.maxChoices === 'number' ? { maxChoices: q.maxChoices } : {}),
      };
    case 'rating':
      return {
        ...base,
        type: q.type,
        ...optionalText('minLabel', q.minLabel),
        ...optionalText('maxLabel', q.maxLabel),
      };
    case 'ranking':
      return { ...base, type: q.type, options: q.options.map(option) };
    case 'matrix':
      return { ...base, type: q.type, rows: q.rows.map(option) };
    case 'number':
      return {
        ...base,
        type: q.type,
        ...(typeof q.min === 'number' ? { min: q.min } : {}),
        ...(typeof q.max === 'number' ? { max: q.max } : {}),
        ...(q.integer === false ? { integer: false } : {}),
        ...optionalText('unit', q.unit),
      };
    case 'date':
      return {
        ...base,
        type: q.type,
        ...(q.minDate ? { minDate: q.minDate } : {}),
        ...(q.maxDate ? { maxDate: q.maxDate } : {}),
      };
  }
}

function option(o: ChoiceOption): ChoiceOption {
  return { key: o.key, label: o.label.trim() };
}

function optionalText<K extends string>(name: K, value: string | undefined): Partial<Record<K, string>> {
  const trimmed = value?.trim();
  return trimmed ? ({ [name]: trimmed } as Record<K, string>) : {};
}

function optionalCondition(condition: QuestionCondition | null | undefined): {
  condition?: QuestionCondition;
} {
  if (!condition) return {};
  switch (condition.operator) {
    case 'between':
      return {
        condition: {
          questionKey: condition.questionKey,
          operator: 'between',
          min: condition.min,
          max: condition.max,
        },
      };
    case 'includes':
      return {
        condition: { questionKey: condition.questionKey, operator: 'includes', value: condition.value },
      };
    default:
      return {
        condition: { questionKey: condition.questionKey, operator: 'equals', value: condition.value },
      };
  }
}
