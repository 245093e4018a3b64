import { adjustedRandIndex } from './metrics';
import { type DensePoints, fitKMeans, sphericalKMeans } from './kmeans';
import { createRng } from './rng';

/** Points scattered around three orthogonal directions in 3-D, unit length. */
function threeBlobs(perBlob: number): { points: DensePoints; truth: number[] } {
  const rng = createRng(9);
  const values: number[] = [];
  const truth: number[] = [];
  for (let c = 0; c < 3; c++) {
    for (let i = 0; i < perBlob; i++) {
      const v = [0.15 * rng.normal(), 0.15 * rng.normal(), 0.15 * rng.normal()];
      v[c]! += 1;
      const n = Math.hypot(...v);
      values.push(...v.map((x) => x / n));
      truth.push(c);
    }
  }
  return { points: { n: truth.length, dims: 3, values: Float64Array.from(values) }, truth };
}

describe('sphericalKMeans', () => {
  it('separates well-separated directions', () => {
    const { points, truth } = threeBlobs(30);
    const result = sphericalKMeans(points, 3, createRng(1));
    expect(adjustedRandIndex(truth, Array.from(result.labels))).toBe(1);
    expect(result.cohesion / points.n).toBeGreaterThan(0.9);
  });

  it('is deterministic for a seed', () => {
    const { points } = threeBlobs(20);
    const a = sphericalKMeans(points, 4, createRng(7));
    const b = sphericalKMeans(points, 4, createRng(7));
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
  });

  it('never leaves a cluster empty and clamps k to the number of points', () => {
    const { points } = threeBlobs(2);
    const result = sphericalKMeans(points, 10, createRng(1));
    expect(result.k).toBe(6);
    expect(new Set(result.labels).size).toBe(6);
  });

  it('works in plain Euclidean mode too', () => {
    const { points, truth } = threeBlobs(30);
    const result = sphericalKMeans(points, 3, createRng(2), { spherical: false });
    expect(adjustedRandIndex(truth, Array.from(result.labels))).toBe(1);
  });
});

describe('fitKMeans', () => {
  it('fits on a sample and still labels every point', () => {
    const { points, truth } = threeBlobs(200);
    const result = fitKMeans(points, 3, createRng(3), { sampleSize: 60 });
    expect(result.labels.length).toBe(600);
    expect(adjustedRandIndex(truth, Array.from(result.labels))).toBeGreaterThan(0.95);
  });
});
