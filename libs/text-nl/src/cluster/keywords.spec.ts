import { themeKeywords } from './keywords';
import { languageTools } from './language';
import { contentTokens } from './tokenize';

describe('themeKeywords', () => {
  const tools = languageTools('nl');
  const texts = [
    'De wachtlijsten bij de psycholoog zijn veel te lang',
    'Ik sta al maanden op een wachtlijst voor de psycholoog',
    'Wachtlijsten voor jeugdhulp moeten korter',
    'Voetbal kost te veel geld voor ons gezin',
    'Gratis sporten en voetbal voor kinderen zonder geld',
    'Sporten bij de club is te duur voor veel gezinnen',
  ];
  const tokens = texts.map((t) => contentTokens(t, tools));
  const result = themeKeywords(tokens, [0, 0, 0, 1, 1, 1], 2);

  it('names each cluster with its distinctive words, shown as written, not as stems', () => {
    expect(result[0]!.keywords.slice(0, 2).sort()).toEqual(['psycholoog', 'wachtlijsten']);
    expect(result[1]!.keywords).toEqual(expect.arrayContaining(['voetbal', 'geld', 'sporten']));
    for (const r of result)
      for (const k of r.keywords) expect(tools.stem(k) === k && k.endsWith('lijst')).toBe(false);
  });

  it('builds a capitalised label from the top keywords', () => {
    expect(result[0]!.label).toMatch(/^[A-Z][a-z]+, [a-z]+/);
    expect(result[0]!.label.split(', ').length).toBeGreaterThanOrEqual(2);
    expect(result[1]!.label.split(', ').length).toBe(3);
  });

  it('ignores words that occur in only one text of a cluster', () => {
    expect(result[0]!.keywords).not.toContain('jeugdhulp');
  });

  it('returns empty labels for empty clusters', () => {
    expect(themeKeywords(tokens, [0, 0, 0, 0, 0, 0], 2)[1]).toEqual({ keywords: [], label: '' });
  });
});
