import {
  AGE_BANDS,
  PARTICIPANT_GROUPS,
  type AgeBand,
  type BallotRequest,
  type ParticipantGroup,
  type PublicPrioritisationResponse,
} from '@inbreng/contracts';

/**
 * A participant's ballot while they fill it in (ranking method). `order` holds the picks in the order the
 * participant put them; the first `rankTop` of it are their ranked top. Pure functions only, so the rules
 * are tested without a browser.
 */
export interface BallotDraft {
  accessCode: string;
  group: ParticipantGroup | null;
  ageBand: AgeBand | null;
  consent: boolean;
  /** Picked research question ids, in the participant's order (most important first). */
  order: string[];
  idempotencyKey: string;
  returnCode: string | null;
}

export type BallotField = 'accessCode' | 'group' | 'ageBand' | 'consent' | 'picks';

export interface BallotProblem {
  field: BallotField;
  key: string;
  params?: Record<string, string | number>;
}

export type ToggleResult = { ok: true; draft: BallotDraft } | { ok: false; reason: 'full' };

export function emptyBallot(idempotencyKey: string): BallotDraft {
  return {
    accessCode: '',
    group: null,
    ageBand: null,
    consent: false,
    order: [],
    idempotencyKey,
    returnCode: null,
  };
}

/** Adds or removes a pick. Adding beyond `maxPicks` is refused (the page says why) rather than silently ignored. */
export function togglePick(draft: BallotDraft, id: string, maxPicks: number): ToggleResult {
  if (draft.order.includes(id)) {
    return { ok: true, draft: { ...draft, order: draft.order.filter((x) => x !== id) } };
  }
  if (draft.order.length >= maxPicks) return { ok: false, reason: 'full' };
  return { ok: true, draft: { ...draft, order: [...draft.order, id] } };
}

/** Moves the item at `from` to `to` (both clamped to the list); used by the buttons and by drag and drop. */
export function moveItem(order: readonly string[], from: number, to: number): string[] {
  const out = [...order];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(target, 0, item);
  return out;
}

/** How many of the picks get a rank: the round's top size, or fewer when fewer were picked. */
export function rankedCount(draft: BallotDraft, rankTop: number): number {
  return Math.min(rankTop, draft.order.length);
}

export function ranking(draft: BallotDraft, rankTop: number): string[] {
  return draft.order.slice(0, rankedCount(draft, rankTop));
}

export function whoDone(draft: BallotDraft): boolean {
  return draft.group !== null && (draft.group !== 'youth' || draft.ageBand !== null);
}

/** What must be fixed before the "who" step (and, with picks, the whole ballot) may go on. */
export function validateWho(draft: BallotDraft, requiresAccessCode: boolean): BallotProblem[] {
  const out: BallotProblem[] = [];
  if (requiresAccessCode && !draft.accessCode.trim()) {
    out.push({ field: 'accessCode', key: 'prioritise.who.accessRequired' });
  }
  // With a return code the participant's group is already known to the server and stays as it was.
  if (!draft.returnCode) {
    if (!draft.group) out.push({ field: 'group', key: 'participate.who.groupRequired' });
    if (draft.group === 'youth' && !draft.ageBand) {
      out.push({ field: 'ageBand', key: 'participate.who.ageRequired' });
    }
  }
  if (!draft.consent) out.push({ field: 'consent', key: 'prioritise.who.consentRequired' });
  return out;
}

export function validatePicks(draft: BallotDraft, maxPicks: number): BallotProblem[] {
  if (draft.order.length === 0) return [{ field: 'picks', key: 'prioritise.pick.required' }];
  if (draft.order.length > maxPicks) {
    return [{ field: 'picks', key: 'prioritise.pick.tooMany', params: { max: maxPicks } }];
  }
  return [];
}

/** Who votes, as every ballot and pairwise vote sends it. */
export function voter(
  draft: BallotDraft,
  settings: Pick<PublicPrioritisationResponse, 'allowedGroups'>,
  opts: { requiresAccessCode: boolean; honeypot: string },
): Pick<BallotRequest, 'returnCode' | 'accessCode' | 'group' | 'ageBand' | 'consent' | 'website'> {
  // Without a code the "who" step has checked the group; with one the server keeps the group it knows
  // and ignores this field, which the request still needs.
  const group = draft.group ?? settings.allowedGroups[0] ?? 'youth';
  return {
    returnCode: draft.returnCode ?? undefined,
    accessCode: opts.requiresAccessCode ? draft.accessCode.trim() : undefined,
    group,
    ageBand: group === 'youth' ? (draft.ageBand ?? undefined) : undefined,
    consent: true,
    website: opts.honeypot,
  };
}

