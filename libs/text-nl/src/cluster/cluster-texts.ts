import { chooseK } from './choose-k';
import { lsaEmbedding, selectRows } from './embed';
import { analyzeCorpus } from './features';
import { type DensePoints, fitKMeans } from './kmeans';
import { assembleResult } from './assemble';
import { languageTools } from './language';
import { findNearDuplicates } from './near-duplicates';
import { type ClusterDoc, type ClusterOptions, type ClusterResult, UNCLUSTERED_KEY } from './types';
import { createRng } from './rng';
import { buildTfidf } from './tfidf';

export const METHOD_DESCRIPTION =
  'tfidf(stems+compound parts, sublinear)+lsa100+spherical-kmeans(k-means++, restarts); auto k = knee of silhouette';

/**
 * Groups submissions into themes. Deterministic for a given seed. Pipeline:
 * normalise → tokenise → stopwords → Snowball stems + compound parts → TF-IDF
 * → LSA (randomized SVD) → spherical k-means; k fixed or chosen by the knee of
 * the silhouette curve. Every text gets a primary theme and, when another theme
 * is nearly as close, up to maxLabelsPerDoc − 1 more.
 */
export function clusterTexts(docs: readonly ClusterDoc[], options: ClusterOptions = {}): ClusterResult {
  const lang = options.lang ?? 'nl';
  const tools = languageTools(lang);
  const rng = createRng(options.seed ?? 42);
  const maxLabels = Math.max(1, Math.floor(options.maxLabelsPerDoc ?? 2));
  const nearDuplicates = findNearDuplicates(docs);
  const method = `${METHOD_DESCRIPTION}; lang=${lang}`;
  if (docs.length === 0) return { k: 0, method, themes: [], assignments: [], nearDuplicates };

  const corpus = analyzeCorpus(
    docs.map((d) => d.text),
    tools,
  );
  // min_df 2 drops one-off words; tiny inputs keep everything or nothing would remain.
  const tfidf = buildTfidf(corpus.features, { minDf: docs.length >= 20 ? 2 : 1, sublinearTf: true });
  const m = tfidf.matrix;
  const usable: number[] = [];
  for (let i = 0; i < m.rows; i++) if (m.indptr[i + 1]! > m.indptr[i]!) usable.push(i);

  let points: DensePoints = { n: 0, dims: 0, values: new Float64Array(0) };
  let labels: Int32Array = new Int32Array(0);
  let centroids: Float64Array = new Float64Array(0);
  let k = 0;
  if (usable.length > 0) {
    points = lsaEmbedding(selectRows(m, usable), rng);
    const requested = options.k !== undefined ? Math.floor(options.k) : chooseK(points, rng).k;
    k = Math.max(1, Math.min(requested, usable.length));
    const km = fitKMeans(points, k, rng, { restarts: 4, tolerance: 0.001 });
    labels = km.labels;
    centroids = km.centroids;
  }
  const { themes, assignments } = assembleResult({
    docs,
    lang,
    tokens: corpus.tokens,
    usable,
    points,
    labels,
    centroids,
    k,
    maxLabels,
    nearDuplicateIds: new Set(nearDuplicates.map((d) => d.id)),
  });
  return {
    k: themes.filter((t) => t.key !== UNCLUSTERED_KEY).length,
    method,
    themes,
    assignments,
    nearDuplicates,
  };
}
