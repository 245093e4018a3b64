/**
 * Combines per-group scores into one score per item so that every group weighs what its weight says,
 * however many people voted in it: each group's scores are first turned into shares of that group's total
 * (every group hands out the same amount of "importance"), then the shares are averaged with the weights,
 * renormalised over the groups that have votes.
 */
export function combineGroupScores<G extends string>(
  itemCount: number,
  perGroup: ReadonlyArray<{ group: G; scores: readonly number[]; voters: number }>,
  weights: Readonly<Partial<Record<G, number>>>,
): { combined: number[]; effectiveWeights: Partial<Record<G, number>>; shares: Map<G, number[]> } {
  const live = perGroup.filter((g) => g.voters > 0 && (weights[g.group] ?? 0) > 0);
  const weightSum = live.reduce((a, g) => a + (weights[g.group] ?? 0), 0);
  const effectiveWeights: Partial<Record<G, number>> = {};
  const shares = new Map<G, number[]>();
  const combined = new Array<number>(itemCount).fill(0);
  for (const g of perGroup) {
    const total = g.scores.reduce((a, b) => a + b, 0);
    shares.set(
      g.group,
      g.scores.map((s) => (total > 0 ? s / total : 0)),
    );
  }
  for (const g of live) {
    const w = (weights[g.group] ?? 0) / weightSum;
    effectiveWeights[g.group] = w;
    const share = shares.get(g.group) as number[];
    for (let i = 0; i < itemCount; i += 1) combined[i] = (combined[i] as number) + w * (share[i] ?? 0);
  }
  return { combined, effectiveWeights, shares };
}

/**
 * Points of one ballot item in the ranking method: every pick counts 1; a ranked pick adds a bonus so the
 * first of `rankTop` gets rankTop + 1 points and the last ranked gets 2.
 */
export function ballotPoints(rankPosition: number | null, rankTop: number): number {
  if (rankPosition === null) return 1;
  if (rankPosition < 1 || rankPosition > rankTop)
    throw new Error(`rank ${rankPosition} outside 1..${rankTop}`);
  return rankTop - rankPosition + 2;
}
