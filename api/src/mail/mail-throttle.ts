import { SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { ThrottlerOptions } from '@nestjs/throttler';

const MAIL_THROTTLED = 'inbreng:mail-throttled';

/** Marks a route that sends e-mail: the `mail` throttler counts its requests per client. */
export const MailThrottled = () => SetMetadata(MAIL_THROTTLED, true);

/**
 * Requests that send e-mail, per client per hour. The throttler applies to marked routes only, so the other
 * routes behind ThrottlerGuard need not skip it one by one.
 */
export function mailThrottler(limitPerHour: number): ThrottlerOptions {
  return {
    name: 'mail',
    ttl: 3600_000,
    limit: limitPerHour,
    skipIf: (context: ExecutionContext) => Reflect.getMetadata(MAIL_THROTTLED, context.getHandler()) !== true,
  };
}
