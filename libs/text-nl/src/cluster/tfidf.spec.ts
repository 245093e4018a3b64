import { buildTfidf } from './tfidf';

describe('buildTfidf', () => {
  const docs: Array<Array<[string, number]>> = [
    [
      ['a', 1],
      ['b', 1],
      ['a', 1],
    ],
    [
      ['a', 1],
      ['c', 1],
    ],
    [
      ['b', 1],
      ['d', 1],
    ],
  ];

  it('applies min_df, smooth idf and L2-normalised rows', () => {
    const m = buildTfidf(docs, { minDf: 2 });
    expect(m.features).toEqual(['a', 'b']);
    expect(m.idf[0]).toBeCloseTo(Math.log(4 / 3) + 1, 12);
    // Doc 0: tf a = 2, b = 1, equal idf → (2, 1)/√5.
    expect(m.matrix.data[0]).toBeCloseTo(2 / Math.sqrt(5), 12);
    expect(m.matrix.data[1]).toBeCloseTo(1 / Math.sqrt(5), 12);
  });

  it('uses 1 + log tf when sublinear and leaves rows without features empty', () => {
    const m = buildTfidf(docs, { minDf: 2, sublinearTf: true });
    const w = 1 + Math.log(2);
    expect(m.matrix.data[0]).toBeCloseTo(w / Math.hypot(w, 1), 12);
    const single = buildTfidf([[['x', 1]], [['y', 1]]], { minDf: 2 });
    expect(single.features).toEqual([]);
    expect(single.matrix.indptr[2]).toBe(0);
  });

  it('drops features above max_df', () => {
    const m = buildTfidf(docs, { minDf: 1, maxDfRatio: 0.5 });
    expect(m.features).toEqual(['c', 'd']);
  });
});
