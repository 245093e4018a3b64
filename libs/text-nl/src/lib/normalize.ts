/**
 * Text helpers shared by the detectors.
 *
 * `normalizeForMatching` is length-preserving on purpose: detectors run their
 * regexes on the normalised string and report offsets into the original text,
 * so every UTF-16 code unit must map to exactly one code unit.
 */

const foldCache = new Map<string, string>();

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const COMBINING = /[\u0300-\u036f]/g;

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (SINGLE_QUOTES.test(ch)) out = "'";
  else if (DOUBLE_QUOTES.test(ch)) out = '"';
  else if (DASHES.test(ch)) out = '-';
  else if (SPACES.test(ch)) out = ' ';
  else {
    const lower = ch.toLowerCase();
    // Some characters lowercase to two code units (e.g. U+0130); keep those as-is to preserve offsets.
    const base = lower.length === 1 ? lower : ch;
    const stripped = base.normalize('NFD').replace(COMBINING, '');
    out = stripped.length === 1 ? stripped : base;
  }
  foldCache.set(ch, out);
  return out;
}

/** Anything outside printable ASCII and common whitespace takes the per-character path. */
const NEEDS_FOLDING = /[^\t\n\r -~]/;

/**
 * Lowercases, folds diacritics (ë → e, ï → i) and typographic quotes/dashes,
 * returning a string of exactly the same length as the input.
 */
export function normalizeForMatching(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text.charAt(i);
    } else {
      out += foldChar(text.charAt(i));
    }
  }
  return out;
}

/** Lowercase + diacritics folding for word-list lookups (not length-preserving). */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[\u2018\u2019`\u00B4]/g, "'");
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/** Splits text into word tokens with offsets (punctuation and whitespace are dropped). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    tokens.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return tokens;
}

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?\n]+/g;

/** Sentence ranges; a full stop between two digits ("3.5") does not end a sentence. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    const before = text.charAt(m.index - 1);
    const after = text.charAt(m.index + m[0].length);
    if (m[0] === '.' && /\d/.test(before) && /\d/.test(after)) continue;
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
