import type { AgeBand, KnowledgeType, ParticipantGroup, PublicSubmission } from './participation';
import type { Answers, QuestionnaireStatus, QuestionType } from './questionnaire';
import type { RoundStatus } from './round';
import type { EvidenceStatus } from './synthesis';

/**
 * Prioritisation and publication (issue 7). Participants vote on a round's shortlisted research questions
 * without an account, with the same return code as their submissions. Scores are computed per stakeholder
 * group and combined with weights (equal by default), so a large group cannot drown a small one.
 */

/** The groups scores are computed for; policy, research and education vote together. */
export const PRIORITY_GROUPS = ['youth', 'parent', 'professional', 'policy_research_education'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export const PRIORITY_GROUP_OF: Record<ParticipantGroup, PriorityGroup> = {
  youth: 'youth',
  parent: 'parent',
  professional: 'professional',
  policy: 'policy_research_education',
  research: 'policy_research_education',
  education: 'policy_research_education',
};

/** `ranking`: pick up to N and rank a top 3–5 (James Lind Alliance interim survey); `pairwise`: A or B. */
export const PRIORITISATION_METHODS = ['ranking', 'pairwise'] as const;
export type PrioritisationMethod = (typeof PRIORITISATION_METHODS)[number];

export interface PrioritisationSettings {
  method: PrioritisationMethod;
  /** ranking: how many questions a participant may pick (e.g. 10). */
  maxPicks: number;
  /** ranking: how many of the picks they rank (3–5). */
  rankTop: number;
  /** Weight per group in the combined score; equal by default. Groups without votes are left out. */
  weights: Record<PriorityGroup, number>;
  /** A group with fewer ballots than this gets a warning next to its ranks. */
  minGroupBallots: number;
}

export interface StartPrioritisationRequest extends Partial<Omit<PrioritisationSettings, 'weights'>> {
  /** Missing groups keep weight 1. */
  weights?: Partial<Record<PriorityGroup, number>>;
  /** The shortlist; omit to take every live research question of the round. */
  researchQuestionIds?: string[];
}

/** Settings can change while voting runs (weights, threshold); the shortlist and method cannot. */
export interface UpdatePrioritisationRequest {
  weights?: Partial<Record<PriorityGroup, number>>;
  minGroupBallots?: number;
}

export interface ShortlistItem {
  researchQuestionId: string;
  /** Short label shown on ballots (the research question text). */
  text: string;
  population: string;
}

export interface PublicPrioritisationResponse {
  round: { slug: string; title: string; status: RoundStatus };
  method: PrioritisationMethod;
  maxPicks: number;
  rankTop: number;
  questions: ShortlistItem[];
  allowedGroups: ParticipantGroup[];
  acceptingVotes: boolean;
}

/** One ballot per return code; sending again replaces it. */
export interface BallotRequest {
  /** Client-generated UUID: a first-time voter's retry gets the same return code back. */
  idempotencyKey: string;
  returnCode?: string;
  accessCode?: string;
  group: ParticipantGroup;
  ageBand?: AgeBand;
  consent: true;
  /** ranking method: the chosen questions (1..maxPicks, no repeats). */
  picks: string[];
  /** ranking method: the top of the picks in order (1..rankTop, all in picks, no repeats). */
  ranking: string[];
  website?: string;
}

export interface BallotResponse {
  returnCode: string;
  /**
   * The participant's group, fixed at their first submission or vote; it decides in which group's
   * ranking the ballot counts.
   */
  group: ParticipantGroup;
  picks: string[];
  ranking: string[];
  replaced: boolean;
  updatedAt: string;
}

export interface PairwiseVoteRequest {
  /** Client-generated UUID per vote: a retried vote is counted once. */
  idempotencyKey: string;
  returnCode?: string;
  accessCode?: string;
  group: ParticipantGroup;
  ageBand?: AgeBand;
  consent: true;
  /** The two questions shown, in the order shown. */
  pair: [string, string];
  /** The one that matters more, or null to skip. */
  choice: string | null;
  website?: string;
}

export interface PairwiseVoteResponse {
  returnCode: string;
  votes: number;
  /** The next pair to show (least-compared pairs first), or null when this participant saw them all. */
  next: [string, string] | null;
}

export interface GroupRank {
  group: PriorityGroup;
  /** Ballots (ranking) or participants who voted (pairwise) in this group. */
  n: number;
  score: number;
  /** 1 = most important; equal scores share a rank ("1, 2, 2, 4"). */
  rank: number;
  tied: boolean;
}

export interface RankedQuestion {
  researchQuestionId: string;
  text: string;
  combinedScore: number;
  combinedRank: number;
  tied: boolean;
  perGroup: GroupRank[];
}

export interface PrioritisationResults {
  roundId: string;
  settings: PrioritisationSettings;
  status: 'not_started' | 'voting' | 'closed';
  ballotsPerGroup: Record<PriorityGroup, number>;
  /** Groups below `minGroupBallots`: their ranks are shown with a warning. */
  lowResponseGroups: PriorityGroup[];
  /** Weights actually used (normalised to sum 1 over groups with votes). */
  effectiveWeights: Partial<Record<PriorityGroup, number>>;
  questions: RankedQuestion[];
  /** Kendall's tau-b between each pair of groups' rankings (null when a group has no votes). */
  agreement: { a: PriorityGroup; b: PriorityGroup; tau: number | null }[];
}

// ---------- publication ----------

export interface AgendaQuote {
  text: string;
  group: ParticipantGroup;
  knowledgeType: KnowledgeType;
}

export interface AgendaItem {
  rank: number;
  tied: boolean;
  researchQuestionId: string;
  text: string;
  population: string;
  rationale: string;
  evidenceStatus: EvidenceStatus;
  perGroup: GroupRank[];
  submissionCount: number;
  byGroup: Partial<Record<ParticipantGroup, number>>;
  byKnowledgeType: Partial<Record<KnowledgeType, number>>;
  /** Redacted, approved submissions whose authors agreed to be quoted; anonymous. */
  quotes: AgendaQuote[];
}

export interface PublicAgendaResponse {
  round: { slug: string; title: string; introduction: string; workspaceName: string };
  publishedAt: string;
  /**
   * true: ranks, texts and figures are the record stored when the round was published and do not change any
   * more (quotes still follow consent and deletion). false: a round published before such records were kept,
   * computed from today's data.
   */
  fixed: boolean;
  method: PrioritisationMethod;
  ballotsPerGroup: Record<PriorityGroup, number>;
  effectiveWeights: Partial<Record<PriorityGroup, number>>;
  items: AgendaItem[];
}

/** What can differ between the agenda as published and today's figures, for staff. */
export type AgendaChange =
  | { kind: 'ballots'; group: PriorityGroup; published: number; now: number }
  | { kind: 'weights' }
  /** `now` null: the question is no longer in today's results. */
  | { kind: 'rank'; researchQuestionId: string; text: string; published: number; now: number | null }
  | { kind: 'submissions'; researchQuestionId: string; text: string; published: number; now: number }
  | {
      kind: 'wording';
      researchQuestionId: string;
      text: string;
      field: 'text' | 'population' | 'rationale' | 'evidenceStatus';
    };

/** Staff: when the agenda was published and how today's (live) figures differ from it. */
export interface AgendaPublicationStatus {
  publishedAt: string;
  /** false: published before agendas were stored, so the public page itself follows today's figures. */
  fixed: boolean;
  /** Empty when nothing differs (always empty when not `fixed`). `text` is the published wording. */
  changes: AgendaChange[];
}

/** Moderators' rationale per research question for the published agenda. */
export interface SetRationaleRequest {
  rationale: string;
}

// ---------- "Wat is er met mijn inbreng gebeurd?" ----------

export interface MySubmissionTrace {
  submission: PublicSubmission;
  themes: { id: string; name: string }[];
  researchQuestions: {
    id: string;
    text: string;
    combinedRank: number | null;
    perGroup: { group: PriorityGroup; rank: number | null }[];
  }[];
}

/**
 * One questionnaire answered (or begun) with the return code, on "Mijn inbreng". Counts only, never the
 * answers themselves: open answers may hold personal data, and the page may be opened on a shared device.
 * The answers as given are in the participant's own export.
 */
export interface MyQuestionnaireTrace {
  questionnaire: { id: string; title: string; status: QuestionnaireStatus };
  /** `in_progress` = saved but not handed in. */
  status: 'in_progress' | 'submitted';
  /** Last saved. */
  updatedAt: string;
  submittedAt: string | null;
  /** Questions of the version answered that have an answer. */
  answeredCount: number;
  /** How many of those answers (and "other" texts) are open text. */
  openAnswerCount: number;
  /** Submissions moderators made from their open answers; each is listed under `items` too. */
  submissionIds: string[];
  /** Where to go on answering: only while unfinished and both questionnaire and round are open. */
  continueUrl: string | null;
}

export interface MyInputTraceResponse {
  round: { slug: string; title: string; status: RoundStatus };
  agendaUrl: string | null;
  items: MySubmissionTrace[];
  /** Questionnaire responses with this return code, oldest first. */
  questionnaires: MyQuestionnaireTrace[];
}

/** One questionnaire a participant answered (or began), as they gave it, in their export. */
export interface MyQuestionnaireResponseExport {
  questionnaire: { id: string; title: string; status: QuestionnaireStatus };
  /** The version of the questions they answered. */
  version: number;
  /** `in_progress` = saved but not handed in. */
  status: 'in_progress' | 'submitted';
  wijk: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  /** The questions they answered, in questionnaire order, so the file reads on its own. */
  questions: { key: string; text: string; type: QuestionType }[];
  /** Their answers as they gave them (see `AnswerValue`), their own open texts included. */
  answers: Answers;
  /**
   * Their open texts: `originalText` as they wrote it (until the round's retention period ends), `text` as staff
   * see it (personal data redacted), and `submissionId` when moderators sent it on to synthesis as a submission
   * (which is then listed under `submissions` too).
   */
  openAnswers: {
    questionKey: string;
    source: 'answer' | 'other';
    originalText: string;
    text: string;
    submissionId: string | null;
  }[];
}

export interface MyDataExport {
  exportedAt: string;
  round: { slug: string; title: string };
  participant: { group: ParticipantGroup; ageBand: AgeBand | null; createdAt: string };
  /** Their own texts as they wrote them (until the round's retention period ends), and their quote choice. */
  submissions: (PublicSubmission & { originalText: string; quoteConsent: boolean })[];
  /** Every questionnaire response with this code, oldest first. */
  questionnaireResponses: MyQuestionnaireResponseExport[];
  ballot: { picks: string[]; ranking: string[] } | null;
  /** Pairwise method: every comparison this participant made (`choice` null = skipped). */
  pairwiseVotes: { pair: [string, string]; choice: string | null; createdAt: string }[];
}

export interface DeleteMyDataResponse {
  /** Their submissions, those made from their questionnaire answers (sent to synthesis) included. */
  deletedSubmissions: number;
  /** Their questionnaire responses (handed in or not), with all their answers. */
  deletedResponses: number;
  /** The ranking ballot (0 or 1) plus every pairwise vote. */
  deletedBallots: number;
}
