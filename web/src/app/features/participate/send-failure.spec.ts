import { classifySendFailure } from './send-failure';

describe('classifySendFailure', () => {
  it.each([
    [403, null, false, 'accessCode'],
    [404, 'We do not know this return code.', true, 'unknownCode'],
    [404, 'There is no round at "/r/x".', false, 'roundGone'],
    [404, 'There is no round at "/r/x".', true, 'roundGone'],
    [404, null, true, 'unknownCode'],
    [409, 'This idempotency key was already used for other input.', true, 'idempotencyConflict'],
    [409, 'This round is closed.', false, 'closed'],
    [0, null, false, 'network'],
    [503, 'The service is temporarily unavailable.', false, 'network'],
    [429, null, false, 'tooMany'],
    [400, 'Invalid request', false, 'badRequest'],
    [413, null, false, 'badRequest'],
  ] as const)('%i (%s, with code: %s) → %s', (status, message, withCode, expected) => {
    expect(classifySendFailure(status, message, withCode)).toBe(expected);
  });
});
