import {
  AGE_BANDS,
  PARTICIPANT_GROUPS,
  SUBMISSION_KINDS,
  type AgeBand,
  type CreateSubmissionRequest,
  type ParticipantGroup,
  type PublicRoundResponse,
  type SubmissionKind,
} from '@inbreng/contracts';

/** Everything a participant has filled in for one round; kept in localStorage so nothing typed is lost. */
export interface Draft {
  accessCode: string;
  group: ParticipantGroup | null;
  ageBand: AgeBand | null;
  consent: boolean;
  kind: SubmissionKind | null;
  text: string;
  lifeDomains: string[];
  /** '' means "not chosen" (the field is optional). */
  wijk: string;
  inputLine: string;
  /** May this item be quoted (anonymous, redacted) on the published agenda? Asked per item, unticked by default. */
  quoteConsent: boolean;
  /** Made when the item starts, kept until the API confirms it, so a retry never sends twice. */
  idempotencyKey: string;
  /** Set after the first confirmed submission; later items are sent with it. */
  returnCode: string | null;
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export function emptyDraft(): Draft {
  return {
    accessCode: '',
    group: null,
    ageBand: null,
    consent: false,
    kind: null,
    text: '',
    lifeDomains: [],
    wijk: '',
    inputLine: '',
    quoteConsent: false,
    idempotencyKey: newIdempotencyKey(),
    returnCode: null,
  };
}

/** After a confirmed submit: the item's own fields are cleared, who they are and their consent stay. */
export function nextItem(draft: Draft, returnCode: string): Draft {
  return {
    ...draft,
    kind: null,
    text: '',
    lifeDomains: [],
    wijk: '',
    inputLine: '',
    quoteConsent: false,
    idempotencyKey: newIdempotencyKey(),
    returnCode,
  };
}

/** True when the participant has typed or chosen anything worth telling them we kept. */
export function hasContent(draft: Draft): boolean {
  return draft.group !== null || draft.text.trim() !== '' || draft.lifeDomains.length > 0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function oneOf<T extends string>(list: readonly T[], v: unknown): T | null {
  return typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : null;
}

/**
 * Reads a stored draft defensively (it may be old, edited or corrupt) and drops choices the round no
 * longer offers, so a restored draft can always be sent.
 */
export function restoreDraft(stored: unknown, round: PublicRoundResponse): Draft {
  const base = emptyDraft();
  if (!stored || typeof stored !== 'object') return base;
  const s = stored as Record<string, unknown>;
  const group = oneOf(PARTICIPANT_GROUPS, s['group']);
  const domains = new Set(round.lifeDomains.map((d) => d.code));
  const wijk = str(s['wijk']);
  const inputLine = str(s['inputLine']);
  const key = str(s['idempotencyKey']);
  const code = str(s['returnCode']);
  return {
    accessCode: str(s['accessCode']),
    group: group && round.allowedGroups.includes(group) ? group : null,
    ageBand: oneOf(AGE_BANDS, s['ageBand']),
    consent: s['consent'] === true,
    kind: oneOf(SUBMISSION_KINDS, s['kind']),
    text: str(s['text']),
    lifeDomains: Array.isArray(s['lifeDomains'])
      ? [...new Set(s['lifeDomains'].filter((d): d is string => typeof d === 'string' && domains.has(d)))]
      : [],
    wijk: round.wijken.some((w) => w.code === wijk) ? wijk : '',
    inputLine: round.inputLines.some((l) => l.code === inputLine) ? inputLine : '',
    quoteConsent: s['quoteConsent'] === true,
    idempotencyKey: UUID.test(key) ? key : base.idempotencyKey,
    returnCode: code || null,
  };
}

/** The request for a draft that validateDraft has passed; `website` is the honeypot's value. */
export function toRequest(d: Draft, round: PublicRoundResponse, website: string): CreateSubmissionRequest {
  // validateDraft has checked group and kind; the fallbacks only satisfy the type checker.
  const group = d.group ?? 'youth';
  return {
    idempotencyKey: d.idempotencyKey,
    returnCode: d.returnCode ?? undefined,
    accessCode: round.requiresAccessCode ? d.accessCode.trim() : undefined,
    group,
    ageBand: group === 'youth' ? (d.ageBand ?? undefined) : undefined,
    kind: d.kind ?? 'question',
    text: d.text.trim(),
    lifeDomains: d.lifeDomains,
    wijk: d.wijk || undefined,
    inputLine: d.inputLine || undefined,
    quoteConsent: d.quoteConsent,
    consent: true,
    website,
  };
}
