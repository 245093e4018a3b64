import type { QuestionnaireDefinition } from '@inbreng/contracts';
import { mergeVersions } from './merge-versions';
import { buildQuestionResults, medianOf, type AggregateGroup } from './results-builder';

const v1: QuestionnaireDefinition = {
  sections: [
    {
      key: 's',
      title: 'Deel',
      questions: [
        {
          key: 'pick',
          type: 'multiple_choice',
          text: 'Kies',
          required: false,
          options: [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B' },
            { key: 'gone', label: 'Weg' },
          ],
          allowOther: true,
        },
        { key: 'agree', type: 'likert', text: 'Eens?', required: false },
        { key: 'grade', type: 'rating', text: 'Cijfer', required: false },
        { key: 'age', type: 'number', text: 'Leeftijd', required: false },
        {
          key: 'order',
          type: 'ranking',
          text: 'Orden',
          required: false,
          options: [
            { key: 'x', label: 'X' },
            { key: 'y', label: 'Y' },
          ],
        },
        {
          key: 'grid',
          type: 'matrix',
          text: 'Raster',
          required: false,
          rows: [{ key: 'r1', label: 'R1' }],
        },
        { key: 'when', type: 'date', text: 'Wanneer', required: false },
        { key: 'say', type: 'long_text', text: 'Zeg', required: false },
        { key: 'old', type: 'short_text', text: 'Alleen in v1', required: false },
      ],
    },
  ],
};
const v2: QuestionnaireDefinition = structuredClone(v1);
// v2 drops option "gone" and question "old", and turns "age" into a short text.
const q2 = v2.sections[0]?.questions ?? [];
v2.sections[0] = {
  key: 's',
  title: 'Deel',
  questions: q2
    .filter((q) => q.key !== 'old')
    .map((q) => {
      if (q.type === 'multiple_choice')
        return { ...q, text: 'Kies nu', options: q.options.filter((o) => o.key !== 'gone') };
      if (q.key === 'age')
        return { key: 'age', type: 'short_text', text: 'Leeftijd in woorden', required: false };
      return q;
    }),
};

const g = (
  versionId: string,
  questionKey: string,
  optionKey: string,
  value: number | null,
  count: number,
  heads = count,
): AggregateGroup => ({
  versionId,
  questionKey,
  optionKey,
  value,
  count,
  heads,
});

describe('mergeVersions', () => {
  it('lists the newest wording first, keeps removed options and questions, separates a changed type', () => {
    const merged = mergeVersions([
      { id: 'v1', version: 1, definition: v1 },
      { id: 'v2', version: 2, definition: v2 },
    ]);
    expect(merged.map((m) => m.question.key)).toEqual([
      'pick',
      'agree',
      'grade',
      'age',
      'order',
      'grid',
      'when',
      'say',
      'old',
    ]);
    const pick = merged[0];
    expect(pick?.question.text).toBe('Kies nu');
    expect(pick?.question.type === 'multiple_choice' && pick.question.options.map((o) => o.key)).toEqual([
      'a',
      'b',
      'gone',
    ]);
    expect([...(pick?.versionIds ?? [])].sort()).toEqual(['v1', 'v2']);
    const age = merged.find((m) => m.question.key === 'age');
    expect(age?.question.type).toBe('short_text');
    expect([...(age?.versionIds ?? [])]).toEqual(['v2']);
  });
});

