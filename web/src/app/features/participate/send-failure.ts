/** Why sending a draft failed, as far as the page has to act on it. */
export type SendFailure =
  | 'accessCode'
  | 'unknownCode'
  | 'idempotencyConflict'
  | 'closed'
  | 'network'
  | 'tooMany'
  | 'roundGone'
  | 'badRequest';

/** What the participant reads for each failure (the access code's shows at its field instead). */
export const SEND_FAILURE_KEYS: Record<Exclude<SendFailure, 'accessCode'>, string> = {
  unknownCode: 'participate.errors.unknownCode',
  idempotencyConflict: 'participate.errors.retry',
  closed: 'participate.errors.closed',
  network: 'participate.errors.network',
  tooMany: 'participate.errors.tooMany',
  roundGone: 'participate.errors.roundGone',
  badRequest: 'participate.errors.badRequest',
};

/**
 * `status` 0 means no answer at all. A network error or 5xx keeps the draft and its idempotency key,
 * so pressing Send again cannot create a second submission. A 404 for a draft with a code means the
 * server no longer knows the code (deleted), unless it says the round itself is gone.
 */
export function classifySendFailure(
  status: number,
  serverMessage: string | null,
  sentWithCode: boolean,
): SendFailure {
  if (status === 403) return 'accessCode';
  if (status === 404)
    return sentWithCode && !/no round/i.test(serverMessage ?? '') ? 'unknownCode' : 'roundGone';
  if (status === 409) return /idempotency/i.test(serverMessage ?? '') ? 'idempotencyConflict' : 'closed';
  if (status === 0 || status >= 500) return 'network';
  if (status === 429) return 'tooMany';
  return 'badRequest';
}
