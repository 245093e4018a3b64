/** What plural lookups need of ngx-translate's TranslateService (kept free of Angular for unit tests). */
export interface Translations {
  getCurrentLang(): string;
  instant(key: string, params?: Record<string, unknown>): unknown;
}

/**
 * Plural forms: a countable text is an object with one key per plural category of the language
 * (`{ "one": "1 stem", "other": "{{count}} stemmen" }`, optionally `"zero"` for a nicer "geen …").
 * The category comes from the platform's Intl.PluralRules, as i18next and ICU do it.
 */
export type PluralCategory = 'zero' | 'one' | 'other';

const rules = new Map<string, Intl.PluralRules>();

export function pluralCategory(lang: string, count: number, hasZero = false): PluralCategory {
  if (count === 0 && hasZero) return 'zero';
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    rules.set(lang, r);
  }
  // Dutch and English know only "one" and "other" for whole numbers; anything else reads as "other".
  return r.select(count) === 'one' ? 'one' : 'other';
}

/** The key of the form to use, e.g. `rq.themeCount.one`. */
export function pluralKey(translate: Translations, key: string, count: number): string {
  const lang = translate.getCurrentLang() ?? 'nl';
  const zeroKey = `${key}.zero`;
  const hasZero = count === 0 && translate.instant(zeroKey) !== zeroKey;
  return `${key}.${pluralCategory(lang, count, hasZero)}`;
}

/** The translated text in the right plural form, with `count` among its parameters. */
export function translatePlural(
  translate: Translations,
  key: string,
  count: number,
  params: Record<string, unknown> = {},
): string {
  return translate.instant(pluralKey(translate, key, count), { ...params, count }) as string;
}
