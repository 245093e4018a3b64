import { wordTokens } from './tokenize';

export interface NearDuplicate {
  id: string;
  /** The earliest text (in input order) this one nearly repeats. */
  duplicateOfId: string;
  /** Jaccard similarity of their word and word-pair sets, 0..1. */
  similarity: number;
}

export interface NearDuplicateOptions {
  /** Minimum Jaccard similarity to count as a near-duplicate (default 0.8). */
  threshold?: number;
}

const BANDS = 16;
/** A bucket stops growing here: bounds the work on inputs full of near-identical templates. */
const MAX_BUCKET = 20;
const ROWS = 7;
const HASHES = BANDS * ROWS;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Odd multipliers and offsets of the hash family h_i(x) = (a_i·x + b_i) mod 2³² (x already well mixed). */
const MULTIPLIERS = Uint32Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const OFFSETS = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

function finalize(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Words and adjacent word pairs (stopwords included: they matter for "the same text"). */
function shingles(text: string): Set<number> {
  const words = wordTokens(text);
  const out = new Set<number>();
  words.forEach((w, i) => {
    out.add(finalize(fnv1a(w)));
    if (i > 0) out.add(finalize(fnv1a(`${words[i - 1]} ${w}`)));
  });
  return out;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/**
 * Near-duplicate texts via MinHash with locality-sensitive hashing (Broder
 * 1997; 16 bands × 7 rows), so only likely pairs are compared: linear in the
 * number of texts rather than quadratic. Candidates are verified with the exact
 * Jaccard similarity. Each duplicate points at the earliest original it matches.
 */
export function findNearDuplicates(
  docs: ReadonlyArray<{ id: string; text: string }>,
  options: NearDuplicateOptions = {},
): NearDuplicate[] {
  const threshold = options.threshold ?? 0.8;
  const sets = docs.map((d) => shingles(d.text));
  const buckets = new Map<number, number[]>();
  const out: NearDuplicate[] = [];
  sets.forEach((set, j) => {
    if (set.size === 0) return;
    const sig = new Uint32Array(HASHES).fill(0xffffffff);
    for (const x of set) {
      for (let h = 0; h < HASHES; h++) {
        const v = (Math.imul(x, MULTIPLIERS[h]!) + OFFSETS[h]!) >>> 0;
        if (v < sig[h]!) sig[h] = v;
      }
    }
    const candidates = new Set<number>();
    const keys: number[] = [];
    for (let b = 0; b < BANDS; b++) {
      // Band key: hash of the band's rows; a collision only adds a candidate, which is then verified.
      let key = 0x811c9dc5 ^ b;
      for (let r = b * ROWS; r < (b + 1) * ROWS; r++) key = finalize(Math.imul(key, 0x01000193) ^ sig[r]!);
      key = key * BANDS + b;
      keys.push(key);
      for (const i of buckets.get(key) ?? []) candidates.add(i);
    }
    let best = -1;
    let bestSim = 0;
    for (const i of candidates) {
      const sim = jaccard(set, sets[i]!);
      if (sim >= threshold && (sim > bestSim || (sim === bestSim && i < best))) {
        best = i;
        bestSim = sim;
      }
    }
    if (best >= 0) {
      out.push({
        id: docs[j]!.id,
        duplicateOfId: docs[best]!.id,
        similarity: Math.round(bestSim * 1000) / 1000,
      });
    }
    // Only originals go into the buckets: copies are found through their original.
    if (best >= 0) return;
    for (const key of keys) {
      const list = buckets.get(key);
      if (!list) buckets.set(key, [j]);
      else if (list.length < MAX_BUCKET) list.push(j);
    }
  });
  return out;
}