export function toBallotRequest(
  draft: BallotDraft,
  settings: Pick<PublicPrioritisationResponse, 'rankTop' | 'allowedGroups'>,
  opts: { requiresAccessCode: boolean; honeypot: string },
): BallotRequest {
  return {
    idempotencyKey: draft.idempotencyKey,
    ...voter(draft, settings, opts),
    picks: [...draft.order],
    ranking: ranking(draft, settings.rankTop),
  };
}

/**
 * A stored ballot back into the participant's order: the ranked top first, then the other picks as they
 * were stored. Questions no longer on the shortlist are dropped, and the list is cut at `maxPicks`.
 */
export function orderFromBallot(
  stored: { picks: readonly string[]; ranking: readonly string[] },
  shortlist: readonly string[],
  maxPicks: number,
): string[] {
  const live = new Set(shortlist);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of [...stored.ranking, ...stored.picks]) {
    if (!live.has(id) || seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out.slice(0, maxPicks);
}

/** All pairs of a shortlist of `n`: what "you compared x of y" counts towards. */
export function pairCount(n: number): number {
  return n < 2 ? 0 : (n * (n - 1)) / 2;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(list: readonly T[], v: unknown): T | null {
  return typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : null;
}

/**
 * Reads a ballot kept on this device defensively (it may be old, edited or from before the shortlist
 * changed): unknown groups and questions are dropped, so a restored ballot can always be sent.
 */
export function restoreBallot(
  stored: unknown,
  settings: Pick<PublicPrioritisationResponse, 'allowedGroups' | 'maxPicks' | 'questions'>,
  freshKey: string,
): BallotDraft {
  const base = emptyBallot(freshKey);
  if (!stored || typeof stored !== 'object') return base;
  const s = stored as Record<string, unknown>;
  const group = oneOf(PARTICIPANT_GROUPS, s['group']);
  const order = Array.isArray(s['order']) ? s['order'].filter((x): x is string => typeof x === 'string') : [];
  const key = typeof s['idempotencyKey'] === 'string' ? s['idempotencyKey'] : '';
  const code = typeof s['returnCode'] === 'string' ? s['returnCode'] : '';
  return {
    accessCode: typeof s['accessCode'] === 'string' ? s['accessCode'] : '',
    group: group && settings.allowedGroups.includes(group) ? group : null,
    ageBand: oneOf(AGE_BANDS, s['ageBand']),
    consent: s['consent'] === true,
    order: orderFromBallot(
      { picks: order, ranking: [] },
      settings.questions.map((q) => q.researchQuestionId),
      settings.maxPicks,
    ),
    idempotencyKey: UUID.test(key) ? key : freshKey,
    returnCode: code || null,
  };
}

/** Shown while the page loads (nothing can be picked yet). */
export function emptySettings(): PublicPrioritisationResponse {
  return {
    round: { slug: '', title: '', status: 'prioritising' },
    method: 'ranking',
    maxPicks: 10,
    rankTop: 3,
    questions: [],
    allowedGroups: [],
    acceptingVotes: false,
  };
}

/**
 * What a refused ballot means for the participant: the message, and what the page changes before a retry.
 * `keepKey` (network/server errors) resends the same idempotency key, so a first-time voter retrying
 * cannot end up with two return codes.
 */
export function ballotFailure(
  status: number,
  serverMessage: string | undefined,
  hadCode: boolean,
): { general: string; reaction: 'rejectAccessCode' | 'dropCode' | 'newKey' | 'keepKey' } {
  if (status === 403) return { general: 'prioritise.errors.accessCode', reaction: 'rejectAccessCode' };
  if (status === 404 && hadCode) return { general: 'prioritise.errors.unknownCode', reaction: 'dropCode' };
  if (status === 409 && /idempotency/i.test(serverMessage ?? '')) {
    return { general: 'participate.errors.retry', reaction: 'newKey' };
  }
  if (status === 409 || status === 404) return { general: 'prioritise.errors.closed', reaction: 'keepKey' };
  if (status === 0 || status >= 500) return { general: 'prioritise.errors.network', reaction: 'keepKey' };
  if (status === 429) return { general: 'participate.errors.tooMany', reaction: 'keepKey' };
  return { general: 'participate.errors.badRequest', reaction: 'keepKey' };
}

/** The control an error-summary link moves focus to (the first option of a group). */
export function fieldTarget(
  field: BallotField,
  settings: Pick<PublicPrioritisationResponse, 'allowedGroups' | 'questions'>,
): string {
  switch (field) {
    case 'accessCode':
      return 'b-access-code';
    case 'group':
      return `p-group-${settings.allowedGroups[0] ?? 'youth'}`;
    case 'ageBand':
      return 'p-age-12-15';
    case 'consent':
      return 'b-consent';
    case 'picks':
      return `b-pick-${settings.questions[0]?.researchQuestionId ?? ''}`;
  }
}
