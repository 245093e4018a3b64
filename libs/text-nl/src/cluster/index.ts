// TEMPORARY local shim (not committed) until feat/cluster lands.
export interface ClusterResult {
  k: number;
  method: string;
  themes: { key: string; label: string; keywords: string[]; size: number; representativeIds: string[] }[];
  assignments: { id: string; themeKey: string; score: number; primary: boolean }[];
  nearDuplicates: { id: string; duplicateOfId: string; similarity: number }[];
}
export function clusterTexts(
  docs: { id: string; text: string }[],
  _o: { k?: number; lang?: 'nl' | 'en'; seed?: number; maxLabelsPerDoc?: number },
): ClusterResult {
  const half = Math.ceil(docs.length / 2);
  return {
    k: 2,
    method: 'shim',
    themes: [
      { key: 'a', label: 'A', keywords: [], size: half, representativeIds: [] },
      { key: 'b', label: 'B', keywords: [], size: docs.length - half, representativeIds: [] },
    ],
    assignments: docs.map((d, i) => ({
      id: d.id,
      themeKey: i < half ? 'a' : 'b',
      score: 0.5,
      primary: true,
    })),
    nearDuplicates: [],
  };
}
