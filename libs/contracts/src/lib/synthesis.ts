import type { AgeBand, KnowledgeType, ParticipantGroup, RoundOption, SubmissionKind } from './participation';

/**
 * Synthesis (issue 6): approved submissions are grouped into themes (by moderators, helped by automatic
 * suggestions), and themes become research questions. Merges and splits keep history; every change is audited.
 * Updates of themes and research questions carry the `version` the client last saw (optimistic locking): a stale
 * version is refused with 409.
 */

/** Known theme frameworks a round may map its themes to. Labels are Dutch, shown as is. */
export const THEME_FRAMEWORKS: Record<string, { label: string; themes: RoundOption[] }> = {
  awtj: {
    label: 'AWTJ Utrecht – vier strategische thema’s',
    themes: [
      { code: 'samen_opvoeden', label: 'Versterken samen opvoeden in de dagelijkse omgeving' },
      { code: 'verschil_gelijke_kansen', label: 'Ruimte voor verschil én gelijke kansen' },
      { code: 'leefwereld', label: 'Aansluiten bij leefwereld van kinderen en gezinnen' },
      { code: 'terug_vooruit', label: 'Terug- en vooruitkijken' },
    ],
  },
  koos: {
    label: 'KOOS – zero’s',
    themes: [
      { code: 'zero_suicide', label: 'Zero suïcide' },
      { code: 'zero_stigma', label: 'Zero stigma' },
      { code: 'zero_residentieel', label: 'Zero residentieel' },
      { code: 'zero_schooluitval', label: 'Zero schooluitval' },
    ],
  },
};
export type ThemeFrameworkCode = keyof typeof THEME_FRAMEWORKS;

/** `suggested`: made by clustering and not yet accepted; `merged`: absorbed into another theme (read-only). */
export const THEME_STATUSES = ['suggested', 'active', 'merged', 'rejected'] as const;
export type ThemeStatus = (typeof THEME_STATUSES)[number];

