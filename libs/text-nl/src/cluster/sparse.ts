/** Compressed sparse row matrix (rows = documents, columns = features). */
export interface CsrMatrix {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  data: Float64Array;
}

/** Builds a CSR matrix from per-row maps of column → value. */
export function csrFromRows(rowMaps: ReadonlyArray<ReadonlyMap<number, number>>, cols: number): CsrMatrix {
  let nnz = 0;
  for (const m of rowMaps) nnz += m.size;
  const indptr = new Int32Array(rowMaps.length + 1);
  const indices = new Int32Array(nnz);
  const data = new Float64Array(nnz);
  let p = 0;
  rowMaps.forEach((m, i) => {
    const entries = [...m.entries()].sort((a, b) => a[0] - b[0]);
    for (const [c, v] of entries) {
      indices[p] = c;
      data[p] = v;
      p++;
    }
    indptr[i + 1] = p;
  });
  return { rows: rowMaps.length, cols, indptr, indices, data };
}

/** Scales every row to unit Euclidean length (empty rows stay zero). */
export function normalizeRowsL2(m: CsrMatrix): void {
  for (let i = 0; i < m.rows; i++) {
    let s = 0;
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) s += m.data[p]! * m.data[p]!;
    if (s > 0) {
      const inv = 1 / Math.sqrt(s);
      for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) m.data[p]! *= inv;
    }
  }
}

/** Y = A · B where B is dense row-major (A.cols × width); returns row-major (A.rows × width). */
export function multiplyDense(a: CsrMatrix, b: Float64Array, width: number): Float64Array {
  const out = new Float64Array(a.rows * width);
  for (let i = 0; i < a.rows; i++) {
    const o = i * width;
    for (let p = a.indptr[i]!; p < a.indptr[i + 1]!; p++) {
      const v = a.data[p]!;
      const bo = a.indices[p]! * width;
      for (let t = 0; t < width; t++) out[o + t]! += v * b[bo + t]!;
    }
  }
  return out;
}

/** Z = Aᵀ · B where B is dense row-major (A.rows × width); returns row-major (A.cols × width). */
export function multiplyTransposeDense(a: CsrMatrix, b: Float64Array, width: number): Float64Array {
  const out = new Float64Array(a.cols * width);
  for (let i = 0; i < a.rows; i++) {
    const bo = i * width;
    for (let p = a.indptr[i]!; p < a.indptr[i + 1]!; p++) {
      const v = a.data[p]!;
      const o = a.indices[p]! * width;
      for (let t = 0; t < width; t++) out[o + t]! += v * b[bo + t]!;
    }
  }
  return out;
}

/** Dot product of sparse row i with a dense vector. */
export function rowDot(m: CsrMatrix, i: number, dense: Float64Array, offset = 0): number {
  let s = 0;
  for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) s += m.data[p]! * dense[offset + m.indices[p]!]!;
  return s;
}
