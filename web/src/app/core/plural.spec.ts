import type { Translations } from './plural';
import { TRANSLATIONS } from '../../i18n';
import { pluralCategory, pluralKey, translatePlural } from './plural';

/** Just enough of TranslateService: lookup by dotted key and {{name}} interpolation. */
function fakeTranslate(lang: 'nl' | 'en'): Translations {
  const table = TRANSLATIONS[lang];
  const lookup = (key: string): unknown =>
    key
      .split('.')
      .reduce<unknown>(
        (n, part) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[part] : undefined),
        table,
      );
  return {
    getCurrentLang: () => lang,
    instant: (key: string, params: Record<string, unknown> = {}) => {
      const text = lookup(key);
      if (typeof text !== 'string') return key;
      return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name]));
    },
  } as Translations;
}

describe('plural forms', () => {
  it.each([
    ['nl', 1, 'one'],
    ['nl', 0, 'other'],
    ['nl', 2, 'other'],
    ['nl', 21, 'other'],
    ['en', 1, 'one'],
    ['en', 1.5, 'other'],
  ] as const)('%s %d → %s', (lang, n, category) => {
    expect(pluralCategory(lang, n)).toBe(category);
  });

  it('uses "zero" only when the text has that form', () => {
    expect(pluralCategory('nl', 0, true)).toBe('zero');
    expect(pluralKey(fakeTranslate('nl'), 'rq.themeCount', 0)).toBe('rq.themeCount.other');
  });

  it('says "1 stem" and "3 stemmen", "1 vote" and "3 votes"', () => {
    const nl = fakeTranslate('nl');
    const en = fakeTranslate('en');
    const line = 'prioritisation.response.lowLine';
    expect(translatePlural(nl, line, 1, { group: 'Ouders' })).toBe('Ouders: 1 stem');
    expect(translatePlural(nl, line, 3, { group: 'Ouders' })).toBe('Ouders: 3 stemmen');
    expect(translatePlural(en, line, 1, { group: 'Parents' })).toBe('Parents: 1 vote');
    expect(translatePlural(en, line, 0, { group: 'Parents' })).toBe('Parents: 0 votes');
  });
});
