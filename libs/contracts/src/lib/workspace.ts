import type { PublicRoundSummary } from './round';

export interface PublicWorkspaceResponse {
  slug: string;
  name: string;
  description: string;
  openRounds: PublicRoundSummary[];
}
