import type { AgeBand, ParticipantGroup } from './participation';

/**
 * Questionnaires (issue 5). A questionnaire belongs to a round and an audience; its questions live in a
 * versioned definition (JSON). Responses are tied to the version they answered. Keys (sections, questions,
 * options, matrix rows) are short stable strings chosen by the builder (e.g. "q7"), unique in a definition.
 */

export const QUESTION_TYPES = [
  'short_text',
  'long_text',
  'single_choice',
  'multiple_choice',
  'likert',
  'rating',
  'ranking',
  'matrix',
  'number',
  'date',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Open-text question types: their answers pass crisis and personal-data screening. */
export const OPEN_QUESTION_TYPES: readonly QuestionType[] = ['short_text', 'long_text'];

export const QUESTIONNAIRE_STATUSES = ['draft', 'open', 'closed'] as const;
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number];

/** Allowed moves; `closed → open` re-opens. Answers are only accepted while `open` and the round is `open`. */
export const QUESTIONNAIRE_TRANSITIONS: Record<QuestionnaireStatus, QuestionnaireStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open'],
};

/** Likert points are 1..5 (helemaal oneens … helemaal eens); the web app translates the labels. */
export const LIKERT_POINTS = [1, 2, 3, 4, 5] as const;
export const RATING_MIN = 0;
export const RATING_MAX = 10;
/** The option key of "anders, namelijk …" in choice questions that allow it. */
export const OTHER_OPTION_KEY = 'other';
/** Breakdowns with fewer respondents than this are hidden unless the questionnaire sets its own. */
export const DEFAULT_MIN_GROUP_SIZE = 5;

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 2000;

export interface ChoiceOption {
  key: string;
  label: string;
}

/**
 * Show a question or section only when an earlier question's answer matches.
 * - `equals`: single choice option key, or a number/likert/rating value, or a date/text value;
 * - `includes`: multiple choice contains the option key;
 * - `between`: number/likert/rating answer within [min, max] (inclusive).
 * A condition may only point to a question that comes earlier in the definition.
 */
export type QuestionCondition =
  | { questionKey: string; operator: 'equals'; value: string | number }
  | { questionKey: string; operator: 'includes'; value: string }
  | { questionKey: string; operator: 'between'; min: number; max: number };

interface QuestionBase {
  key: string;
  text: string;
  help?: string;
  required: boolean;
  condition?: QuestionCondition | null;
}

export interface TextQuestion extends QuestionBase {
  type: 'short_text' | 'long_text';
}
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single_choice';
  options: ChoiceOption[];
  /** Adds "anders, namelijk …" (key `other`) with a free-text field. */
  allowOther?: boolean;
}
export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple_choice';
  options: ChoiceOption[];
  allowOther?: boolean;
  /** At most this many choices (default: all). */
  maxChoices?: number;
}
export interface LikertQuestion extends QuestionBase {
  type: 'likert';
}
export interface RatingQuestion extends QuestionBase {
  type: 'rating';
  /** Labels for 0 and 10, e.g. "heel slecht" / "heel goed". */
  minLabel?: string;
  maxLabel?: string;
}
export interface RankingQuestion extends QuestionBase {
  type: 'ranking';
  /** The items to order; an answer orders all of them. */
  options: ChoiceOption[];
}
export interface MatrixQuestion extends QuestionBase {
  type: 'matrix';
  /** Statements, each answered on the 5-point Likert scale. */
  rows: ChoiceOption[];
}
export interface NumberQuestion extends QuestionBase {
  type: 'number';
  min?: number;
  max?: number;
  /** Whole numbers only (default true). */
  integer?: boolean;
  unit?: string;
}
export interface DateQuestion extends QuestionBase {
  type: 'date';
  /** ISO dates (YYYY-MM-DD), inclusive. */
  minDate?: string;
  maxDate?: string;
}

export type Question =
  | TextQuestion
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | LikertQuestion
  | RatingQuestion
  | RankingQuestion
  | MatrixQuestion
  | NumberQuestion
  | DateQuestion;

export interface QuestionnaireSection {
  key: string;
  title: string;
  intro?: string;
  condition?: QuestionCondition | null;
  questions: Question[];
}

export interface QuestionnaireDefinition {
  sections: QuestionnaireSection[];
}

/**
 * One answer, by question type:
 * text → string; single_choice → { option, otherText? }; multiple_choice → { options, otherText? };
 * likert → 1..5; rating → 0..10; ranking → option keys in order (all of them); matrix → { rowKey: 1..5 };
 * number → number; date → "YYYY-MM-DD".
 */
export type AnswerValue =
  | string
  | number
  | string[]
  | { option: string; otherText?: string }
  | { options: string[]; otherText?: string }
  | Record<string, number>;

export type Answers = Record<string, AnswerValue>;

// ---------- staff ----------

export interface QuestionnaireSummary {
  id: string;
  roundId: string;
  title: string;
  audience: ParticipantGroup[];
  status: QuestionnaireStatus;
  version: number;
  responseCount: number;
  submittedCount: number;
  updatedAt: string;
}

export interface StaffQuestionnaireResponse extends QuestionnaireSummary {
  introduction: string;
  minGroupSize: number;
  definition: QuestionnaireDefinition;
  /** True when the current version has responses: destructive edits then need `asNewVersion`. */
  hasResponses: boolean;
  versions: { version: number; createdAt: string; responseCount: number }[];
}

