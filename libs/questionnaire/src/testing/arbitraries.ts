import fc from 'fast-check';
import {
  QUESTION_TYPES,
  type AnswerValue,
  type Answers,
  type Question,
  type QuestionCondition,
  type QuestionType,
  type QuestionnaireDefinition,
  type QuestionnaireSection,
} from '@inbreng/contracts';

/** Shape of one generated question before it is turned into a definition (tests only). */
interface QuestionSeed {
  type: QuestionType;
  required: boolean;
  optionCount: number;
  allowOther: boolean;
  newSection: boolean;
  conditionPick: number | null;
  valuePick: number;
}

const seedArbitrary = fc.record({
  type: fc.constantFrom(...QUESTION_TYPES),
  required: fc.boolean(),
  optionCount: fc.integer({ min: 2, max: 5 }),
  allowOther: fc.boolean(),
  newSection: fc.boolean(),
  conditionPick: fc.option(fc.nat(), { nil: null }),
  valuePick: fc.nat(),
});

/** The element at `i` modulo the length (throws on an empty list, which the generators never make). */
export function pickFrom<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function options(prefix: string, n: number) {
  return Array.from({ length: n }, (_, i) => ({ key: `${prefix}o${i}`, label: `Optie ${i}` }));
}

function buildQuestion(key: string, seed: QuestionSeed): Question {
  const base = { key, text: `Vraag ${key}`, required: seed.required };
  switch (seed.type) {
    case 'single_choice':
      return {
        ...base,
        type: seed.type,
        options: options(key, seed.optionCount),
        allowOther: seed.allowOther,
      };
    case 'multiple_choice':
      return {
        ...base,
        type: seed.type,
        options: options(key, seed.optionCount),
        allowOther: seed.allowOther,
        maxChoices: seed.optionCount,
      };
    case 'ranking':
      return { ...base, type: seed.type, options: options(key, seed.optionCount) };
    case 'matrix':
      return { ...base, type: seed.type, rows: options(key, seed.optionCount) };
    case 'number':
      return { ...base, type: seed.type, min: 0, max: 100 };
    case 'date':
      return { ...base, type: seed.type, minDate: '2000-01-01', maxDate: '2030-12-31' };
    default:
      return { ...base, type: seed.type } as Question;
  }
}

/** A valid condition on `target`, or null when its type can't be tested. */
function conditionOn(target: Question, pick: number): QuestionCondition | null {
  switch (target.type) {
    case 'single_choice':
      return {
        questionKey: target.key,
        operator: 'equals',
        value: pickFrom(target.options, pick).key,
      };
    case 'multiple_choice':
      return {
        questionKey: target.key,
        operator: 'includes',
        value: pickFrom(target.options, pick).key,
      };
    case 'likert':
      return pick % 2
        ? { questionKey: target.key, operator: 'equals', value: 1 + (pick % 5) }
        : { questionKey: target.key, operator: 'between', min: 1, max: 1 + (pick % 5) };
    case 'rating':
      return { questionKey: target.key, operator: 'between', min: pick % 6, max: 5 + (pick % 6) };
    case 'number':
      return { questionKey: target.key, operator: 'between', min: 0, max: pick % 100 };
    case 'short_text':
      return { questionKey: target.key, operator: 'equals', value: 'ja' };
    case 'date':
      return { questionKey: target.key, operator: 'equals', value: '2020-01-01' };
    default:
      return null;
  }
}

/** Well-formed definitions: backward conditions only, on types that support them. */
export function definitionArbitrary(): fc.Arbitrary<QuestionnaireDefinition> {
  return fc.array(seedArbitrary, { minLength: 1, maxLength: 14 }).map((seeds) => {
    const sections: QuestionnaireSection[] = [];
    const earlier: { question: Question; section: number }[] = [];
    seeds.forEach((seed, i) => {
      if (sections.length === 0 || seed.newSection) {
        const sectionIndex = sections.length;
        // A section condition may only use questions of earlier sections.
        const candidates = earlier.filter((e) => e.section < sectionIndex);
        const target =
          seed.conditionPick !== null && candidates.length
            ? candidates[seed.conditionPick % candidates.length]
            : undefined;
        const condition = target ? conditionOn(target.question, seed.valuePick) : null;
        sections.push({
          key: `s${sectionIndex}`,
          title: `Deel ${sectionIndex}`,
          questions: [],
          ...(condition && seed.valuePick % 3 === 0 ? { condition } : {}),
        });
      }
      const question = buildQuestion(`q${i}`, seed);
      if (seed.conditionPick !== null && earlier.length) {
        const target = pickFrom(earlier, seed.conditionPick);
        const condition = conditionOn(target.question, seed.valuePick);
        if (condition) question.condition = condition;
      }
      pickFrom(sections, sections.length - 1).questions.push(question);
      earlier.push({ question, section: sections.length - 1 });
    });
    return { sections };
  });
}

/** A valid answer to a question, chosen by the numbers in `pick`. */
export function validAnswer(q: Question, pick: number): AnswerValue {
  switch (q.type) {
    case 'short_text':
      return pick % 2 ? 'ja' : 'Een kort antwoord';
    case 'long_text':
      return 'Een langer antwoord over de wijk.';
    case 'single_choice': {
      const keys = [...q.options.map((o) => o.key), ...(q.allowOther ? ['other'] : [])];
      const option = pickFrom(keys, pick);
      return option === 'other' ? { option, otherText: 'iets anders' } : { option };
    }
    case 'multiple_choice': {
      const keys = [...q.options.map((o) => o.key), ...(q.allowOther ? ['other'] : [])];
      const chosen = keys.filter((_, i) => (pick >> i) & 1).slice(0, q.maxChoices ?? keys.length);
      const options = chosen.length ? chosen : [pickFrom(keys, 0)];
      return options.includes('other') ? { options, otherText: 'iets anders' } : { options };
    }
    case 'likert':
      return 1 + (pick % 5);
    case 'rating':
      return pick % 11;
    case 'ranking': {
      const keys = q.options.map((o) => o.key);
      const shift = pick % keys.length;
      return [...keys.slice(shift), ...keys.slice(0, shift)];
    }
    case 'matrix':
      return Object.fromEntries(q.rows.map((r, i) => [r.key, 1 + ((pick + i) % 5)]));
    case 'number':
      return pick % 101;
    case 'date':
      return pick % 2 ? '2020-01-01' : '2024-06-15';
  }
}

/** A definition with answers to a random subset of its questions (visible or not). */
export function definitionWithAnswersArbitrary(): fc.Arbitrary<{
  def: QuestionnaireDefinition;
  answers: Answers;
}> {
  return definitionArbitrary().chain((def) => {
    const questions = def.sections.flatMap((s) => s.questions);
    return fc
      .array(fc.option(fc.nat(), { nil: null }), { minLength: questions.length, maxLength: questions.length })
      .map((picks) => {
        const answers: Answers = {};
        questions.forEach((q, i) => {
          const pick = picks[i];
          if (pick !== null && pick !== undefined) answers[q.key] = validAnswer(q, pick);
        });
        return { def, answers };
      });
  });
}
