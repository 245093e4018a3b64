export interface Comparison {
  winner: string;
  loser: string;
  /** How many times this outcome happened (default 1). */
  count?: number;
}

export interface BradleyTerryOptions {
  /**
   * Pseudo-comparisons spread evenly over all pairs (half a win each way), so items with few or one-sided
   * comparisons get finite strengths and a lone vote cannot put an item at the top. Default 1 per item.
   */
  prior?: number;
  maxIterations?: number;
  tolerance?: number;
}

/**
 * Bradley–Terry strengths by the MM algorithm (Hunter 2004): P(i beats j) = p_i / (p_i + p_j).
 * Returns strengths that sum to 1, in the order of `items`. Comparisons naming unknown items are ignored.
 */
export function bradleyTerry(
  items: readonly string[],
  comparisons: readonly Comparison[],
  options: BradleyTerryOptions = {},
): number[] {
  const n = items.length;
  if (n === 0) return [];
  if (n === 1) return [1];
  const index = new Map(items.map((id, i) => [id, i]));
  const prior = options.prior ?? 1;
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? 1e-10;
  // wins[i][j] = times i beat j (plus the prior)
  const pseudo = prior / (2 * (n - 1));
  const wins: number[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 0 : pseudo)),
  );
  for (const c of comparisons) {
    const w = index.get(c.winner);
    const l = index.get(c.loser);
    if (w === undefined || l === undefined || w === l) continue;
    (wins[w] as number[])[l] = ((wins[w] as number[])[l] as number) + (c.count ?? 1);
  }
  const totalWins = wins.map((row) => row.reduce((a, b) => a + b, 0));
  let p = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < maxIterations; iter += 1) {
    const next = new Array<number>(n);
    for (let i = 0; i < n; i += 1) {
      let denom = 0;
      const pi = p[i] as number;
      for (let j = 0; j < n; j += 1) {
        if (i === j) continue;
        const games = ((wins[i] as number[])[j] as number) + ((wins[j] as number[])[i] as number);
        if (games > 0) denom += games / (pi + (p[j] as number));
      }
      next[i] = denom > 0 ? (totalWins[i] as number) / denom : pi;
    }
    const sum = next.reduce((a, b) => a + b, 0);
    let change = 0;
    for (let i = 0; i < n; i += 1) {
      const v = (next[i] as number) / sum;
      change = Math.max(change, Math.abs(v - (p[i] as number)));
      next[i] = v;
    }
    p = next;
    if (change < tolerance) break;
  }
  return p;
}
