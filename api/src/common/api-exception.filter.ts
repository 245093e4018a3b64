import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError, ApiProblem } from '@inbreng/contracts';
import type { Request, Response } from 'express';
import { ThrottlerException } from '@nestjs/throttler';
import { QueryFailedError } from 'typeorm';
import { isConnectionError } from './database-errors';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The API's one error shape; never a stack trace, never an internal message for 5xx. */
export function errorBody(
  status: number,
  message: string,
  details?: string[],
  requestId?: string,
  problems?: ApiProblem[],
): ApiError {
  return {
    statusCode: status,
    error: REASONS[status] ?? 'Error',
    message,
    ...(details && details.length ? { details } : {}),
    ...(problems && problems.length ? { problems } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

/** Limits run from a minute (submitting) to an hour (e-mail): say how long, roughly. */
export function tooManyMessage(waitSeconds: number | null): string {
  if (waitSeconds === null || waitSeconds <= 60) return 'Too many attempts. Wait a minute and try again.';
  return `Too many attempts. Wait ${Math.ceil(waitSeconds / 60)} minutes and try again.`;
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { id?: string }>();
    const requestId = typeof req.id === 'string' ? req.id : undefined;

    if (exception instanceof ThrottlerException) {
      // The throttler names its header per limit (Retry-After-login-ip); clients know the standard one.
      const waits = Object.entries(res.getHeaders())
        .filter(([name]) => name.toLowerCase().startsWith('retry-after'))
        .map(([, value]) => Number(value))
        .filter((n) => Number.isFinite(n));
      const wait = waits.length ? Math.max(...waits) : null;
      if (wait !== null) res.setHeader('Retry-After', String(wait));
      res.status(429).json(errorBody(429, tooManyMessage(wait), undefined, requestId));
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      let message = exception.message;
      let details: string[] | undefined;
      let problems: ApiProblem[] | undefined;
      if (typeof body === 'object' && body !== null) {
        const b = body as { message?: unknown; details?: unknown; problems?: unknown };
        if (typeof b.message === 'string') message = b.message;
        else if (Array.isArray(b.message)) message = b.message.map(String).join('; ');
        if (Array.isArray(b.details)) details = b.details.map(String);
        // Only services put `problems` on an exception, already in the ApiProblem shape.
        if (Array.isArray(b.problems)) problems = b.problems as ApiProblem[];
      }
      if (status === 404 && message.startsWith('Cannot '))
        message = `No such endpoint: ${req.method} ${req.path}`;
      res.status(status).json(errorBody(status, message, details, requestId, problems));
      return;
    }
    if (exception instanceof QueryFailedError) {
      // Last line of defence: services validate first, so reaching here is a bug worth logging,
      // but the client still gets an honest 4xx instead of a 500 for its own bad data.
      const code = String((exception as QueryFailedError & { code?: string }).code ?? '');
      this.logger.warn({ code, requestId }, 'Database refused a request');
      if (code.startsWith('23')) {
        res.status(409).json(errorBody(409, 'This conflicts with existing data.', undefined, requestId));
        return;
      }
      if (code.startsWith('22')) {
        res.status(400).json(errorBody(400, 'A value in the request is not valid.', undefined, requestId));
        return;
      }
    }
    if (isConnectionError(exception)) {
      this.logger.error({ err: exception, requestId }, 'Database unavailable');
      res.status(503).json(errorBody(503, 'The service is temporarily unavailable.', undefined, requestId));
      return;
    }
    this.logger.error({ err: exception, requestId }, 'Unhandled error');
    res
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json(errorBody(500, 'Something went wrong on our side. Please try again.', undefined, requestId));
  }
}