describe('buildQuestionResults', () => {
  const merged = mergeVersions([{ id: 'v1', version: 1, definition: v1 }]);
  // 6 respondents. pick: a×4, b×3, other×1 (multiple choice: 6 heads). agree: 1,2,4,4,5,5.
  const groups: AggregateGroup[] = [
    g('v1', 'pick', 'a', null, 4, 4),
    g('v1', 'pick', 'b', null, 3, 1),
    g('v1', 'pick', 'other', null, 1, 1),
    g('v1', 'agree', '', 1, 1),
    g('v1', 'agree', '', 2, 1),
    g('v1', 'agree', '', 4, 2),
    g('v1', 'agree', '', 5, 2),
    g('v1', 'grade', '', 7, 3),
    g('v1', 'grade', '', 8, 2),
    g('v1', 'grade', '', 10, 1),
    g('v1', 'order', 'x', 1, 4, 4),
    g('v1', 'order', 'x', 2, 2, 2),
    g('v1', 'order', 'y', 2, 4, 0),
    g('v1', 'order', 'y', 1, 2, 0),
    g('v1', 'grid', 'r1', 3, 5),
    g('v1', 'grid', 'r1', 5, 1),
    g('v1', 'when', '2024-01-05', null, 2),
    g('v1', 'when', '2024-01-20', null, 1),
    g('v1', 'when', '2023-12-31', null, 3),
    g('v1', 'say', '', null, 6),
    g('v1', 'age', '', 3, 4), // only 4 answered: below 5
  ];
  const results = buildQuestionResults(merged, groups, 5, false);
  const r = (key: string) => results.find((x) => x.questionKey === key);

  it('counts choices with shares of the respondents (multiple choice may pass 100%)', () => {
    expect(r('pick')).toMatchObject({ n: 6, suppressed: false });
    expect(r('pick')?.options).toEqual([
      { key: 'a', label: 'A', count: 4, share: 0.6667 },
      { key: 'b', label: 'B', count: 3, share: 0.5 },
      { key: 'gone', label: 'Weg', count: 0, share: 0 },
      { key: 'other', label: 'Anders', count: 1, share: 0.1667 },
    ]);
  });

  it('gives likert counts per point and the mean', () => {
    // (1 + 2 + 4*2 + 5*2) / 6 = 21/6 = 3.5
    expect(r('agree')?.likert).toEqual({ counts: [1, 1, 0, 2, 2], mean: 3.5 });
  });

  it('gives the rating distribution over 0..10 with mean and median', () => {
    const numeric = r('grade')?.numeric;
    // 7,7,7,8,8,10 → mean 47/6 = 7.83, median (7+8)/2 = 7.5
    expect(numeric).toMatchObject({ mean: 7.83, median: 7.5, min: 7, max: 10 });
    expect(numeric?.distribution).toHaveLength(11);
    expect(numeric?.distribution[7]).toEqual({ value: 7, count: 3 });
  });

  it('gives the average rank per item', () => {
    // x: 1×4, 2×2 → 8/6 = 1.33; y: 2×4, 1×2 → 10/6 = 1.67
    expect(r('order')?.ranking).toEqual([
      { key: 'x', label: 'X', averageRank: 1.33, n: 6 },
      { key: 'y', label: 'Y', averageRank: 1.67, n: 6 },
    ]);
  });

  it('gives matrix rows with counts, n and mean', () => {
    expect(r('grid')?.matrix).toEqual([
      { rowKey: 'r1', label: 'R1', n: 6, counts: [0, 0, 5, 0, 1], mean: 3.33 },
    ]);
  });

  it('groups dates per month and counts open answers', () => {
    expect(r('when')?.options?.map((o) => [o.key, o.count])).toEqual([
      ['2023-12', 3],
      ['2024-01', 3],
    ]);
    expect(r('say')?.openAnswerCount).toBe(6);
  });

  it('suppresses a question answered by fewer than the minimum, without any figures', () => {
    expect(r('age')).toEqual({
      questionKey: 'age',
      sectionKey: 's',
      type: 'number',
      text: 'Leeftijd',
      n: 0,
      suppressed: true,
    });
    expect(r('old')).toMatchObject({ n: 0, suppressed: true });
  });

  it('suppresses everything when the whole filtered set is too small', () => {
    const all = buildQuestionResults(merged, groups, 5, true);
    expect(
      all.every((q) => q.suppressed && q.n === 0 && q.options === undefined && q.likert === undefined),
    ).toBe(true);
  });

  it('uses the minimum group size it is given', () => {
    expect(buildQuestionResults(merged, groups, 7, false).every((q) => q.suppressed)).toBe(true);
    expect(
      buildQuestionResults(merged, groups, 4, false).find((q) => q.questionKey === 'age')?.suppressed,
    ).toBe(false);
  });

  it('counts only versions where the question had the same type', () => {
    const both = mergeVersions([
      { id: 'v1', version: 1, definition: v1 },
      { id: 'v2', version: 2, definition: v2 },
    ]);
    const res = buildQuestionResults(both, [g('v1', 'age', '', 3, 9), g('v2', 'age', '', null, 5)], 5, false);
    expect(res.find((q) => q.questionKey === 'age')).toMatchObject({
      type: 'short_text',
      n: 5,
      openAnswerCount: 5,
    });
  });

  it('buckets numbers with many distinct values', () => {
    const many = Array.from({ length: 100 }, (_, i) => g('v1', 'age', '', i, 1));
    const numeric = buildQuestionResults(merged, many, 5, false).find(
      (q) => q.questionKey === 'age',
    )?.numeric;
    expect(numeric?.distribution.length).toBeLessThanOrEqual(20);
    expect(numeric?.distribution.reduce((s, d) => s + d.count, 0)).toBe(100);
    expect(numeric).toMatchObject({ mean: 49.5, median: 49.5, min: 0, max: 99 });
  });
});

describe('medianOf', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(medianOf([])).toBeNull();
    expect(medianOf([{ value: 3, count: 1 }])).toBe(3);
    expect(
      medianOf([
        { value: 1, count: 2 },
        { value: 9, count: 1 },
      ]),
    ).toBe(1);
    expect(
      medianOf([
        { value: 1, count: 2 },
        { value: 9, count: 2 },
      ]),
    ).toBe(5);
  });
});
