import type { RoundStatus } from './round';

/** Who a participant is. Codes are English; the web app translates them. */
export const PARTICIPANT_GROUPS = [
  'youth',
  'parent',
  'professional',
  'policy',
  'research',
  'education',
] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

export const AGE_BANDS = ['12-15', '16-17', '18-23'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Friesland's three kinds of knowledge; each submission carries the one of its author's group. */
export const KNOWLEDGE_TYPES = ['experiential', 'practice', 'scientific'] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];

export const KNOWLEDGE_TYPE_OF_GROUP: Record<ParticipantGroup, KnowledgeType> = {
  youth: 'experiential',
  parent: 'experiential',
  professional: 'practice',
  policy: 'practice',
  research: 'scientific',
  education: 'scientific',
};

export const SUBMISSION_KINDS = ['question', 'experience', 'idea'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/** Default life domains ("leefgebieden"); a round may offer a subset plus its own. */
export const DEFAULT_LIFE_DOMAINS = [
  'housing',
  'finances',
  'school_work',
  'health',
  'safety',
  'home_family',
  'leisure',
  'friends_relationships',
] as const;

export const SUBMISSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const REJECTION_REASONS = [
  'personal_data',
  'off_topic',
  'offensive',
  'duplicate',
  'spam',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const CRISIS_CATEGORIES = [
  'suicide',
  'self_harm',
  'abuse',
  'domestic_violence',
  'sexual_violence',
  'acute_danger',
] as const;
export type CrisisCategoryCode = (typeof CRISIS_CATEGORIES)[number];

export const PII_KINDS = ['email', 'phone', 'postcode', 'bsn', 'iban', 'address', 'name'] as const;
export type PiiKindCode = (typeof PII_KINDS)[number];

export const TEXT_MIN = 10;
export const TEXT_MAX = 2000;

/** A labelled option a round offers (life domain, wijk, input line). `label` is Dutch, shown as is. */
export interface RoundOption {
  code: string;
  label: string;
}

/** The question shown to one group; missing groups see the round's general prompt. */
export type GroupPrompts = Partial<Record<ParticipantGroup, string>>;

/** What a participant's browser needs to render `/r/:slug`. */
export interface PublicRoundResponse {
  slug: string;
  title: string;
  introduction: string;
  status: RoundStatus;
  acceptingSubmissions: boolean;
  requiresAccessCode: boolean;
  opensAt: string | null;
  closesAt: string | null;
  prompt: string;
  groupPrompts: GroupPrompts;
  allowedGroups: ParticipantGroup[];
  lifeDomains: RoundOption[];
  wijken: RoundOption[];
  inputLines: RoundOption[];
  workspaceName: string;
  /** This server can e-mail a participant their return code (optional for them; offered only when true). */
  emailAvailable: boolean;
}

export interface CreateSubmissionRequest {
  /** Client-generated UUID; the same key always yields the same submission (safe retries). */
  idempotencyKey: string;
  /** Omit for the first submission; send the code you got back to add to the same participant. */
  returnCode?: string;
  accessCode?: string;
  group: ParticipantGroup;
  ageBand?: AgeBand;
  kind: SubmissionKind;
  text: string;
  lifeDomains: string[];
  wijk?: string;
  inputLine?: string;
  consent: true;
  /** May an anonymous, redacted quote of this text appear on the published agenda? Default false. */
  quoteConsent?: boolean;
  /** Honeypot: must stay empty; bots fill it. */
  website?: string;
}

/** A submission as its author (or anyone outside moderation) may see it: redacted text only. */
export interface PublicSubmission {
  id: string;
  kind: SubmissionKind;
  text: string;
  lifeDomains: string[];
  wijk: string | null;
  inputLine: string | null;
  status: SubmissionStatus;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  /** True when crisis signals were found: the help panel is shown. */
  urgent: boolean;
  createdAt: string;
}

export interface CreateSubmissionResponse {
  returnCode: string;
  submission: PublicSubmission;
}

/** Languages the return-code e-mail is written in. */
export const MAIL_LANGUAGES = ['nl', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/**
 * `POST /api/public/my-input/:returnCode/email`: send the return code to this address once. The address is
 * used for this one mail and then wiped; it is never stored with the participant.
 */
export interface EmailReturnCodeRequest {
  email: string;
  /** The language of the mail; Dutch when left out. */
  language?: MailLanguage;
}

/** 202: the mail is queued and is sent in the background. */
export interface EmailReturnCodeResponse {
  queued: true;
}

export interface MyInputResponse {
  round: { slug: string; title: string; status: RoundStatus };
  group: ParticipantGroup;
  ageBand: AgeBand | null;
  submissions: PublicSubmission[];
}
