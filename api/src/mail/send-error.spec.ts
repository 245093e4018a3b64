import { describeSendError } from './send-error';

describe('describing a failed send', () => {
  it('keeps the codes and drops every address', () => {
    const err = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <Jongere.Test+1@Example.org>: rejected",
      ),
      { code: 'EENVELOPE', responseCode: 550 },
    );
    const out = describeSendError(err);
    expect(out).toBe(
      "EENVELOPE 550: Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: rejected",
    );
    expect(describeSendError(new Error('to a@b.nl, "c.d@e.com" and (f@g.h)'))).toBe(
      'to [address], "[address]" and ([address])',
    );
  });

  it('copes with anything thrown, and stays short', () => {
    expect(describeSendError('x@y.z went wrong')).toBe('[address] went wrong');
    expect(describeSendError(undefined)).toBe('undefined');
    expect(describeSendError(new Error('x'.repeat(1000))).length).toBe(300);
  });
});
