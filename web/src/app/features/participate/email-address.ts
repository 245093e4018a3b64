/** The longest address mail servers accept (RFC 5321 path limit); the API refuses longer ones too. */
export const EMAIL_MAX = 254;

/** Something@something.tld with no spaces: catches typos; the API checks properly. */
const SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/;

/** The i18n key of what is wrong with a typed address, or null when it may be sent. */
export function emailProblem(raw: string): string | null {
  const value = raw.trim();
  if (!value) return 'emailCode.errors.required';
  if (value.length > EMAIL_MAX) return 'emailCode.errors.tooLong';
  if (!SHAPE.test(value)) return 'emailCode.errors.invalid';
  return null;
}
