import type { ClusterLanguage } from './language';
import type { NearDuplicate } from './near-duplicates';

export interface ClusterDoc {
  id: string;
  text: string;
}

export interface ClusterOptions {
  /** Fixed number of themes; omitted = chosen automatically. */
  k?: number;
  lang?: ClusterLanguage;
  seed?: number;
  /** Themes per submission at most (primary included), default 2. */
  maxLabelsPerDoc?: number;
}

export interface ClusterTheme {
  key: string;
  label: string;
  keywords: string[];
  size: number;
  representativeIds: string[];
}

export interface ClusterAssignment {
  id: string;
  themeKey: string;
  /** Cosine similarity of the submission to the theme's centre in topic space, 0..1. */
  score: number;
  primary: boolean;
}

export interface ClusterResult {
  k: number;
  method: string;
  themes: ClusterTheme[];
  assignments: ClusterAssignment[];
  nearDuplicates: NearDuplicate[];
}

/** Key of the theme that collects texts with no usable words (empty, only stopwords or numbers). */
export const UNCLUSTERED_KEY = 'other';
