import { OutboxCipher } from './outbox-cipher';

describe('the outbox cipher', () => {
  const cipher = new OutboxCipher('a-return-code-secret-of-length');

  it('opens what it sealed, for the same context', () => {
    const sealed = cipher.seal('jongere@example.org', 'row-1:recipient');
    expect(cipher.open(sealed, 'row-1:recipient')).toBe('jongere@example.org');
    expect(cipher.open(cipher.seal('', 'c'), 'c')).toBe('');
    expect(cipher.open(cipher.seal('héél 🙂 lang'.repeat(50), 'c'), 'c')).toBe('héél 🙂 lang'.repeat(50));
  });

  it('never shows the plaintext and never seals the same text twice alike (random IV)', () => {
    const a = cipher.seal('jongere@example.org', 'ctx');
    const b = cipher.seal('jongere@example.org', 'ctx');
    expect(a.equals(b)).toBe(false);
    expect(a.toString('latin1')).not.toContain('jongere');
    expect(a.length).toBe(1 + 12 + 16 + 'jongere@example.org'.length);
  });

  it('refuses another context, another secret, a changed byte and garbage', () => {
    const sealed = cipher.seal('jongere@example.org', 'row-1:recipient');
    expect(() => cipher.open(sealed, 'row-2:recipient')).toThrow();
    expect(() => cipher.open(sealed, 'row-1:payload')).toThrow();
    expect(() =>
      new OutboxCipher('another-secret-of-enough-length').open(sealed, 'row-1:recipient'),
    ).toThrow();
    for (const i of [0, 5, 20, sealed.length - 1]) {
      const changed = Buffer.from(sealed);
      changed[i] = (changed[i] ?? 0) ^ 1;
      expect(() => cipher.open(changed, 'row-1:recipient')).toThrow();
    }
    expect(() => cipher.open(Buffer.from('short'), 'row-1:recipient')).toThrow(/not a sealed/);
  });
});
