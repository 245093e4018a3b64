import { foldWord, normalizeForMatching, sentenceSpans, tokenize } from './normalize';

describe('normalize', () => {
  it('normalizeForMatching lowercases and folds diacritics without changing length', () => {
    const text = 'Suïcide, Één café — ‘zo’ İ';
    const norm = normalizeForMatching(text);
    expect(norm).toHaveLength(text.length);
    expect(norm.startsWith("suicide, een cafe - 'zo'")).toBe(true);
  });

  it('foldWord folds for word-list lookups', () => {
    expect(foldWord('Zorgcoördinator')).toBe('zorgcoordinator');
  });

  it('tokenize returns offsets', () => {
    expect(tokenize("m'n zoon, Daan!")).toEqual([
      { text: "m'n", start: 0, end: 3 },
      { text: 'zoon', start: 4, end: 8 },
      { text: 'Daan', start: 10, end: 14 },
    ]);
  });

  it('sentenceSpans does not split decimals', () => {
    const text = 'Ik had een 7.5. Super!';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Ik had een 7.5.',
      ' Super!',
    ]);
  });
});
