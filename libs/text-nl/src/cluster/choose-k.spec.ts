import { candidateKs, chooseK, defaultMaxK, kneeIndex, meanSilhouette } from './choose-k';
import type { DensePoints } from './kmeans';
import { createRng } from './rng';

function blobs(k: number, perBlob: number, dims: number): DensePoints {
  const rng = createRng(4);
  const values: number[] = [];
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < perBlob; i++) {
      const v = Array.from({ length: dims }, () => 0.08 * rng.normal());
      v[c]! += 1;
      const n = Math.hypot(...v);
      values.push(...v.map((x) => x / n));
    }
  }
  return { n: k * perBlob, dims, values: Float64Array.from(values) };
}

describe('choosing k', () => {
  it('spaces candidates geometrically and includes the ends', () => {
    expect(candidateKs(2, 12)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 12]);
    expect(defaultMaxK(5)).toBe(3);
    expect(defaultMaxK(100000)).toBe(40);
  });

  it('finds the knee of a rising curve and falls back to the maximum', () => {
    expect(kneeIndex([1, 2, 3, 4, 5], [0, 0.8, 0.9, 0.95, 1])).toBe(1);
    expect(kneeIndex([1, 2, 3], [3, 2, 1])).toBe(0);
  });

  it('computes the silhouette of a clean split as close to 1', () => {
    // Two pairs of identical points, far apart (cosine distance 1).
    const sim = Float64Array.from([1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1]);
    expect(meanSilhouette(sim, 4, Int32Array.from([0, 0, 1, 1]), 2)).toBeCloseTo(1, 10);
    expect(meanSilhouette(sim, 4, Int32Array.from([0, 1, 0, 1]), 2)).toBeLessThan(0);
  });

  it('recovers the number of well-separated groups', () => {
    expect(chooseK(blobs(6, 25, 12), createRng(1)).k).toBe(6);
    expect(chooseK(blobs(3, 30, 12), createRng(2)).k).toBe(3);
  });

  it('copes with very few points', () => {
    expect(chooseK(blobs(1, 2, 3), createRng(1)).k).toBeGreaterThanOrEqual(1);
  });
});
