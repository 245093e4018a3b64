import { adjustedRandIndex, normalizedMutualInformation } from './metrics';

describe('adjustedRandIndex', () => {
  it('matches a hand-computed case', () => {
    // Contingency [[2,1,0],[0,1,2]]: index 2, rows 6, cols 3, expected 6·3/15 = 1.2, max 4.5 → 0.8 / 3.3.
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.8 / 3.3, 10);
  });

  it('is 1 for identical partitions whatever the names', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'c'], [7, 7, 3, 9])).toBe(1);
  });

  it('can be negative for worse-than-chance agreement', () => {
    // index 0, rows 2, cols 2, expected 2·2/6, max 2 → (0 − 2/3) / (2 − 2/3) = −0.5.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 10);
  });

  it('handles the trivial partitions and rejects length mismatches', () => {
    expect(adjustedRandIndex([1, 1, 1], [2, 2, 2])).toBe(1);
    expect(adjustedRandIndex([], [])).toBe(1);
    expect(() => adjustedRandIndex([1], [1, 2])).toThrow();
  });
});

describe('normalizedMutualInformation', () => {
  it('matches a hand-computed case (arithmetic normalisation)', () => {
    // MI = (2/3)·ln 2; H(truth) = ln 2; H(pred) = ln 3.
    const expected = ((2 / 3) * Math.LN2) / ((Math.LN2 + Math.log(3)) / 2);
    expect(normalizedMutualInformation([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(expected, 10);
  });

  it('is 1 for identical partitions and 0 for independent ones', () => {
    expect(normalizedMutualInformation(['x', 'x', 'y'], [2, 2, 5])).toBeCloseTo(1, 12);
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
  });

  it('does not confuse the label 1 with the label "1"', () => {
    expect(normalizedMutualInformation([1, '1', 1, '1'], ['a', 'b', 'a', 'b'])).toBeCloseTo(1, 12);
  });

  it('gives 0 when one side is a single cluster and the other is not', () => {
    expect(normalizedMutualInformation([0, 0, 0, 0], [0, 1, 0, 1])).toBe(0);
  });
});
