import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@inbreng/contracts';
import { errorKey, serverMessage } from '../../../core/api-error';

/** What went wrong with a request, ready to show: an i18n key plus the server's own lines. */
export interface ApiProblem {
  key: string;
  status: number;
  lines: string[];
}

export function toApiProblem(err: unknown): ApiProblem {
  const status = err instanceof HttpErrorResponse ? err.status : 0;
  const body =
    err instanceof HttpErrorResponse && err.error && typeof err.error === 'object'
      ? (err.error as Partial<ApiError>)
      : {};
  const details = Array.isArray(body.details) ? body.details.filter((d) => typeof d === 'string') : [];
  const message = serverMessage(err);
  let lines: string[] = [];
  if (status === 400 || status === 409 || status === 422) {
    lines = details.length ? details : message ? [message] : [];
  }
  const key = status === 409 ? 'staffArea.conflict' : errorKey(err);
  return { key, status, lines };
}
