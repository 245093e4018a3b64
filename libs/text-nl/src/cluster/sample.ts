import type { Rng } from './rng';

/** A sorted random subset of [0, n) of size min(n, size) (partial Fisher–Yates). */
export function sampleIndices(n: number, size: number, rng: Rng): number[] {
  if (size >= n) return Array.from({ length: n }, (_, i) => i);
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(n - i);
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, size).sort((a, b) => a - b);
}