/** How a submission belongs to a theme. `suggested` links come from clustering until accepted or rejected. */
export const ASSIGNMENT_STATUSES = ['suggested', 'accepted', 'rejected'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export interface GroupCounts {
  byGroup: Partial<Record<ParticipantGroup, number>>;
  byKnowledgeType: Partial<Record<KnowledgeType, number>>;
}

export interface ThemeHistoryEntry {
  relation: 'merged_from' | 'split_from';
  themeId: string;
  themeName: string;
  at: string;
}

export interface Theme {
  id: string;
  roundId: string;
  name: string;
  description: string;
  status: ThemeStatus;
  /** Code of a theme in the round's framework, if mapped. */
  frameworkCode: string | null;
  /** Distinctive keywords from clustering (empty for hand-made themes). */
  keywords: string[];
  /** Accepted submissions. */
  submissionCount: number;
  /** Suggested, not yet decided submissions. */
  suggestedCount: number;
  /** Accepted submissions per group and knowledge type. */
  counts: GroupCounts;
  /**
   * Suggested, not yet decided submissions per group and knowledge type: whose voices a suggestion holds,
   * visible before a moderator accepts it.
   */
  suggestedCounts: GroupCounts;
  /** What this theme was made from (merges and splits). */
  history: ThemeHistoryEntry[];
  /** Set when merged into another theme. */
  mergedIntoId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ThemeLink {
  themeId: string;
  status: AssignmentStatus;
  /** Similarity score from clustering (0..1), null when assigned by hand. */
  score: number | null;
}

/** An approved submission as the workbench shows it: redacted text only. */
export interface WorkbenchSubmission {
  id: string;
  kind: SubmissionKind;
  text: string;
  group: ParticipantGroup;
  ageBand: AgeBand | null;
  knowledgeType: KnowledgeType;
  lifeDomains: string[];
  wijk: string | null;
  inputLine: string | null;
  /** Set when the submission came from a questionnaire's open answer. */
  source: { questionnaireId: string; questionKey: string } | null;
  /** Set when a moderator marked it a duplicate of another submission. */
  duplicateOfId: string | null;
  themes: ThemeLink[];
  createdAt: string;
}

export interface WorkbenchFilter {
  group?: ParticipantGroup;
  knowledgeType?: KnowledgeType;
  lifeDomain?: string;
  wijk?: string;
  inputLine?: string;
  /** Full-text search in the redacted text. */
  search?: string;
  /** A theme id, or `none` for submissions without an accepted theme. */
  theme?: string;
}

export interface WorkbenchResponse {
  roundId: string;
  frameworkCode: string | null;
  themes: Theme[];
  submissions: WorkbenchSubmission[];
  total: number;
  /** The latest clustering run, if any. */
  lastRun: ClusteringRun | null;
  /** Near-duplicate pairs suggested by the last run and not yet decided. */
  nearDuplicates: { id: string; duplicateOfId: string; similarity: number }[];
}

export const CLUSTERING_RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ClusteringRunStatus = (typeof CLUSTERING_RUN_STATUSES)[number];

export interface ClusteringRun {
  id: string;
  status: ClusteringRunStatus;
  /** 0..100 */
  progress: number;
  requestedK: number | null;
  k: number | null;
  method: string | null;
  documentCount: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface StartClusteringRequest {
  /** Fix the number of themes; omit for automatic choice. */
  k?: number;
}

export interface CreateThemeRequest {
  name: string;
  description?: string;
  frameworkCode?: string | null;
  /** Submissions to put in it right away. */
  submissionIds?: string[];
}

export interface UpdateThemeRequest {
  version: number;
  name?: string;
  description?: string;
  frameworkCode?: string | null;
}

/** Accept or reject a suggested theme with all its suggestions. */
export interface DecideThemeRequest {
  version: number;
  decision: 'accept' | 'reject';
}

/** Merge `sourceIds` into the target theme (the URL's theme); sources become `merged`. */
export interface MergeThemesRequest {
  version: number;
  sourceIds: string[];
}

/** Move these submissions from the theme (the URL's) into a new theme. */
export interface SplitThemeRequest {
  version: number;
  name: string;
  description?: string;
  submissionIds: string[];
}

/** Put a submission in a theme (accepted), or decide on a suggested link. */
export interface AssignRequest {
  submissionId: string;
  themeId: string;
  /** `accept` (default) adds or accepts; `reject` rejects a suggestion; `remove` takes it out. */
  action?: 'accept' | 'reject' | 'remove';
}

export interface MarkDuplicateRequest {
  submissionId: string;
  /** The submission it duplicates; `null` clears the mark. */
  duplicateOfId: string | null;
}

/** The last change a moderator made in this round's workbench can be undone. */
export interface UndoResponse {
  undone: string | null;
}

// ---------- research questions ----------

export const EVIDENCE_STATUSES = ['unknown', 'unanswered', 'partly_answered', 'answered'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const RESEARCH_QUESTION_STATUSES = ['draft', 'shortlisted', 'final', 'merged', 'archived'] as const;
export type ResearchQuestionStatus = (typeof RESEARCH_QUESTION_STATUSES)[number];

export interface EvidenceReference {
  title: string;
  url?: string;
}

export interface ResearchQuestion {
  id: string;
  roundId: string;
  text: string;
  population: string;
  context: string;
  evidenceStatus: EvidenceStatus;
  references: EvidenceReference[];
  status: ResearchQuestionStatus;
  notes: string;
  /** Why it has its place on the agenda (set during prioritisation, shown when published). */
  rationale: string;
  themeIds: string[];
  /** Distinct accepted submissions behind its themes. */
  submissionCount: number;
  counts: GroupCounts;
  history: { relation: 'merged_from' | 'split_from'; researchQuestionId: string; text: string; at: string }[];
  mergedIntoId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateResearchQuestionRequest {
  text: string;
  population?: string;
  context?: string;
  themeIds: string[];
  evidenceStatus?: EvidenceStatus;
  references?: EvidenceReference[];
  notes?: string;
}

export interface UpdateResearchQuestionRequest extends Partial<CreateResearchQuestionRequest> {
  version: number;
  status?: ResearchQuestionStatus;
}

export interface MergeResearchQuestionsRequest {
  version: number;
  sourceIds: string[];
}

/** Split off a new research question with some of the themes (or a copy of all of them). */
export interface SplitResearchQuestionRequest {
  version: number;
  text: string;
  themeIds: string[];
}

// ---------- lineage ----------

export interface ResearchQuestionLineage {
  researchQuestion: ResearchQuestion;
  themes: { theme: Theme; submissions: WorkbenchSubmission[] }[];
}

export interface SubmissionLineage {
  submission: WorkbenchSubmission;
  themes: Theme[];
  researchQuestions: ResearchQuestion[];
}
