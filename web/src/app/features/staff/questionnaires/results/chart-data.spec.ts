import type { QuestionResult } from '@inbreng/contracts';
import { LIKERT_COLORS, type ChartTexts, chartFor, divergingShares, likertChart } from './chart-data';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing value');
  return value;
}

const T: ChartTexts = {
  likert: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'],
  count: 'Aantal',
  share: 'Aandeel',
  value: 'Waarde',
  averageRank: 'Gemiddelde plaats',
  n: 'n',
  mean: 'Gemiddelde',
};

const base = { sectionKey: 's1', suppressed: false } as const;

describe('chart data', () => {
  it('draws choices as one bar per option and lists count and share in the table', () => {
    const r: QuestionResult = {
      ...base,
      questionKey: 'q1',
      type: 'single_choice',
      text: 'Heeft uw kind hulp gehad?',
      n: 8,
      options: [
        { key: 'o1', label: 'Ja', count: 6, share: 0.75 },
        { key: 'o2', label: 'Nee', count: 2, share: 0.25 },
      ],
    };
    const view = must(chartFor(r, T, 'nl'));
    expect(view.config.data.labels).toEqual(['Ja', 'Nee']);
    expect(view.config.data.datasets[0]?.data).toEqual([6, 2]);
    expect(view.config.options?.indexAxis).toBe('y');
    expect(view.table).toEqual({
      head: ['Aantal', 'Aandeel'],
      rows: [
        { label: 'Ja', cells: ['6', '75%'] },
        { label: 'Nee', cells: ['2', '25%'] },
      ],
    });
  });

  it('splits Likert shares around the middle with half of neutral on each side', () => {
    // 1×helemaal oneens, 1×oneens, 2×neutraal, 4×eens, 2×helemaal eens (n = 10)
    expect(divergingShares([1, 1, 2, 4, 2])).toEqual({
      negative: [-10, -10, -10],
      positive: [10, 40, 20],
      shares: [10, 10, 20, 40, 20],
    });
    expect(divergingShares([0, 0, 0, 0, 0]).shares).toEqual([0, 0, 0, 0, 0]);
  });

  it('draws a matrix as diverging stacked bars per statement, with counts, n and mean in the table', () => {
    const r: QuestionResult = {
      ...base,
      questionKey: 'q6',
      type: 'matrix',
      text: 'Hoe eens bent u het?',
      n: 10,
      matrix: [
        { rowKey: 'r1', label: 'Ik werd gehoord', n: 10, counts: [1, 1, 2, 4, 2], mean: 3.5 },
        { rowKey: 'r2', label: 'Het ging snel', n: 4, counts: [2, 2, 0, 0, 0], mean: 1.5 },
      ],
    };
    const view = must(chartFor(r, T, 'nl'));
    const ds = view.config.data.datasets;
    expect(view.config.data.labels).toEqual(['Ik werd gehoord', 'Het ging snel']);
    expect(ds.map((d) => d.label)).toEqual([
      'Neutraal',
      'Oneens',
      'Helemaal oneens',
      'Neutraal',
      'Eens',
      'Helemaal eens',
    ]);
    expect(ds.map((d) => d.data[0])).toEqual([-10, -10, -10, 10, 40, 20]);
    expect(ds.map((d) => d.data[1])).toEqual([-0, -50, -50, 0, 0, 0]);
    // every bar adds up to 100% across both sides
    for (let row = 0; row < 2; row++) {
      expect(ds.reduce((sum, d) => sum + Math.abs(d.data[row] ?? 0), 0)).toBeCloseTo(100);
    }
    expect(view.config.options?.scales?.['x']?.min).toBe(-100);
    expect(view.legend).toEqual(T.likert.map((label, i) => ({ label, color: LIKERT_COLORS[i] })));
    expect(view.table.head).toEqual([...T.likert, 'n', 'Gemiddelde']);
    expect(view.table.rows[0]).toEqual({
      label: 'Ik werd gehoord',
      cells: ['1 (10%)', '1 (10%)', '2 (20%)', '4 (40%)', '2 (20%)', '10', '3,5'],
    });
    expect(view.table.rows[1]?.cells.slice(5)).toEqual(['4', '1,5']);
  });

  it('labels the Likert axis in absolute percentages and the tooltip with the full point share', () => {
    const view = likertChart([{ label: 'Stelling', counts: [0, 0, 2, 2, 0], mean: 3.5 }], T, 'nl');
    const x = view.config.options?.scales?.['x'] as unknown as { ticks: { callback: (v: number) => string } };
    expect(x.ticks.callback(-50)).toBe('50%');
    const label = view.config.options?.plugins?.tooltip?.callbacks?.label as unknown as (ctx: {
      datasetIndex: number;
      dataIndex: number;
    }) => string;
    // the neutral half on the left still reports the whole neutral share
    expect(label({ datasetIndex: 0, dataIndex: 0 })).toBe('Neutraal: 50%');
    expect(label({ datasetIndex: 4, dataIndex: 0 })).toBe('Eens: 50%');
  });

  it('draws ratings as a distribution and rankings best first by average place', () => {
    const rating: QuestionResult = {
      ...base,
      questionKey: 'q4',
      type: 'rating',
      text: 'Cijfer',
      n: 3,
      numeric: {
        mean: 7,
        median: 7,
        min: 6,
        max: 8,
        distribution: [6, 7, 8].map((value) => ({ value, count: 1 })),
      },
    };
    const dist = must(chartFor(rating, T, 'nl'));
    expect(dist.config.data.labels).toEqual(['6', '7', '8']);
    expect(dist.config.data.datasets[0]?.data).toEqual([1, 1, 1]);
    expect(dist.config.options?.indexAxis).toBeUndefined();

    const ranking: QuestionResult = {
      ...base,
      questionKey: 'q5',
      type: 'ranking',
      text: 'Belangrijk',
      n: 6,
      ranking: [
        { key: 'o5', label: 'Snel', averageRank: 2.25, n: 6 },
        { key: 'o6', label: 'Dichtbij', averageRank: 1.5, n: 6 },
        { key: 'o7', label: 'Goedkoop', averageRank: null, n: 0 },
      ],
    };
    const rank = must(chartFor(ranking, T, 'nl'));
    expect(rank.config.data.labels).toEqual(['Dichtbij', 'Snel', 'Goedkoop']);
    expect(rank.config.data.datasets[0]?.data).toEqual([1.5, 2.3, 0]);
    expect(rank.table.rows.map((row) => row.cells[0])).toEqual(['1,5', '2,3', '–']);
  });

  it('draws nothing for suppressed results and open questions', () => {
    const suppressed: QuestionResult = {
      ...base,
      questionKey: 'q1',
      type: 'likert',
      text: 'x',
      n: 3,
      suppressed: true,
    };
    expect(chartFor(suppressed, T, 'nl')).toBeNull();
    const open: QuestionResult = {
      ...base,
      questionKey: 'q9',
      type: 'long_text',
      text: 'x',
      n: 9,
      openAnswerCount: 9,
    };
    expect(chartFor(open, T, 'nl')).toBeNull();
  });
});
