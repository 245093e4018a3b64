import {
  PARTICIPANT_GROUPS,
  PRIORITY_GROUPS,
  type ParticipantGroup,
  type PriorityGroup,
} from '@inbreng/contracts';

/** A place as shown in tables: "2", or "=2" when it is shared with another question. */
export function rankLabel(rank: number | null, tied = false): string {
  if (rank === null) return '–';
  return tied ? `=${rank}` : String(rank);
}

/** A fraction (0..1) as a whole percentage, e.g. for group weights: 0.333 → 33. */
export function percent(fraction: number): number {
  return Math.round(fraction * 100);
}

/** True when every group that voted weighs the same (the default); then one sentence says so. */
export function equalWeights(weights: Partial<Record<PriorityGroup, number>>): boolean {
  const values = Object.values(weights).filter((w): w is number => typeof w === 'number' && w > 0);
  return values.every((w) => Math.abs(w - (values[0] ?? 0)) < 1e-6);
}

/** Weights in the fixed group order, leaving out groups without weight (they had no votes). */
export function weightList(
  weights: Partial<Record<PriorityGroup, number>>,
): { group: PriorityGroup; percent: number }[] {
  return PRIORITY_GROUPS.flatMap((group) => {
    const w = weights[group];
    return typeof w === 'number' && w > 0 ? [{ group, percent: percent(w) }] : [];
  });
}

/** Counts in a fixed order (not by size), leaving out zeros: "7 from young people, 3 from parents". */
export function countList<K extends string>(
  order: readonly K[],
  counts: Partial<Record<K, number>>,
): { key: K; count: number }[] {
  return order.flatMap((key) => {
    const count = counts[key] ?? 0;
    return count > 0 ? [{ key, count }] : [];
  });
}

export function groupCounts(
  counts: Partial<Record<ParticipantGroup, number>>,
): { key: ParticipantGroup; count: number }[] {
  return countList(PARTICIPANT_GROUPS, counts);
}
