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
