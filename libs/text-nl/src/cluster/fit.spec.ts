import { growthExponent, nLogNExponent } from './fit';

describe('growthExponent', () => {
  it('recovers the exponent of a power law', () => {
    const points = [1000, 2000, 4000, 8000].map((n) => ({ n, seconds: 3e-7 * n ** 1.5 }));
    expect(growthExponent(points)).toBeCloseTo(1.5, 10);
  });

  it('puts n·log n slightly above linear', () => {
    const e = nLogNExponent([2500, 5000, 10000, 20000]);
    expect(e).toBeGreaterThan(1.05);
    expect(e).toBeLessThan(1.15);
  });
});
