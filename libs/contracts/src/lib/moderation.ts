import type {
  AgeBand,
  CrisisCategoryCode,
  KnowledgeType,
  ParticipantGroup,
  PiiKindCode,
  RejectionReason,
  SubmissionKind,
  SubmissionStatus,
} from './participation';

/** One row of the moderation queue: redacted text only; the original is fetched separately (audited). */
export interface ModerationItem {
  id: string;
  roundId: string;
  participantId: string;
  group: ParticipantGroup;
  ageBand: AgeBand | null;
  knowledgeType: KnowledgeType;
  kind: SubmissionKind;
  redactedText: string;
  lifeDomains: string[];
  wijk: string | null;
  inputLine: string | null;
  status: SubmissionStatus;
  /** The author agreed to an anonymous, redacted quote on the published agenda. */
  quoteConsent: boolean;
  urgent: boolean;
  crisisCategories: CrisisCategoryCode[];
  piiKinds: PiiKindCode[];
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  createdAt: string;
  moderatedAt: string | null;
  moderatedBy: string | null;
  /** Set when the item is an open questionnaire answer sent on to synthesis (its source). */
  sourceQuestionnaireId: string | null;
  sourceQuestionKey: string | null;
}

export interface ModerationQueueQuery {
  status?: SubmissionStatus;
  group?: ParticipantGroup;
  kind?: SubmissionKind;
  lifeDomain?: string;
  flag?: 'urgent' | 'pii';
  limit?: number;
  offset?: number;
}

export interface ModerationQueueResponse {
  items: ModerationItem[];
  total: number;
  /** Pending urgent items in the whole round, whatever the filter: drives the alert banner. */
  urgentPending: number;
}

export interface OriginalTextResponse {
  id: string;
  originalText: string;
  redactedText: string;
}

export type ModerationDecision =
  | { action: 'approve'; redactedText?: string }
  | { action: 'reject'; reason: RejectionReason; note?: string }
  | { action: 'redact'; redactedText: string };

export interface BulkApproveRequest {
  ids: string[];
}

export interface BulkApproveResponse {
  approved: string[];
  /** Urgent items are never approved in bulk; they need a one-by-one decision. */
  skipped: Array<{ id: string; reason: string }>;
}

export interface CountBucket {
  key: string;
  count: number;
}

export interface RoundDashboard {
  total: number;
  byStatus: CountBucket[];
  byGroup: CountBucket[];
  byAgeBand: CountBucket[];
  byLifeDomain: CountBucket[];
  byWijk: CountBucket[];
  byKind: CountBucket[];
  urgentPending: number;
  participants: number;
  /** Allowed groups whose share of submissions is under half of an even share (or zero). */
  underRepresented: string[];
}
