import { ROUND_TRANSITIONS, type RoundStatus } from '@inbreng/contracts';
import type { RoundEntity } from './round.entity';

export function canTransition(from: RoundStatus, to: RoundStatus): boolean {
  return ROUND_TRANSITIONS[from].includes(to);
}

/** Why a round takes no input right now, or null when it does. */
export function closedReason(
  round: Pick<RoundEntity, 'status' | 'opensAt' | 'closesAt'>,
  now = new Date(),
): string | null {
  if (round.status !== 'open') return `This round is not accepting input (status: ${round.status}).`;
  if (round.opensAt && round.opensAt > now) return `This round opens on ${round.opensAt.toISOString()}.`;
  if (round.closesAt && round.closesAt <= now) return `This round closed on ${round.closesAt.toISOString()}.`;
  return null;
}
