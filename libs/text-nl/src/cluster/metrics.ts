/**
 * External clustering scores, as scikit-learn computes them:
 * adjusted Rand index (Hubert & Arabie 1985) and normalised mutual
 * information with the arithmetic mean of the entropies.
 */

function contingency(truth: ReadonlyArray<string | number>, predicted: ReadonlyArray<string | number>) {
  if (truth.length !== predicted.length) throw new Error('truth and predicted must have the same length');
  const cells = new Map<string, number>();
  const rows = new Map<string | number, number>();
  const cols = new Map<string | number, number>();
  truth.forEach((t, i) => {
    const p = predicted[i]!;
    const key = `${typeof t}:${String(t)}\u0000${typeof p}:${String(p)}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(t, (rows.get(t) ?? 0) + 1);
    cols.set(p, (cols.get(p) ?? 0) + 1);
  });
  return { n: truth.length, cells: [...cells.values()], rows: [...rows.values()], cols: [...cols.values()] };
}

const pairs = (x: number): number => (x * (x - 1)) / 2;

export function adjustedRandIndex(
  truth: ReadonlyArray<string | number>,
  predicted: ReadonlyArray<string | number>,
): number {
  const { n, cells, rows, cols } = contingency(truth, predicted);
  // Both partitions trivial (everything in one cluster, or every item alone): identical → 1.
  if (n === 0 || (rows.length === cols.length && (rows.length === 1 || rows.length === n))) return 1;
  const index = cells.reduce((s, c) => s + pairs(c), 0);
  const a = rows.reduce((s, c) => s + pairs(c), 0);
  const b = cols.reduce((s, c) => s + pairs(c), 0);
  const expected = (a * b) / pairs(n);
  const max = (a + b) / 2;
  if (max === expected) return 0;
  return (index - expected) / (max - expected);
}

function entropy(counts: number[], n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

export function normalizedMutualInformation(
  truth: ReadonlyArray<string | number>,
  predicted: ReadonlyArray<string | number>,
): number {
  const { n, rows, cols } = contingency(truth, predicted);
  if (n === 0) return 1;
  // Same convention as scikit-learn: two single-cluster labelings are a perfect match.
  if (rows.length === 1 && cols.length === 1) return 1;
  const rowOf = new Map<string | number, number>();
  const colOf = new Map<string | number, number>();
  const joint = new Map<string, number>();
  truth.forEach((t, i) => {
    const p = predicted[i]!;
    rowOf.set(t, (rowOf.get(t) ?? 0) + 1);
    colOf.set(p, (colOf.get(p) ?? 0) + 1);
    const key = `${typeof t}:${String(t)}\u0000${typeof p}:${String(p)}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  });
  let mi = 0;
  const seen = new Set<string>();
  truth.forEach((t, i) => {
    const p = predicted[i]!;
    const key = `${typeof t}:${String(t)}\u0000${typeof p}:${String(p)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const nij = joint.get(key)!;
    mi += (nij / n) * Math.log((n * nij) / (rowOf.get(t)! * colOf.get(p)!));
  });
  const h = (entropy(rows, n) + entropy(cols, n)) / 2;
  if (h === 0) return 1;
  return Math.max(0, Math.min(1, mi / h));
}
