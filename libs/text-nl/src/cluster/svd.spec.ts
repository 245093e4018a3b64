import { orthonormalizeColumns, symmetricEigen } from './linalg';
import { createRng } from './rng';
import { csrFromRows, multiplyDense, multiplyTransposeDense } from './sparse';
import { randomizedSvd } from './svd';

describe('dense helpers', () => {
  it('orthonormalises columns', () => {
    const m = Float64Array.from([1, 1, 0, 1, 1, 1, 0, 0, 1, 2, 1, 0]); // 4 × 3
    orthonormalizeColumns(m, 4, 3);
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) {
        let d = 0;
        for (let r = 0; r < 4; r++) d += m[r * 3 + a]! * m[r * 3 + b]!;
        expect(d).toBeCloseTo(a === b ? 1 : 0, 10);
      }
    }
  });

  it('finds eigenvalues of a symmetric matrix in descending order', () => {
    // [[2,1],[1,2]] has eigenvalues 3 and 1.
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(3, 10);
    expect(values[1]).toBeCloseTo(1, 10);
    expect(Math.abs(vectors[0]!)).toBeCloseTo(Math.SQRT1_2, 8);
  });
});

describe('sparse products', () => {
  it('multiplies A·B and Aᵀ·B', () => {
    const a = csrFromRows(
      [
        new Map([
          [0, 1],
          [2, 2],
        ]),
        new Map([[1, 3]]),
      ],
      3,
    ); // [[1,0,2],[0,3,0]]
    expect(Array.from(multiplyDense(a, Float64Array.from([1, 2, 3]), 1))).toEqual([7, 6]);
    expect(Array.from(multiplyTransposeDense(a, Float64Array.from([1, 1]), 1))).toEqual([1, 3, 2]);
  });
});

describe('randomizedSvd', () => {
  it('recovers the singular values of a diagonal matrix', () => {
    const rows = [5, 4, 3, 2, 1].map((v, i) => new Map([[i, v]]));
    const svd = randomizedSvd(csrFromRows(rows, 5), 3, createRng(1));
    expect(svd.dims).toBe(3);
    expect(Array.from(svd.singularValues).map((s) => Math.round(s * 1e6) / 1e6)).toEqual([5, 4, 3]);
  });

  it('gives embeddings whose norms equal the row norms when the rank is captured', () => {
    const m = csrFromRows(
      [
        new Map([
          [0, 3],
          [1, 4],
        ]),
        new Map([[1, 1]]),
        new Map([[0, 2]]),
      ],
      2,
    );
    const svd = randomizedSvd(m, 2, createRng(3), { withProjection: true });
    const norm = (i: number) => Math.hypot(svd.embedding[i * 2]!, svd.embedding[i * 2 + 1]!);
    expect(norm(0)).toBeCloseTo(5, 8);
    expect(norm(1)).toBeCloseTo(1, 8);
    // Projecting the first row with V gives its embedding back.
    const projected = multiplyDense(m, svd.projection, 2);
    expect(projected[0]).toBeCloseTo(svd.embedding[0]!, 8);
  });

  it('returns nothing for an empty matrix', () => {
    expect(randomizedSvd(csrFromRows([], 0), 5, createRng(1)).dims).toBe(0);
  });
});
