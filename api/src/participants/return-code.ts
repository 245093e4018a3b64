import { RETURN_CODE_ALPHABET, RETURN_CODE_LENGTH } from '@inbreng/contracts';
import { createHash, createHmac } from 'node:crypto';

export { formatReturnCode, RETURN_CODE_ALPHABET, RETURN_CODE_LENGTH } from '@inbreng/contracts';

/**
 * The return code of a new participant, derived from the client's random idempotency key with
 * a server secret: a retried first submission gets the very same code back, while nothing but
 * the code's hash is ever stored.
 */
export function deriveReturnCode(secret: string, idempotencyKey: string): string {
  const digest = createHmac('sha256', secret).update(`return-code:${idempotencyKey}`).digest();
  let n = BigInt(`0x${digest.toString('hex')}`); // 256 bits: the modulo bias over 89 bits is negligible
  const base = BigInt(RETURN_CODE_ALPHABET.length);
  let out = '';
  for (let i = 0; i < RETURN_CODE_LENGTH; i++) {
    out += RETURN_CODE_ALPHABET[Number(n % base)];
    n /= base;
  }
  return out;
}

/** Accepts what people type: any case, spaces or dashes. Returns null when it cannot be a code. */
export function normalizeReturnCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== RETURN_CODE_LENGTH) return null;
  for (const ch of code) if (!RETURN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

export function hashReturnCode(code: string): string {
  return createHash('sha256').update(`rc:${code}`).digest('hex');
}

export function hashIdempotencyKey(key: string): string {
  return createHash('sha256').update(`idem:${key}`).digest('hex');
}

export function hashAccessCode(secret: string, code: string): string {
  return createHmac('sha256', secret).update(`access-code:${code.trim().toLowerCase()}`).digest('hex');
}
