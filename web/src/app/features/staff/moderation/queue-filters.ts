import {
  PARTICIPANT_GROUPS,
  SUBMISSION_KINDS,
  SUBMISSION_STATUSES,
  type ModerationQueueQuery,
  type ParticipantGroup,
  type SubmissionKind,
  type SubmissionStatus,
} from '@inbreng/contracts';

export const PAGE_SIZE = 20;
export const QUEUE_FLAGS = ['urgent', 'pii'] as const;
export type QueueFlag = (typeof QUEUE_FLAGS)[number];

/** The queue filters as they live in the URL (`?status=pending&group=youth&page=2`). */
export interface QueueFilters {
  status: SubmissionStatus;
  group: ParticipantGroup | '';
  kind: SubmissionKind | '';
  flag: QueueFlag | '';
  lifeDomain: string;
  page: number;
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[]): T | '' {
  return allowed.includes(value as T) ? (value as T) : '';
}

export function parseFilters(q: Partial<Record<keyof QueueFilters, string | undefined>>): QueueFilters {
  const page = Number.parseInt(q.page ?? '1', 10);
  return {
    status: pick(q.status, SUBMISSION_STATUSES) || 'pending',
    group: pick(q.group, PARTICIPANT_GROUPS),
    kind: pick(q.kind, SUBMISSION_KINDS),
    flag: pick(q.flag, QUEUE_FLAGS),
    lifeDomain: (q.lifeDomain ?? '').slice(0, 60),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function toQuery(f: QueueFilters): ModerationQueueQuery {
  return {
    status: f.status,
    group: f.group || undefined,
    kind: f.kind || undefined,
    flag: f.flag || undefined,
    lifeDomain: f.lifeDomain || undefined,
    limit: PAGE_SIZE,
    offset: (f.page - 1) * PAGE_SIZE,
  };
}

/** URL query params for a filter change: empty values are dropped, and the page starts over. */
export function toQueryParams(patch: Partial<QueueFilters>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = { page: null };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = value === '' || value === undefined || (key === 'page' && value === 1) ? null : value;
  }
  return out;
}
