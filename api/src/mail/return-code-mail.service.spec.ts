import { MAIL_ATTEMPTS, mailRetry } from './return-code-mail.service';

describe('retrying a mail job', () => {
  it('backs off exponentially from the configured delay, allowing one attempt more than the outbox counts', () => {
    expect(mailRetry(30)).toEqual({ retryLimit: MAIL_ATTEMPTS, retryDelay: 30, retryBackoff: true });
    expect(MAIL_ATTEMPTS).toBe(5);
  });

  it('retries at once when the delay is 0 (pg-boss would make a backoff wait at least a second)', () => {
    expect(mailRetry(0)).toEqual({ retryLimit: MAIL_ATTEMPTS, retryDelay: 0, retryBackoff: false });
  });
});
