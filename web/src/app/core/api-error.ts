import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@inbreng/contracts';

/** Turns any failed request into an i18n key (and the server's message, when it sent one). */
export function errorKey(err: unknown): string {
  if (err instanceof HttpErrorResponse) {
    if (err.status === 0) return 'errors.network';
    if (err.status === 401) return 'errors.unauthorized';
    if (err.status === 403) return 'errors.forbidden';
    if (err.status === 404) return 'errors.notFound';
    if (err.status === 429) return 'errors.tooMany';
    if (err.status >= 500) return 'errors.server';
    return 'errors.badRequest';
  }
  return 'errors.unknown';
}

export function serverMessage(err: unknown): string | undefined {
  if (err instanceof HttpErrorResponse && err.error && typeof err.error === 'object') {
    const body = err.error as Partial<ApiError>;
    return typeof body.message === 'string' ? body.message : undefined;
  }
  return undefined;
}
