import { languageTools } from './language';
import { contentTokens, normalizeText, wordTokens } from './tokenize';

describe('normalizeText / wordTokens', () => {
  it('lowercases, folds diacritics and drops links and e-mail addresses', () => {
    expect(normalizeText('Café Één')).toBe('cafe een');
    expect(wordTokens('Zie https://example.org/x of mail info@example.org nu')).toEqual([
      'zie',
      'of',
      'mail',
      'nu',
    ]);
  });

  it('joins apostrophes inside words and splits on hyphens, drops numbers and single letters', () => {
    expect(wordTokens("auto's en NMBS-personeel: 2017 x 18plus")).toEqual([
      'autos',
      'en',
      'nmbs',
      'personeel',
      '18plus',
    ]);
  });
});

describe('contentTokens', () => {
  it('removes Dutch stopwords and stems, keeping the written form', () => {
    const tokens = contentTokens('Ik sta al maanden op de wachtlijsten', languageTools('nl'));
    expect(tokens.map((t) => t.surface)).toEqual(['sta', 'maanden', 'wachtlijsten']);
    expect(tokens.find((t) => t.surface === 'wachtlijsten')!.stem).toBe('wachtlijst');
  });

  it('keeps English content words that the broad stopword list would drop', () => {
    const tokens = contentTokens('We need help at home and at school', languageTools('en'));
    expect(tokens.map((t) => t.surface)).toEqual(['help', 'home', 'school']);
  });
});
