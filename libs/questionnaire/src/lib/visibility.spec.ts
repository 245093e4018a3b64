import fc from 'fast-check';
import type { Answers } from '@inbreng/contracts';
import { definitionWithAnswersArbitrary } from '../testing/arbitraries';
import { sampleDefinition } from '../testing/sample-definition';
import { questionMap } from './definition';
import {
  conditionMatches,
  isVisible,
  pruneHiddenAnswers,
  visibleQuestionKeys,
  visibleSectionKeys,
} from './visibility';

const def = sampleDefinition();
const ALWAYS = ['kids', 'age', 'help', 'safe', 'grade', 'priorities', 'grid', 'since'];

describe('conditionMatches', () => {
  it('equals compares choice options, numbers, and text trimmed without case', () => {
    expect(conditionMatches({ questionKey: 'k', operator: 'equals', value: 'two' }, { option: 'two' })).toBe(
      true,
    );
    expect(conditionMatches({ questionKey: 'k', operator: 'equals', value: 'two' }, { option: 'one' })).toBe(
      false,
    );
    expect(conditionMatches({ questionKey: 'k', operator: 'equals', value: 3 }, 3)).toBe(true);
    expect(conditionMatches({ questionKey: 'k', operator: 'equals', value: 3 }, '3')).toBe(false);
    expect(conditionMatches({ questionKey: 'k', operator: 'equals', value: 'Ja' }, ' ja ')).toBe(true);
  });

  it('includes looks into multiple choice answers only', () => {
    const cond = { questionKey: 'k', operator: 'includes', value: 'b' } as const;
    expect(conditionMatches(cond, { options: ['a', 'b'] })).toBe(true);
    expect(conditionMatches(cond, { options: ['a'] })).toBe(false);
    expect(conditionMatches(cond, ['b'])).toBe(false);
    expect(conditionMatches(cond, { option: 'b' })).toBe(false);
  });

  it('between is inclusive and needs a number', () => {
    const cond = { questionKey: 'k', operator: 'between', min: 0, max: 5 } as const;
    expect([0, 5, 6, -1].map((v) => conditionMatches(cond, v))).toEqual([true, true, false, false]);
    expect(conditionMatches(cond, '3')).toBe(false);
    expect(conditionMatches(cond, undefined)).toBe(false);
  });
});

describe('visibleQuestionKeys', () => {
  it('shows unconditional questions and hides conditional ones without a matching answer', () => {
    expect(visibleQuestionKeys(def, {})).toEqual(ALWAYS);
  });

  it('shows a question when its condition matches', () => {
    const answers: Answers = { help: { options: ['wijkteam'] }, grade: 4 };
    expect(visibleQuestionKeys(def, answers)).toEqual([
      'kids',
      'age',
      'help',
      'wijkteam_how',
      'safe',
      'grade',
      'why_low',
      'priorities',
      'grid',
      'since',
    ]);
    expect(isVisible(def, answers, 'why_low')).toBe(true);
    expect(isVisible(def, { grade: 6 }, 'why_low')).toBe(false);
  });

  it('hides every question of a hidden section and shows them when the section condition matches', () => {
    expect(isVisible(def, {}, 's3')).toBe(false);
    expect(isVisible(def, {}, 'siblings')).toBe(false);
    expect(isVisible(def, { kids: { option: 'two' } }, 's3')).toBe(true);
    expect(isVisible(def, { kids: { option: 'two' } }, 'siblings')).toBe(true);
    expect(visibleSectionKeys(def, {})).toEqual(['s1', 's2']);
  });

  it('treats a condition on a hidden question as false (hiding cascades)', () => {
    const chained = structuredClone(def);
    // s3 shows with two kids; a question after it depends on the answer in s3.
    chained.sections.push({
      key: 's4',
      title: 'Vervolg',
      questions: [
        {
          key: 'follow',
          type: 'short_text',
          text: 'Vertel meer',
          required: false,
          condition: { questionKey: 'siblings', operator: 'equals', value: 'ruzie' },
        },
      ],
    });
    expect(isVisible(chained, { kids: { option: 'two' }, siblings: 'ruzie' }, 'follow')).toBe(true);
    // Same stale answer to siblings, but s3 is hidden now: follow must be hidden too.
    expect(isVisible(chained, { kids: { option: 'one' }, siblings: 'ruzie' }, 'follow')).toBe(false);
  });

  it('pruneHiddenAnswers drops answers to hidden and unknown questions', () => {
    const answers: Answers = {
      kids: { option: 'one' },
      siblings: 'ruzie',
      why_low: 'saai',
      grade: 8,
      zzz: 1,
    };
    expect(pruneHiddenAnswers(def, answers)).toEqual({ kids: { option: 'one' }, grade: 8 });
  });

  it('never shows a question whose condition target is hidden, and pruning is stable (property)', () => {
    fc.assert(
      fc.property(definitionWithAnswersArbitrary(), ({ def: d, answers }) => {
        const visible = new Set(visibleQuestionKeys(d, answers));
        for (const { question, section } of questionMap(d).values()) {
          for (const condition of [question.condition, section.condition]) {
            if (condition && visible.has(question.key)) expect(visible.has(condition.questionKey)).toBe(true);
          }
        }
        const pruned = pruneHiddenAnswers(d, answers);
        expect(visibleQuestionKeys(d, pruned)).toEqual([...visible]);
        expect(pruneHiddenAnswers(d, pruned)).toEqual(pruned);
      }),
      { numRuns: 300 },
    );
  });
});
