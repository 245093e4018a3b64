import { type CsrMatrix, csrFromRows, normalizeRowsL2 } from './sparse';

export interface TfidfOptions {
  /** Keep features that occur in at least this many documents. */
  minDf?: number;
  /** Drop features that occur in more than this fraction of documents. */
  maxDfRatio?: number;
  /** Use 1 + log(tf) instead of tf. */
  sublinearTf?: boolean;
}

export interface TfidfModel {
  matrix: CsrMatrix;
  /** Feature string per column. */
  features: string[];
  /** Document frequency per column. */
  df: Int32Array;
  idf: Float64Array;
}

/**
 * TF-IDF with scikit-learn's conventions (smooth idf = ln((1+n)/(1+df)) + 1,
 * optional sublinear tf, L2-normalised rows) over bags of feature strings.
 * Each document is a list of [feature, weight] pairs; weights add up.
 */
export function buildTfidf(
  docs: ReadonlyArray<ReadonlyArray<readonly [string, number]>>,
  options: TfidfOptions = {},
): TfidfModel {
  const n = docs.length;
  const minDf = Math.max(1, Math.min(options.minDf ?? 2, n));
  const maxDf = Math.max(minDf, Math.floor((options.maxDfRatio ?? 1) * n));
  const dfAll = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const [f] of doc) {
      if (seen.has(f)) continue;
      seen.add(f);
      dfAll.set(f, (dfAll.get(f) ?? 0) + 1);
    }
  }
  const features = [...dfAll.entries()]
    .filter(([, d]) => d >= minDf && d <= maxDf)
    .map(([f]) => f)
    .sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const df = Int32Array.from(features, (f) => dfAll.get(f)!);
  const idf = Float64Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
  const rows = docs.map((doc) => {
    const counts = new Map<number, number>();
    for (const [f, w] of doc) {
      const c = index.get(f);
      if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + w);
    }
    for (const [c, tf] of counts)
      counts.set(c, (options.sublinearTf && tf > 1 ? 1 + Math.log(tf) : tf) * idf[c]!);
    return counts;
  });
  const matrix = csrFromRows(rows, features.length);
  normalizeRowsL2(matrix);
  return { matrix, features, df, idf };
}
