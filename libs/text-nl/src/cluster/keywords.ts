import type { ContentToken } from './tokenize';

export interface ThemeKeywords {
  /** Readable words (most frequent written form of each distinctive stem), best first. */
  keywords: string[];
  label: string;
}

export interface KeywordOptions {
  maxKeywords?: number;
  wordsInLabel?: number;
}

/**
 * Distinctive keywords per cluster with class-based TF-IDF (as in BERTopic):
 * weight(t, c) = tf(t, c) / |c| · log(1 + A / tf(t)), where A is the average
 * number of tokens per cluster. A stem must occur in at least two documents of
 * the cluster (when it has two) so one long text cannot name a theme. Each stem
 * is shown as the form people wrote most often in that cluster.
 */
export function themeKeywords(
  tokens: ReadonlyArray<readonly ContentToken[]>,
  labels: ArrayLike<number>,
  k: number,
  options: KeywordOptions = {},
): ThemeKeywords[] {
  const maxKeywords = options.maxKeywords ?? 8;
  const wordsInLabel = options.wordsInLabel ?? 3;
  const tf = Array.from({ length: k }, () => new Map<string, number>());
  const docFreq = Array.from({ length: k }, () => new Map<string, number>());
  const surfaces = Array.from({ length: k }, () => new Map<string, Map<string, number>>());
  const total = new Map<string, number>();
  const clusterTokens = new Float64Array(k);
  const clusterDocs = new Int32Array(k);
  tokens.forEach((doc, i) => {
    const c = labels[i]!;
    if (c < 0 || c >= k) return;
    clusterDocs[c]!++;
    const seen = new Set<string>();
    for (const t of doc) {
      tf[c]!.set(t.stem, (tf[c]!.get(t.stem) ?? 0) + 1);
      total.set(t.stem, (total.get(t.stem) ?? 0) + 1);
      clusterTokens[c]!++;
      let forms = surfaces[c]!.get(t.stem);
      if (!forms) surfaces[c]!.set(t.stem, (forms = new Map()));
      forms.set(t.surface, (forms.get(t.surface) ?? 0) + 1);
      if (!seen.has(t.stem)) {
        seen.add(t.stem);
        docFreq[c]!.set(t.stem, (docFreq[c]!.get(t.stem) ?? 0) + 1);
      }
    }
  });
  const avgTokens = clusterTokens.reduce((a, b) => a + b, 0) / Math.max(1, k);
  return tf.map((counts, c) => {
    const minDocs = Math.min(2, clusterDocs[c]!);
    const scored = [...counts.entries()]
      .filter(([stem]) => (docFreq[c]!.get(stem) ?? 0) >= minDocs)
      .map(([stem, n]) => ({
        stem,
        score: (n / Math.max(1, clusterTokens[c]!)) * Math.log(1 + avgTokens / total.get(stem)!),
      }))
      .sort((a, b) => b.score - a.score || (a.stem < b.stem ? -1 : 1));
    const keywords: string[] = [];
    for (const { stem } of scored) {
      const forms = [...surfaces[c]!.get(stem)!.entries()].sort(
        (a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1),
      );
      const word = forms[0]![0];
      // Skip a word already covered by a chosen one ("jeugdhulp" next to "jeugdhulpverlener").
      if (keywords.some((kw) => kw.includes(word) || word.includes(kw))) continue;
      keywords.push(word);
      if (keywords.length >= maxKeywords) break;
    }
    const head = keywords.slice(0, wordsInLabel);
    const label = head.length > 0 ? head.join(', ').replace(/^./, (ch) => ch.toUpperCase()) : '';
    return { keywords, label };
  });
}
