import { ArgumentsHost, BadRequestException, NotFoundException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { QueryFailedError } from 'typeorm';
import { ApiExceptionFilter } from './api-exception.filter';

function host() {
  const res = {
    statusCode: 0,
    body: undefined as unknown,
    headers: {} as Record<string, string>,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    json(b: unknown) {
      this.body = b;
      return this;
    },
    getHeaders() {
      return this.headers;
    },
    setHeader(k: string, v: string) {
      this.headers[k] = v;
    },
  };
  const req = { id: 'req-1', method: 'GET', path: '/api/x' };
  const h = {
    switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }),
  } as unknown as ArgumentsHost;
  return { h, res };
}

describe('ApiExceptionFilter', () => {
  const filter = new ApiExceptionFilter();

  it('keeps validation details', () => {
    const { h, res } = host();
    filter.catch(new BadRequestException({ message: 'Invalid request: a', details: ['a'] }), h);
    expect(res.statusCode).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid request: a',
      details: ['a'],
      requestId: 'req-1',
    });
  });

  it('rewrites the router 404 into a readable message', () => {
    const { h, res } = host();
    filter.catch(new NotFoundException('Cannot GET /api/x'), h);
    expect(res.body).toMatchObject({ statusCode: 404, message: 'No such endpoint: GET /api/x' });
  });

  it('turns constraint violations into 409 and bad values into 400, not 500', () => {
    const unique = Object.assign(new QueryFailedError('q', [], new Error('dup')), { code: '23505' });
    const badValue = Object.assign(new QueryFailedError('q', [], new Error('bad')), { code: '22P02' });
    const a = host();
    filter.catch(unique, a.h);
    expect(a.res.statusCode).toBe(409);
    const b = host();
    filter.catch(badValue, b.h);
    expect(b.res.statusCode).toBe(400);
  });

  it('hides internal errors behind a generic 500 without details', () => {
    const { h, res } = host();
    filter.catch(new Error('secret internals at /srv/app.ts:12'), h);
    expect(res.statusCode).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('secret');
  });

  it('says roughly how long to wait when a client is throttled, and sets the standard Retry-After', () => {
    const short = host();
    short.res.headers['Retry-After-submit'] = '42';
    filter.catch(new ThrottlerException(), short.h);
    expect(short.res.statusCode).toBe(429);
    expect((short.res.body as { message: string }).message).toBe(
      'Too many attempts. Wait a minute and try again.',
    );
    const long = host();
    long.res.headers['Retry-After-mail'] = '3412';
    long.res.headers['Retry-After-submit'] = '10';
    filter.catch(new ThrottlerException(), long.h);
    expect(long.res.headers['Retry-After']).toBe('3412');
    expect((long.res.body as { message: string }).message).toBe(
      'Too many attempts. Wait 57 minutes and try again.',
    );
  });
});
