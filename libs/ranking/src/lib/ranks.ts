export interface Ranked<K> {
  key: K;
  score: number;
  /** 1 = highest score. Equal scores share the best rank of their block ("1, 2, 2, 4"). */
  rank: number;
  tied: boolean;
}

/** Scores closer than this count as equal (floating-point sums of the same votes in another order). */
export const TIE_EPSILON = 1e-9;

/**
 * Standard competition ranking ("1224"), highest score first. Ties are reported, never broken silently;
 * entries with equal scores keep their input order.
 */
export function rankScores<K>(entries: ReadonlyArray<{ key: K; score: number }>): Ranked<K>[] {
  const sorted = entries.map((e, i) => ({ ...e, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  const out: Ranked<K>[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    const head = sorted[start] as (typeof sorted)[number];
    while (
      end < sorted.length &&
      Math.abs((sorted[end] as (typeof sorted)[number]).score - head.score) <= TIE_EPSILON
    )
      end += 1;
    const tied = end - start > 1;
    for (let j = start; j < end; j += 1) {
      const e = sorted[j] as (typeof sorted)[number];
      out.push({ key: e.key, score: e.score, rank: start + 1, tied });
    }
    start = end;
  }
  return out;
}
