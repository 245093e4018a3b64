import { ForbiddenException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { hashAccessCode } from './return-code';

/** A round with an access code admits only requests that carry it (403 otherwise). */
export function requireAccessCode(
  secret: string,
  expectedHash: string | null,
  given: string | undefined,
): void {
  if (!expectedHash) return;
  if (!given) throw new ForbiddenException('This round needs an access code.');
  const a = Buffer.from(hashAccessCode(secret, given));
  const b = Buffer.from(expectedHash);
  if (a.length !== b.length || !timingSafeEqual(a, b))
    throw new ForbiddenException('The access code is not correct.');
}
