/** Dense helpers for the small matrices of the randomized SVD (row-major Float64Array). */

/**
 * Orthonormalises the columns of a row-major (rows × width) matrix in place
 * with modified Gram–Schmidt (its loss of orthogonality grows with the
 * condition number, which stays small because the randomized SVD
 * re-orthonormalises after every power step; pass 2 for extra safety).
 * Columns that become (numerically) zero are left zero, so rank-deficient
 * input is safe.
 */
export function orthonormalizeColumns(m: Float64Array, rows: number, width: number, passes = 1): void {
  // Work column-major so each column is contiguous.
  const cols: Float64Array[] = [];
  for (let c = 0; c < width; c++) {
    const col = new Float64Array(rows);
    for (let r = 0; r < rows; r++) col[r] = m[r * width + c]!;
    cols.push(col);
  }
  for (let pass = 0; pass < passes; pass++) {
    for (let c = 0; c < width; c++) {
      const v = cols[c]!;
      for (let prev = 0; prev < c; prev++) {
        const u = cols[prev]!;
        let d = 0;
        for (let r = 0; r < rows; r++) d += u[r]! * v[r]!;
        if (d !== 0) for (let r = 0; r < rows; r++) v[r]! -= d * u[r]!;
      }
      let n = 0;
      for (let r = 0; r < rows; r++) n += v[r]! * v[r]!;
      n = Math.sqrt(n);
      if (n > 1e-10) for (let r = 0; r < rows; r++) v[r]! /= n;
      else v.fill(0);
    }
  }
  for (let c = 0; c < width; c++) {
    const col = cols[c]!;
    for (let r = 0; r < rows; r++) m[r * width + c] = col[r]!;
  }
}

/** Cᵀ·D for row-major C (rows × a) and D (rows × b): returns row-major (a × b). */
export function transposeTimes(
  c: Float64Array,
  d: Float64Array,
  rows: number,
  a: number,
  b: number,
): Float64Array {
  const out = new Float64Array(a * b);
  for (let r = 0; r < rows; r++) {
    const co = r * a;
    const dof = r * b;
    for (let i = 0; i < a; i++) {
      const v = c[co + i]!;
      if (v === 0) continue;
      const oo = i * b;
      for (let j = 0; j < b; j++) out[oo + j]! += v * d[dof + j]!;
    }
  }
  return out;
}

/** C·D for row-major C (rows × a) and D (a × b): returns row-major (rows × b). */
export function times(c: Float64Array, d: Float64Array, rows: number, a: number, b: number): Float64Array {
  const out = new Float64Array(rows * b);
  for (let r = 0; r < rows; r++) {
    const co = r * a;
    const oo = r * b;
    for (let i = 0; i < a; i++) {
      const v = c[co + i]!;
      if (v === 0) continue;
      const dof = i * b;
      for (let j = 0; j < b; j++) out[oo + j]! += v * d[dof + j]!;
    }
  }
  return out;
}

/**
 * Eigen-decomposition of a small symmetric matrix (cyclic Jacobi). Returns
 * eigenvalues in descending order and the matching eigenvectors as the
 * columns of a row-major (n × n) matrix.
 */
export function symmetricEigen(
  input: Float64Array,
  n: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y * n + y]! - a[x * n + x]!);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = a[src * n + src]!;
    for (let k = 0; k < n; k++) vectors[k * n + dst] = v[k * n + src]!;
  });
  return { values, vectors };
}
