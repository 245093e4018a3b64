import type { DensePoints } from './kmeans';
import { themeKeywords } from './keywords';
import type { ClusterLanguage } from './language';
import type { ContentToken } from './tokenize';
import { type ClusterAssignment, type ClusterDoc, type ClusterTheme, UNCLUSTERED_KEY } from './types';

/** A secondary theme must be nearly as close as the primary one, and close in absolute terms too. */
export const SECONDARY_RATIO = 0.7;
export const SECONDARY_MIN = 0.35;
const REPRESENTATIVES = 3;
const UNCLUSTERED_LABEL: Record<ClusterLanguage, string> = {
  nl: 'Overig (te weinig tekst)',
  en: 'Other (too little text)',
};
const THEME_FALLBACK: Record<ClusterLanguage, string> = { nl: 'Thema', en: 'Theme' };

export interface AssembleInput {
  docs: readonly ClusterDoc[];
  lang: ClusterLanguage;
  tokens: ReadonlyArray<readonly ContentToken[]>;
  /** Indices into docs of the texts that were clustered (the rows of points). */
  usable: readonly number[];
  points: DensePoints;
  labels: Int32Array;
  centroids: Float64Array;
  k: number;
  maxLabels: number;
  nearDuplicateIds: ReadonlySet<string>;
}

const round3 = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;

/** Turns cluster numbers into themes (largest first) with labels, representatives and multi-label assignments. */
export function assembleResult(input: AssembleInput): {
  themes: ClusterTheme[];
  assignments: ClusterAssignment[];
} {
  const { docs, points, labels, centroids, k, usable } = input;
  const dims = points.dims;
  const sims = (row: number): Float64Array => {
    const out = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let t = 0; t < dims; t++) s += points.values[row * dims + t]! * centroids[c * dims + t]!;
      out[c] = s;
    }
    return out;
  };
  const sizes = new Int32Array(k);
  for (let r = 0; r < usable.length; r++) sizes[labels[r]!]!++;
  const order = Array.from({ length: k }, (_, c) => c)
    .filter((c) => sizes[c]! > 0)
    .sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const keyOf = new Map(order.map((c, rank) => [c, `theme-${rank + 1}`]));
  const words = themeKeywords(
    usable.map((i) => input.tokens[i]!),
    labels,
    k,
  );

  const simsByRow = usable.map((_, r) => sims(r));
  const members = Array.from({ length: k }, () => [] as Array<{ row: number; sim: number }>);
  simsByRow.forEach((s, r) => members[labels[r]!]!.push({ row: r, sim: s[labels[r]!]! }));

  const themes: ClusterTheme[] = order.map((c, rank) => {
    const ranked = members[c]!.sort((a, b) => b.sim - a.sim || a.row - b.row).map(
      (m) => docs[usable[m.row]!]!.id,
    );
    const distinct = ranked.filter((id) => !input.nearDuplicateIds.has(id));
    return {
      key: keyOf.get(c)!,
      label: words[c]!.label || `${THEME_FALLBACK[input.lang]} ${rank + 1}`,
      keywords: words[c]!.keywords,
      size: sizes[c]!,
      representativeIds: (distinct.length > 0 ? distinct : ranked).slice(0, REPRESENTATIVES),
    };
  });

  const rowOf = new Map(usable.map((i, r) => [i, r]));
  const assignments: ClusterAssignment[] = [];
  let unclustered = 0;
  docs.forEach((doc, i) => {
    const r = rowOf.get(i);
    if (r === undefined) {
      unclustered++;
      assignments.push({ id: doc.id, themeKey: UNCLUSTERED_KEY, score: 0, primary: true });
      return;
    }
    const s = simsByRow[r]!;
    const primary = labels[r]!;
    assignments.push({
      id: doc.id,
      themeKey: keyOf.get(primary)!,
      score: round3(s[primary]!),
      primary: true,
    });
    const floor = Math.max(SECONDARY_MIN, SECONDARY_RATIO * s[primary]!);
    order
      .filter((c) => c !== primary && s[c]! >= floor)
      .sort((a, b) => s[b]! - s[a]! || a - b)
      .slice(0, input.maxLabels - 1)
      .forEach((c) =>
        assignments.push({ id: doc.id, themeKey: keyOf.get(c)!, score: round3(s[c]!), primary: false }),
      );
  });
  if (unclustered > 0) {
    themes.push({
      key: UNCLUSTERED_KEY,
      label: UNCLUSTERED_LABEL[input.lang],
      keywords: [],
      size: unclustered,
      representativeIds: docs
        .filter((_, i) => !rowOf.has(i))
        .slice(0, REPRESENTATIVES)
        .map((d) => d.id),
    });
  }
  return { themes, assignments };
}
