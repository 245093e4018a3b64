import type { RoundStatus } from '@inbreng/contracts';
import type { RoundEntity } from '../rounds/round.entity';

const DAY_MS = 86_400_000;

/**
 * A mail in the outbox holds its (encrypted) address only until it is sent or given up, minutes at most. One that
 * still holds it after this long was stranded (a stopped queue, a crash): the sweep wipes it.
 */
export const MAIL_ADDRESS_MAX_AGE_MS = DAY_MS;

/** Statuses the retention sweep may act on: input has stopped. `archived` only to remove originals left behind. */
export const RETENTION_STATUSES: readonly RoundStatus[] = [
  'closed',
  'synthesis',
  'prioritising',
  'published',
  'archived',
];

export type RetentionFields = Pick<RoundEntity, 'status' | 'closesAt' | 'leftOpenAt' | 'retentionDays'>;

/**
 * When a round's retention period ends: its closing date, or, for a round without one, the moment it left
 * `open`, plus `retentionDays`. Null while input may still come in (draft, open) or when neither is known.
 */
export function retentionEndsAt(round: RetentionFields): Date | null {
  if (!RETENTION_STATUSES.includes(round.status)) return null;
  const start = round.closesAt ?? round.leftOpenAt;
  return start ? new Date(start.getTime() + round.retentionDays * DAY_MS) : null;
}

export function retentionDue(round: RetentionFields, now: Date): boolean {
  const ends = retentionEndsAt(round);
  return ends !== null && ends.getTime() <= now.getTime();
}
