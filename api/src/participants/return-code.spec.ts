import {
  deriveReturnCode,
  formatReturnCode,
  hashAccessCode,
  normalizeReturnCode,
  RETURN_CODE_ALPHABET,
  RETURN_CODE_LENGTH,
} from './return-code';
import { randomUUID } from 'node:crypto';

describe('return codes', () => {
  it('carry at least 80 bits and use no ambiguous characters', () => {
    expect(RETURN_CODE_LENGTH * Math.log2(RETURN_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(80);
    for (const ch of '01OIL') expect(RETURN_CODE_ALPHABET).not.toContain(ch);
  });

  it('are the same for the same idempotency key and secret, different otherwise', () => {
    const key = randomUUID();
    expect(deriveReturnCode('secret-secret-secret', key)).toBe(deriveReturnCode('secret-secret-secret', key));
    expect(deriveReturnCode('secret-secret-secret', key)).not.toBe(
      deriveReturnCode('other-secret-secret', key),
    );
    expect(deriveReturnCode('secret-secret-secret', key)).not.toBe(
      deriveReturnCode('secret-secret-secret', randomUUID()),
    );
  });

  it('never change for a given key and secret (a retried first submission must get the same code)', () => {
    expect(
      deriveReturnCode('inbreng-development-return-code-secret', '5f0c8a8e-3f7b-4c1e-9a51-2b6f1f7d9c11'),
    ).toBe('METSBUSH8SSFZZW254');
    expect(deriveReturnCode('secret-secret-secret', 'k')).toBe('84VFWZ42QJ8CT92UH2');
  });

  it('spread over the whole alphabet (no character is starved)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      for (const ch of deriveReturnCode('s'.repeat(16), `k${i}`)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    const expected = (2000 * RETURN_CODE_LENGTH) / RETURN_CODE_ALPHABET.length;
    expect(counts.size).toBe(RETURN_CODE_ALPHABET.length);
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15);
  });

  it('are shown in groups of three and read back however they are typed', () => {
    const code = deriveReturnCode('secret-secret-secret', 'k');
    const shown = formatReturnCode(code);
    expect(shown).toMatch(/^([A-Z2-9]{3}-){5}[A-Z2-9]{3}$/);
    expect(normalizeReturnCode(shown.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normalizeReturnCode('ABC')).toBeNull();
    expect(normalizeReturnCode(`${code.slice(0, -1)}0`)).toBeNull();
  });

  it('hash access codes case- and space-insensitively', () => {
    expect(hashAccessCode('s'.repeat(16), ' Klas3B ')).toBe(hashAccessCode('s'.repeat(16), 'klas3b'));
  });
});