export interface UpsertQuestionnaireRequest {
  title: string;
  introduction: string;
  audience: ParticipantGroup[];
  minGroupSize?: number;
  definition: QuestionnaireDefinition;
  /**
   * When the current version has responses, removing a question or option or changing a type is refused
   * (409) unless this is true; then the edit becomes a new version and old responses keep theirs.
   */
  asNewVersion?: boolean;
}

export interface TransitionQuestionnaireRequest {
  to: QuestionnaireStatus;
}

export interface ResultsFilter {
  group?: ParticipantGroup;
  ageBand?: AgeBand;
  wijk?: string;
  /** Only responses to this version (default: all versions). */
  version?: number;
}

export interface OptionCount {
  key: string;
  label: string;
  count: number;
  /** count / n, 0..1 */
  share: number;
}

export interface NumericSummary {
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** value → count, ascending by value (numbers may be bucketed by the API when many distinct values). */
  distribution: { value: number; count: number }[];
}

export interface QuestionResult {
  questionKey: string;
  sectionKey: string;
  type: QuestionType;
  text: string;
  /** Respondents who answered this question (within the filter). */
  n: number;
  /** True when n is below the minimum group size: no figures are given. */
  suppressed: boolean;
  options?: OptionCount[];
  /** likert: counts for points 1..5 */
  likert?: { counts: number[]; mean: number | null };
  matrix?: { rowKey: string; label: string; n: number; counts: number[]; mean: number | null }[];
  numeric?: NumericSummary;
  ranking?: { key: string; label: string; averageRank: number | null; n: number }[];
  /** open questions: number of non-empty answers (list them via the open-answers endpoint) */
  openAnswerCount?: number;
}

export interface QuestionnaireResults {
  questionnaireId: string;
  version: number | 'all';
  filter: ResultsFilter;
  /** Submitted responses within the filter. */
  respondents: number;
  minGroupSize: number;
  /** True when the whole filtered set is below the minimum group size. */
  suppressed: boolean;
  questions: QuestionResult[];
}

export interface OpenAnswer {
  responseId: string;
  questionKey: string;
  /** Redacted text; staff with the moderator role may request the original separately (audited). */
  text: string;
  urgent: boolean;
  group: ParticipantGroup;
  ageBand: AgeBand | null;
  submittedAt: string;
  /** Set when the answer was sent to synthesis as a submission. */
  submissionId: string | null;
}

export interface SendToSynthesisRequest {
  questionKey: string;
  kind: 'experience' | 'question';
  /** Only these responses; omit for all submitted, not yet sent answers to the question. */
  responseIds?: string[];
}

export interface SendToSynthesisResponse {
  created: number;
  alreadySent: number;
  /** Answers shorter than a submission may be (TEXT_MIN characters) are not sent. */
  tooShort: number;
}

/** Query of the open-answers list (staff). */
export interface OpenAnswersQuery extends ResultsFilter {
  questionKey?: string;
  /** Words to find in the (redacted) text, case-insensitive. */
  search?: string;
  /** Include the texts typed with "anders, namelijk …" (default true). */
  includeOther?: boolean;
  limit?: number;
  offset?: number;
}

export interface OpenAnswerItem extends OpenAnswer {
  /** 'other' for the text of "anders, namelijk …" in a choice question. */
  source: 'answer' | 'other';
  /** True when screening changed the text (e.g. a phone number was hidden): the original differs. */
  redacted: boolean;
}

export interface OpenAnswersPage {
  items: OpenAnswerItem[];
  total: number;
  /** True when a filter leaves fewer respondents than the minimum group size: nothing is listed. */
  suppressed: boolean;
}

/** The unredacted text of one open answer (moderators; every view is audited). */
export interface OpenAnswerOriginal {
  responseId: string;
  questionKey: string;
  source: 'answer' | 'other';
  originalText: string;
  redactedText: string;
}

// ---------- public ----------

export interface PublicQuestionnaireSummary {
  id: string;
  title: string;
  introduction: string;
  audience: ParticipantGroup[];
  questionCount: number;
}

export interface PublicQuestionnaireResponse extends PublicQuestionnaireSummary {
  roundSlug: string;
  version: number;
  definition: QuestionnaireDefinition;
  acceptingResponses: boolean;
}

/** Save progress (`submit: false`) or hand in (`submit: true`); one response per return code. */
export interface SaveResponseRequest {
  /** Omit the first time; the answer carries the code to resume with. */
  returnCode?: string;
  /**
   * Client-generated UUID for the first save (without a return code): a retried first save gets the same
   * return code and response instead of a second one.
   */
  idempotencyKey?: string;
  accessCode?: string;
  group: ParticipantGroup;
  ageBand?: AgeBand;
  wijk?: string;
  consent: true;
  answers: Answers;
  submit: boolean;
  /** Honeypot: must stay empty. */
  website?: string;
}

export interface SavedResponse {
  returnCode: string;
  responseId: string;
  version: number;
  status: 'in_progress' | 'submitted';
  answers: Answers;
  /** Keys of open answers in which crisis signals were found: the help panel is shown. */
  urgentQuestionKeys: string[];
  updatedAt: string;
  submittedAt: string | null;
}
