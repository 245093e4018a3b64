import { formatReturnCode, normalizeReturnCode, returnCodeGroups, spellReturnCode } from './return-code';

describe('return codes', () => {
  it('tolerate spaces, dashes and lowercase', () => {
    expect(normalizeReturnCode(' k7m 3q9-tdh–xvp w4a 2hr ')).toBe('K7M3Q9TDHXVPW4A2HR');
  });

  it('are shown in groups of three', () => {
    expect(formatReturnCode('k7m3q9tdhxvpw4a2hr')).toBe('K7M-3Q9-TDH-XVP-W4A-2HR');
    expect(returnCodeGroups('K7M-3Q9')).toEqual(['K7M', '3Q9']);
  });

  it('are spelled out one character at a time for screen readers', () => {
    expect(spellReturnCode('K7M-3Q9-TDH')).toBe('K 7 M, 3 Q 9, T D H');
  });
});
