import fc from 'fast-check';
import type { Answers } from '@inbreng/contracts';
import { definitionWithAnswersArbitrary, validAnswer } from '../testing/arbitraries';
import { question, sampleDefinition } from '../testing/sample-definition';
import { questionMap } from './definition';
import { isAnswered, normalizeAnswers, validateAnswers } from './validate-answers';
import { pruneHiddenAnswers, visibleQuestionKeys } from './visibility';

const def = sampleDefinition();
const save = (answers: unknown) =>
  validateAnswers(def, answers, { submit: false }).map((p) => `${p.questionKey}:${p.code}`);
const submit = (answers: unknown) =>
  validateAnswers(def, answers, { submit: true }).map((p) => `${p.questionKey}:${p.code}`);

/** A complete, valid hand-in for the sample. */
const complete = (): Answers => ({
  kids: { option: 'one' },
  age: 7,
  help: { options: ['gp', 'wijkteam'] },
  wijkteam_how: 'Fijn, ze kwamen snel langs.',
  safe: 4,
  grade: 8,
  priorities: ['safety', 'play', 'care'],
  grid: { r1: 2, r2: 5 },
  since: '2019-08-01',
});

describe('validateAnswers', () => {
  it('accepts a complete hand-in and an empty save', () => {
    expect(submit(complete())).toEqual([]);
    expect(save({})).toEqual([]);
  });

  it('refuses answers that are not an object', () => {
    expect(save([])).toEqual([':invalid_answers']);
    expect(save('x')).toEqual([':invalid_answers']);
  });

  it('refuses an answer to an unknown question', () => {
    expect(save({ q99: 'x' })).toEqual(['q99:unknown_question']);
  });

  it('refuses an unknown option in choice, ranking and matrix answers', () => {
    expect(save({ kids: { option: 'five' } })).toEqual(['kids:unknown_option']);
    expect(save({ help: { options: ['gp', 'police'] } })).toEqual(['help:unknown_option']);
    expect(save({ priorities: ['play', 'safety', 'moon'] })).toEqual(['priorities:unknown_option']);
    expect(save({ grid: { r1: 3, r9: 3 } })).toEqual(['grid:unknown_option']);
    const problem = validateAnswers(def, { kids: { option: 'five' } }, { submit: false })[0];
    expect(problem?.params).toEqual({ option: 'five' });
  });

  it('refuses the wrong type for every question type', () => {
    expect(
      save({
        kids: 'one',
        age: '7',
        help: { options: 'gp' },
        safe: 'eens',
        grade: [8],
        priorities: 'play',
        grid: [3, 4],
        since: 20190801,
      }),
    ).toEqual([
      'kids:wrong_type',
      'age:wrong_type',
      'help:wrong_type',
      'safe:wrong_type',
      'grade:wrong_type',
      'priorities:wrong_type',
      'grid:wrong_type',
      'since:wrong_type',
    ]);
    expect(save({ kids: { option: 'one', extra: true } })).toEqual(['kids:wrong_type']);
    expect(save({ wijkteam_how: 42, help: { options: ['wijkteam'] } })).toEqual(['wijkteam_how:wrong_type']);
  });

  it('refuses values out of range, fractions and invalid dates', () => {
    expect(save({ safe: 6, grade: -1, age: 31, since: '2031-01-01' })).toEqual([
      'age:out_of_range',
      'safe:out_of_range',
      'grade:out_of_range',
      'since:out_of_range',
    ]);
    expect(save({ safe: 2.5, age: 3.5, since: '2023-02-29' })).toEqual([
      'age:not_whole_number',
      'safe:not_whole_number',
      'since:invalid_date',
    ]);
    expect(save({ grid: { r1: 0 } })).toEqual(['grid:out_of_range']);
    const [range] = validateAnswers(def, { age: 31 }, { submit: false });
    expect(range?.params).toEqual({ min: 0, max: 30 });
  });

  it('refuses too many choices and duplicate options', () => {
    expect(save({ help: { options: ['gp', 'school', 'wijkteam'] } })).toEqual(['help:too_many_choices']);
    expect(save({ help: { options: ['gp', 'gp'] } })).toEqual(['help:duplicate_option']);
  });

  it('refuses a ranking that is not an order of all items', () => {
    expect(save({ priorities: ['play', 'safety'] })).toEqual(['priorities:ranking_incomplete']);
    expect(save({ priorities: ['play', 'play', 'care'] })).toEqual(['priorities:duplicate_option']);
  });

  it('refuses text that is too long', () => {
    expect(save({ help: { options: ['wijkteam'] }, wijkteam_how: 'x'.repeat(2001) })).toEqual([
      'wijkteam_how:too_long',
    ]);
  });

  it('handles "anders, namelijk": text only with other, required on hand-in', () => {
    expect(save({ kids: { option: 'other' } })).toEqual([]);
    expect(submit({ ...complete(), kids: { option: 'other' } })).toEqual(['kids:other_text_missing']);
    expect(submit({ ...complete(), kids: { option: 'other', otherText: 'Pleegkind' } })).toEqual([]);
    expect(save({ kids: { option: 'one', otherText: 'Pleegkind' } })).toEqual([
      'kids:other_text_not_allowed',
    ]);
  });

  it('refuses an answer to a question hidden by its condition', () => {
    expect(save({ help: { options: ['gp'] }, wijkteam_how: 'Goed' })).toEqual([
      'wijkteam_how:hidden_question',
    ]);
    expect(save({ siblings: 'Goed' })).toEqual(['siblings:hidden_question']);
    expect(save({ kids: { option: 'two' }, siblings: 'Goed' })).toEqual([]);
  });

  it('does not treat an empty answer to a hidden question as a problem', () => {
    expect(save({ siblings: '', wijkteam_how: null })).toEqual([]);
  });

  it('requires visible required questions only on hand-in', () => {
    expect(save({ kids: { option: 'one' } })).toEqual([]);
    expect(submit({ kids: { option: 'one' } })).toEqual(
      ['kids:required', 'safe:required', 'grade:required', 'grid:required']
        .slice(0, 0)
        .concat(['safe:required', 'grade:required', 'grid:required']),
    );
    const withWijkteam = { ...complete(), help: { options: ['wijkteam'] }, wijkteam_how: '  ' };
    expect(submit(withWijkteam)).toEqual(['wijkteam_how:required']);
    expect(submit({ ...complete(), kids: { option: 'two' } })).toEqual(['siblings:required']);
  });

  it('requires every row of a required matrix on hand-in, not while saving', () => {
    expect(save({ grid: { r1: 3 } })).toEqual([]);
    expect(submit({ ...complete(), grid: { r1: 3 } })).toEqual(['grid:matrix_incomplete']);
  });

  it('accepts valid answers to visible questions in any subset while saving (property)', () => {
    fc.assert(
      fc.property(definitionWithAnswersArbitrary(), ({ def: d, answers }) => {
        expect(validateAnswers(d, pruneHiddenAnswers(d, answers), { submit: false })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a hand-in answering every visible question; dropping a required one is reported (property)', () => {
    fc.assert(
      fc.property(definitionWithAnswersArbitrary(), fc.nat(), ({ def: d, answers }, pick) => {
        // Fill in every question that is visible, until visibility settles.
        const filled: Answers = { ...answers };
        const questions = questionMap(d);
        for (let round = 0; round < questions.size; round++) {
          for (const key of visibleQuestionKeys(d, filled)) {
            if (!(key in filled)) filled[key] = validAnswer(question(d, key), pick);
          }
        }
        const handIn = pruneHiddenAnswers(d, filled);
        expect(validateAnswers(d, handIn, { submit: true })).toEqual([]);
        const visibleRequired = visibleQuestionKeys(d, handIn).filter((k) => question(d, k).required);
        const dropped = visibleRequired[pick % Math.max(visibleRequired.length, 1)];
        if (dropped === undefined) return;
        const without = { ...handIn };
        delete without[dropped];
        const problems = validateAnswers(d, pruneHiddenAnswers(d, without), { submit: true });
        expect(problems).toContainEqual(expect.objectContaining({ questionKey: dropped, code: 'required' }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('isAnswered and normalizeAnswers', () => {
  const q = (key: string) => question(def, key);

  it('counts blank text, empty choices and empty grids as unanswered', () => {
    expect(isAnswered(q('wijkteam_how'), '  ')).toBe(false);
    expect(isAnswered(q('kids'), { option: '' })).toBe(false);
    expect(isAnswered(q('help'), { options: [] })).toBe(false);
    expect(isAnswered(q('grid'), {})).toBe(false);
    expect(isAnswered(q('grade'), 0)).toBe(true);
    expect(isAnswered(q('kids'), { option: '', rogue: 1 })).toBe(true);
  });

  it('trims text, drops empty and hidden answers and stray "other" text', () => {
    expect(
      normalizeAnswers(def, {
        kids: { option: 'other', otherText: '  Pleegkind ' },
        help: { options: ['gp'], otherText: '' },
        why_low: 'hidden',
        wijkteam_how: '   ',
        safe: 3,
      }),
    ).toEqual({ kids: { option: 'other', otherText: 'Pleegkind' }, help: { options: ['gp'] }, safe: 3 });
  });
});
