import { type DensePoints, sphericalKMeans } from './kmeans';
import { normalizeDenseRows } from './embed';
import { type ClusterLanguage, languageTools } from './language';
import { createRng } from './rng';
import { randomizedSvd } from './svd';
import { buildTfidf } from './tfidf';

export const BASELINE_DESCRIPTION =
  'baseline: tfidf(words 1-2-grams, min_df 2, sublinear, stopwords)+svd100+l2+kmeans(n_init 10), as scikit-learn';

/** scikit-learn's default token_pattern (?u)\b\w\w+\b on lowercased text, stopwords removed, then 1–2-grams. */
export function baselineFeatures(text: string, stopwords: ReadonlySet<string>): Array<[string, number]> {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? []).filter((w) => !stopwords.has(w));
  const out: Array<[string, number]> = words.map((w) => [w, 1]);
  for (let i = 1; i < words.length; i++) out.push([`${words[i - 1]} ${words[i]}`, 1]);
  return out;
}

/**
 * The reference pipeline from the benchmark README, re-implemented here so the
 * bench can compare against it on any data: TfidfVectorizer(sublinear_tf,
 * min_df=2, ngram_range=(1,2), stop_words) → TruncatedSVD(100) → Normalizer →
 * KMeans(k, n_init=10) with Euclidean Lloyd iterations. Returns cluster numbers.
 */
export function baselineClusters(
  texts: readonly string[],
  k: number,
  lang: ClusterLanguage,
  seed = 42,
): Int32Array {
  if (texts.length === 0) return new Int32Array(0);
  const rng = createRng(seed);
  const stopwords = languageTools(lang).stopwords;
  const tfidf = buildTfidf(
    texts.map((t) => baselineFeatures(t, stopwords)),
    { minDf: Math.min(2, texts.length), sublinearTf: true },
  );
  const svd = randomizedSvd(tfidf.matrix, 100, rng, { powerIterations: 5 });
  normalizeDenseRows(svd.embedding, tfidf.matrix.rows, svd.dims);
  const points: DensePoints = {
    n: tfidf.matrix.rows,
    dims: Math.max(1, svd.dims),
    values: svd.dims > 0 ? svd.embedding : new Float64Array(tfidf.matrix.rows),
  };
  return sphericalKMeans(points, k, rng, { restarts: 10, spherical: false, maxIterations: 300 }).labels;
}
