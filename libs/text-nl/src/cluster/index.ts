/**
 * Theme clustering of submissions (Dutch and English). A separate entry point
 * (`@inbreng/text-nl/cluster`) so browser bundles that import
 * `@inbreng/text-nl` for crisis detection never pull in stemmers and stopword lists.
 */
export { clusterTexts, METHOD_DESCRIPTION } from './cluster-texts';
export { findNearDuplicates, type NearDuplicate, type NearDuplicateOptions } from './near-duplicates';
export { adjustedRandIndex, normalizedMutualInformation } from './metrics';
export type { ClusterLanguage } from './language';
export {
  UNCLUSTERED_KEY,
  type ClusterAssignment,
  type ClusterDoc,
  type ClusterOptions,
  type ClusterResult,
  type ClusterTheme,
} from './types';
// For the CLI and the benchmark (api/scripts/bench-cluster.ts).
export { parseCsv, toCsv } from './csv';
export { syntheticTexts } from './synthetic';
export { growthExponent, nLogNExponent } from './fit';
