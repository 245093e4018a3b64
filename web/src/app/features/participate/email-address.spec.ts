import { EMAIL_MAX, emailProblem } from './email-address';

describe('checking a typed e-mail address', () => {
  it('accepts ordinary addresses, with spaces around them', () => {
    for (const ok of [
      'naam@voorbeeld.nl',
      ' Jongere.Test+inbreng@Example.org ',
      'a@b.co',
      'x@mail.school.nl',
    ])
      expect(emailProblem(ok)).toBeNull();
  });

  it('asks for an address when there is none', () => {
    expect(emailProblem('')).toBe('emailCode.errors.required');
    expect(emailProblem('   ')).toBe('emailCode.errors.required');
  });

  it('catches the usual typos', () => {
    for (const bad of [
      'naam',
      'naam@',
      '@voorbeeld.nl',
      'naam@voorbeeld',
      'naam@voorbeeld.',
      'naam @voorbeeld.nl',
      'naam@@voorbeeld.nl',
      'naam@voorbeeld..nl',
      'naam@voorbeeld.n',
    ])
      expect(emailProblem(bad)).toBe('emailCode.errors.invalid');
  });

  it('refuses what is too long for a mail server', () => {
    const long = `${'a'.repeat(EMAIL_MAX - 'x@voorbeeld.nl'.length + 1)}x@voorbeeld.nl`;
    expect(long.length).toBe(EMAIL_MAX + 1);
    expect(emailProblem(long)).toBe('emailCode.errors.tooLong');
    expect(emailProblem(long.slice(1))).toBeNull();
  });
});
