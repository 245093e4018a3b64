import { orthonormalizeColumns, symmetricEigen, times, transposeTimes } from './linalg';
import type { Rng } from './rng';
import { type CsrMatrix, multiplyDense, multiplyTransposeDense } from './sparse';

export interface SvdResult {
  /** Number of components actually computed (≤ requested; limited by the matrix shape). */
  dims: number;
  singularValues: Float64Array;
  /** Document coordinates U·Σ, row-major (rows × dims), as scikit-learn's TruncatedSVD.transform. */
  embedding: Float64Array;
  /** Term loadings V, row-major (cols × dims): a new row x maps to x·V, its U·Σ coordinates. Empty unless asked for. */
  projection: Float64Array;
}

export interface SvdOptions {
  oversample?: number;
  powerIterations?: number;
  /** Also return V (costs cols × width × dims), for projecting rows that were not in the fit. */
  withProjection?: boolean;
}

/**
 * Truncated SVD by randomized range finding (Halko, Martinsson & Tropp 2011),
 * the same family of algorithm scikit-learn's TruncatedSVD uses. Power
 * iterations re-orthonormalise on the document side only, which keeps the cost
 * linear in the number of non-zeros.
 */
export function randomizedSvd(a: CsrMatrix, dims: number, rng: Rng, options: SvdOptions = {}): SvdResult {
  const want = Math.max(0, Math.min(dims, a.rows, a.cols));
  const width = Math.min(want + (options.oversample ?? 10), a.rows, a.cols);
  if (want === 0 || width === 0) {
    return {
      dims: 0,
      singularValues: new Float64Array(0),
      embedding: new Float64Array(0),
      projection: new Float64Array(0),
    };
  }
  const omega = new Float64Array(a.cols * width);
  for (let i = 0; i < omega.length; i++) omega[i] = rng.normal();
  const q = multiplyDense(a, omega, width);
  orthonormalizeColumns(q, a.rows, width);
  let y = q;
  const iterations = options.powerIterations ?? 4;
  for (let it = 0; it < iterations; it++) {
    y = multiplyDense(a, multiplyTransposeDense(a, y, width), width);
    orthonormalizeColumns(y, a.rows, width);
  }
  // B = Qᵀ·A; B·Bᵀ = Qᵀ·A·Aᵀ·Q is small (width × width).
  const aq = multiplyTransposeDense(a, y, width); // Aᵀ·Q, cols × width
  const aaq = multiplyDense(a, aq, width); // A·Aᵀ·Q, rows × width
  const bbt = transposeTimes(y, aaq, a.rows, width, width);
  const { values, vectors } = symmetricEigen(bbt, width);
  const singularValues = new Float64Array(want);
  // W·Σ restricted to the leading components, and W·Σ⁻¹ for the projection.
  const ws = new Float64Array(width * want);
  const wsInv = new Float64Array(width * want);
  for (let c = 0; c < want; c++) {
    const s = Math.sqrt(Math.max(0, values[c]!));
    singularValues[c] = s;
    for (let r = 0; r < width; r++) {
      const w = vectors[r * width + c]!;
      ws[r * want + c] = w * s;
      wsInv[r * want + c] = s > 1e-12 ? w / s : 0;
    }
  }
  const embedding = times(y, ws, a.rows, width, want);
  const projection = options.withProjection ? times(aq, wsInv, a.cols, width, want) : new Float64Array(0);
  return { dims: want, singularValues, embedding, projection };
}
