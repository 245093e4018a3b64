const ADDRESS = /[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/g;
const MAX = 300;

/**
 * What to keep of a failed send: the error code, the SMTP reply code and the message with every e-mail address
 * replaced (servers often repeat the recipient: "550 5.1.1 <x@y>: Recipient address rejected"). Stored in
 * the outbox, logged, and thrown into the job queue, so it must never carry the address.
 */
export function describeSendError(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    code?: unknown;
    responseCode?: unknown;
    message?: unknown;
  };
  const prefix = [e.code, e.responseCode]
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .join(' ');
  const message = (typeof e.message === 'string' ? e.message : String(err)).replace(ADDRESS, '[address]');
  const out = (prefix ? `${prefix}: ${message}` : message).replace(/\s+/g, ' ').trim();
  return out.length > MAX ? `${out.slice(0, MAX - 1)}…` : out;
}
