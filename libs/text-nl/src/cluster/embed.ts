import type { DensePoints } from './kmeans';
import type { Rng } from './rng';
import { sampleIndices } from './sample';
import { type CsrMatrix, multiplyDense } from './sparse';
import { randomizedSvd } from './svd';

export interface EmbedOptions {
  /** LSA dimensions (scikit-learn's TruncatedSVD default in the usual recipe: 100). */
  dims?: number;
  /** Fit the SVD on at most this many rows and project the rest: keeps the cost linear in n. */
  maxFitRows?: number;
}

export function selectRows(m: CsrMatrix, rows: readonly number[]): CsrMatrix {
  let nnz = 0;
  for (const r of rows) nnz += m.indptr[r + 1]! - m.indptr[r]!;
  const indptr = new Int32Array(rows.length + 1);
  const indices = new Int32Array(nnz);
  const data = new Float64Array(nnz);
  let p = 0;
  rows.forEach((r, i) => {
    for (let q = m.indptr[r]!; q < m.indptr[r + 1]!; q++) {
      indices[p] = m.indices[q]!;
      data[p] = m.data[q]!;
      p++;
    }
    indptr[i + 1] = p;
  });
  return { rows: rows.length, cols: m.cols, indptr, indices, data };
}

/** Scales each row of a dense row-major matrix to unit length (zero rows stay zero). */
export function normalizeDenseRows(values: Float64Array, n: number, dims: number): void {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let t = 0; t < dims; t++) s += values[i * dims + t]! ** 2;
    if (s === 0) continue;
    const inv = 1 / Math.sqrt(s);
    for (let t = 0; t < dims; t++) values[i * dims + t]! *= inv;
  }
}

/**
 * Latent semantic analysis: TF-IDF rows → truncated SVD (U·Σ) → unit rows, so
 * the dot product of two rows is their cosine similarity in topic space.
 */
export function lsaEmbedding(m: CsrMatrix, rng: Rng, options: EmbedOptions = {}): DensePoints {
  const dims = Math.max(1, Math.min(options.dims ?? 100, m.rows - 1, m.cols - 1));
  if (m.rows <= 1 || m.cols <= 1) {
    // Too little to decompose: use the raw TF-IDF space when it is tiny.
    const values = new Float64Array(m.rows * Math.max(1, m.cols));
    const width = Math.max(1, m.cols);
    for (let i = 0; i < m.rows; i++)
      for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) values[i * width + m.indices[p]!] = m.data[p]!;
    normalizeDenseRows(values, m.rows, width);
    return { n: m.rows, dims: width, values };
  }
  const maxFit = options.maxFitRows ?? 2000;
  if (m.rows <= maxFit) {
    const svd = randomizedSvd(m, dims, rng);
    normalizeDenseRows(svd.embedding, m.rows, svd.dims);
    return { n: m.rows, dims: svd.dims, values: svd.embedding };
  }
  const fitRows = sampleIndices(m.rows, maxFit, rng);
  const svd = randomizedSvd(selectRows(m, fitRows), dims, rng, { withProjection: true });
  const values = multiplyDense(m, svd.projection, svd.dims);
  normalizeDenseRows(values, m.rows, svd.dims);
  return { n: m.rows, dims: svd.dims, values };
}
