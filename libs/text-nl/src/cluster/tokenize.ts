import type { LanguageTools } from './language';

const URL_OR_MAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/g;
const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHE_IN_WORD = /(\p{L})['’](\p{L})/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const HAS_LETTER = /\p{L}/u;

/** Lowercases, folds diacritics (ë → e) and removes links and e-mail addresses. */
export function normalizeText(text: string): string {
  return text
    .replace(URL_OR_MAIL, ' ')
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(APOSTROPHE_IN_WORD, '$1$2');
}

/** Word tokens of a text: letters/digits runs with at least one letter, length ≥ 2 ("auto's" → "autos"). */
export function wordTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeText(text).matchAll(WORD)) {
    const w = m[0];
    if (w.length >= 2 && HAS_LETTER.test(w)) out.push(w);
  }
  return out;
}

export interface ContentToken {
  /** The word as written (lowercased, diacritics folded). */
  surface: string;
  stem: string;
}

/** Content tokens: stopwords removed, each with its stem. */
export function contentTokens(text: string, tools: LanguageTools): ContentToken[] {
  const out: ContentToken[] = [];
  for (const w of wordTokens(text)) {
    if (tools.stopwords.has(w)) continue;
    const stem = tools.stem(w);
    if (stem.length >= 2) out.push({ surface: w, stem });
  }
  return out;
}
