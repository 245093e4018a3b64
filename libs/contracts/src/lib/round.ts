import type { GroupPrompts, ParticipantGroup, RoundOption } from './participation';

export const ROUND_STATUSES = [
  'draft',
  'open',
  'closed',
  'synthesis',
  'prioritising',
  'published',
  'archived',
] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface PublicRoundSummary {
  slug: string;
  title: string;
  introduction: string;
  closesAt: string | null;
}

export interface StaffRoundSummary {
  id: string;
  slug: string;
  title: string;
  status: RoundStatus;
  opensAt: string | null;
  closesAt: string | null;
  createdAt: string;
}

/** Allowed lifecycle moves; everything else is refused with 409. */
export const ROUND_TRANSITIONS: Record<RoundStatus, RoundStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'synthesis'],
  synthesis: ['prioritising'],
  prioritising: ['published'],
  published: ['archived'],
  archived: [],
};

/** Full round as staff edit it. */
export interface StaffRoundResponse extends StaffRoundSummary {
  introduction: string;
  prompt: string;
  groupPrompts: GroupPrompts;
  allowedGroups: ParticipantGroup[];
  lifeDomains: RoundOption[];
  wijken: RoundOption[];
  inputLines: RoundOption[];
  hasAccessCode: boolean;
  retentionDays: number;
  updatedAt: string;
}

export interface UpsertRoundRequest {
  slug: string;
  title: string;
  introduction: string;
  prompt: string;
  groupPrompts?: GroupPrompts;
  allowedGroups: ParticipantGroup[];
  lifeDomains: RoundOption[];
  wijken?: RoundOption[];
  inputLines?: RoundOption[];
  opensAt?: string | null;
  closesAt?: string | null;
  /** Set a new access code; `null` removes it; omit to keep the current one. */
  accessCode?: string | null;
  retentionDays: number;
}

export interface TransitionRoundRequest {
  to: RoundStatus;
}
