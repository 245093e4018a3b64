/**
 * Detection and redaction of personal data in Dutch text: e-mail addresses,
 * Dutch phone numbers, postcodes, BSN (11-test), IBAN (mod-97), street
 * addresses and names that are introduced in the text ("ik heet Sanne",
 * "mijn zoon Daan", "mevrouw de Vries").
 *
 * Detection favours precision on numbers (checksums, context for ambiguous
 * forms) and recall on explicit introductions. Names are only found where the
 * text introduces them; a bare capitalised word is never treated as a name.
 */
import { foldWord } from './normalize';

export type PiiKind = 'email' | 'phone' | 'postcode' | 'bsn' | 'iban' | 'address' | 'name';

export interface PiiMatch {
  kind: PiiKind;
  start: number;
  end: number;
  value: string;
}

export const PII_KINDS: readonly PiiKind[] = ['email', 'phone', 'postcode', 'bsn', 'iban', 'address', 'name'];

export const PII_PLACEHOLDERS: Readonly<Record<PiiKind, string>> = {
  email: '[e-mailadres]',
  phone: '[telefoonnummer]',
  postcode: '[postcode]',
  bsn: '[BSN]',
  iban: '[IBAN]',
  address: '[adres]',
  name: '[naam]',
};

/** Lower number wins when two candidates overlap. */
const PRIORITY: Readonly<Record<PiiKind, number>> = {
  email: 0,
  iban: 1,
  phone: 2,
  bsn: 3,
  postcode: 4,
  address: 5,
  name: 6,
};

type Candidate = Omit<PiiMatch, 'value'>;

// ---------------------------------------------------------------------------
// E-mail
// ---------------------------------------------------------------------------

const EMAIL_RE =
  /(?<![\w.%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

function findEmails(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(EMAIL_RE)) {
    out.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
  }
}

// ---------------------------------------------------------------------------
// Phone numbers
// ---------------------------------------------------------------------------

// A national number is 0 + 9 digits; international +31/0031 + 9 digits (optionally "(0)").
// Between digits one separator is allowed: space, dash, dot, slash, or a closing bracket.
const PHONE_RE =
  /(?<![\w+@.,/\u2010-\u2015-])(?:(?:\+|00)31[ \u00A0]?(?:\(0\)[ \u00A0]?)?(?:[-\u2010-\u2015][ \u00A0]?)?|\(0(?=\d{1,3}\))|0(?:[ \u00A0]?[-./\u2010-\u2015][ \u00A0]?)?)(\d(?:(?:[ \u00A0]?[-./\u2010-\u2015][ \u00A0]?|[ \u00A0]|\)[ \u00A0]?)?\d){8})(?![\d]|[-./\u2010-\u2015]\d|,\d)/g;
/** Service numbers (0800/0900/0906/0909) belong to organisations, not people. */
const SERVICE_PREFIX = /^(?:800|900|906|909)/;

function findPhones(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(PHONE_RE)) {
    const national = (m[1] ?? '').replace(/\D/g, '');
    if (national.length !== 9 || national.startsWith('0') || SERVICE_PREFIX.test(national)) continue;
    out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length });
  }
}

// ---------------------------------------------------------------------------
// BSN (burgerservicenummer)
// ---------------------------------------------------------------------------

/** The BSN "11-test": 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11. */
export function isValidBsn(input: string): boolean {
  let digits = input.replace(/[\s.-]/g, '');
  if (digits.length === 8) digits = `0${digits}`;
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits.charAt(i));
  sum -= Number(digits.charAt(8));
  return sum % 11 === 0;
}

const BSN_RE = /(?<![\w.,€$/+-])(?:\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\w€]|[.,/-]\d)/g;
const BSN8_RE = /(?<![\w.,€$/+-])\d{8}(?![\w€]|[.,/-]\d)/g;
const BSN_CONTEXT =
  /\b(?:bsn|burgerservicenummer|burger\s*service\s*nummer|sofinummer|sofi-nummer)\b[^\d]{0,25}$/i;
const MONEY_BEFORE = /(?:€|eur|euro)\s*$/i;
const MONEY_AFTER = /^\s*(?:euro|eur|€)/i;

function findBsns(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(BSN_RE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) continue;
    if (!isValidBsn(m[0])) continue;
    out.push({ kind: 'bsn', start: m.index, end: m.index + m[0].length });
  }
  // Eight-digit BSNs (issued with a leading zero that people drop) only with an explicit label.
  for (const m of text.matchAll(BSN8_RE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (BSN_CONTEXT.test(before) && isValidBsn(m[0])) {
      out.push({ kind: 'bsn', start: m.index, end: m.index + m[0].length });
    }
  }
}

// ---------------------------------------------------------------------------
// IBAN
// ---------------------------------------------------------------------------

const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  GB: 22,
  ES: 24,
  IT: 27,
  LU: 20,
  AT: 20,
  CH: 21,
  PL: 28,
  PT: 25,
  IE: 22,
  DK: 18,
  SE: 24,
  NO: 15,
  FI: 18,
  TR: 26,
  MA: 28,
  CZ: 24,
  GR: 27,
  HU: 28,
  RO: 24,
  BG: 22,
  HR: 21,
  SI: 19,
  SK: 24,
  LT: 20,
  LV: 21,
  EE: 20,
  CY: 28,
  MT: 31,
  IS: 26,
  LI: 21,
};

/** ISO 13616 check: move the first four characters to the end, map letters to 10..35, mod 97 must be 1. */
export function isValidIban(input: string): boolean {
  const iban = input.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

const IBAN_START_RE = /(?<![\p{L}\p{N}])([A-Za-z]{2})(\d{2})(?=[ ]?[A-Za-z0-9])/gu;

function findIbans(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(IBAN_START_RE)) {
    const country = (m[1] ?? '').toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (length === undefined) continue;
    // Walk forward collecting alphanumerics; single spaces between groups are allowed.
    let count = 4;
    let i = m.index + 4;
    while (count < length && i < text.length) {
      const ch = text.charAt(i);
      if (/[A-Za-z0-9]/.test(ch)) {
        count++;
        i++;
      } else if (ch === ' ' && /[A-Za-z0-9]/.test(text.charAt(i + 1)) && text.charAt(i - 1) !== ' ') {
        i++;
      } else break;
    }
    if (count !== length || /[\p{L}\p{N}]/u.test(text.charAt(i))) continue;
    const candidate = text.slice(m.index, i);
    // Any letter case is accepted: the mod-97 check makes accidental matches negligible.
    if (!isValidIban(candidate)) continue;
    out.push({ kind: 'iban', start: m.index, end: i });
  }
}

// ---------------------------------------------------------------------------
// Street addresses
// ---------------------------------------------------------------------------

/** Suffixes that almost only occur in street names; these may be written in lowercase. */
const STRONG_SUFFIXES = [
  'straatweg',
  'straat',
  'laan',
  'weg',
  'plein',
  'gracht',
  'singel',
  'kade',
  'dreef',
  'steeg',
  'dijk',
  'boulevard',
  'allee',
  'plantsoen',
  'wetering',
  'steenweg',
  'dwarsstraat',
  'kanaal',
];
/** Suffixes that are also common nouns (park, hof, baan…); only capitalised names count. */
const WEAK_SUFFIXES = [
  'hof',
  'park',
  'pad',
  'baan',
  'markt',
  'dam',
  'wal',
  'erf',
  'veld',
  'haven',
  'ring',
  'zijde',
  'oord',
  'burg',
  'plaats',
  'rade',
  'weide',
  'vaart',
  'bolwerk',
  'hoven',
  'akker',
  'brink',
  'poort',
  'kwartier',
  'dal',
  'berg',
  'horst',
  'donk',
  'hoek',
  'ven',
  'gaarde',
  'wijk',
  'stede',
  'straatje',
  'pleintje',
];
/** Digits preceded by whitespace: possible house numbers. Streets are found by walking back from them. */
const NUMBER_START_RE = /\s\d/g;
const NUMBER_LABEL = /^(?:nr|no|nummer|huisnummer)$/i;
const WORD_CHAR = /[\p{L}'’-]/u;

/** The word directly before `pos` (skipping whitespace and an optional "nr."/"nummer" label). */
function wordBefore(text: string, pos: number): { word: string; start: number } | null {
  let j = pos;
  for (let pass = 0; pass < 2; pass++) {
    while (j > 0 && /\s/.test(text.charAt(j - 1))) j--;
    if (pass === 0 && text.charAt(j - 1) === '.') j--;
    const end = j;
    while (j > 0 && WORD_CHAR.test(text.charAt(j - 1))) j--;
    const word = text.slice(j, end);
    if (!word || /[\p{N}]/u.test(text.charAt(j - 1))) return null;
    if (pass === 0 && NUMBER_LABEL.test(word)) continue;
    return { word, start: j };
  }
  return null;
}
const STRONG_SUFFIX_RE = new RegExp(`(?:${STRONG_SUFFIXES.join('|')})$`);
const WEAK_SUFFIX_RE = new RegExp(`(?:${WEAK_SUFFIXES.join('|')})$`);

/** Common nouns ending in a street suffix. */
const NOT_STREETS: ReadonlySet<string> = new Set([
  'onderweg',
  'halverwege',
  'snelweg',
  'autoweg',
  'zijweg',
  'fietspad',
  'voetpad',
  'zebrapad',
  'wandelpad',
  'schoolplein',
  'speelplein',
  'marktplein',
  'pretpark',
  'attractiepark',
  'dierenpark',
  'kerkhof',
  'loopbaan',
  'rijbaan',
  'spoorbaan',
  'ijsbaan',
  'atletiekbaan',
  'renbaan',
  'bowlingbaan',
  'landingsbaan',
  'startbaan',
  'skibaan',
  'racebaan',
  'kartbaan',
  'tennisbaan',
  'sportpark',
  'sportveld',
  'voetbalveld',
  'grasveld',
  'speelveld',
  'trapveld',
  'hockeyveld',
  'slagveld',
  'binnenplaats',
  'parkeerplaats',
  'werkplaats',
  'woonplaats',
  'geboorteplaats',
  'standplaats',
  'stageplaats',
  'slaapplaats',
  'zitplaats',
  'staanplaats',
  'plaats',
  'eerste',
  'tweede',
  'derde',
  'stad',
  'hoek',
  'uithoek',
  'schoolhoek',
  'leeshoek',
  'wijk',
  'woonwijk',
  'nieuwbouwwijk',
  'achterstandswijk',
  'oudewijk',
  'berg',
  'dal',
  'ven',
  'ring',
  'haven',
  'veld',
  'park',
  'hof',
  'dam',
  'wal',
  'erf',
  'baan',
  'pad',
  'markt',
  'poort',
  'burg',
  'oord',
  'weide',
  'straat',
  'laan',
  'weg',
  'plein',
  'gracht',
  'singel',
  'kade',
  'dreef',
  'steeg',
  'dijk',
  'kanaal',
  'rondweg',
  'ringweg',
  'hoofdweg',
  'uitweg',
  'omweg',
  'terugweg',
  'heenweg',
  'thuisweg',
  'schoolweg',
  'middenweg',
  'zijstraat',
  'winkelstraat',
  'hoofdstraat',
  'woonstraat',
  'doodlopende',
  'fietsstraat',
  'winkelcentrum',
  'carrièrebaan',
  'oprit',
  'plantsoen',
  'boulevard',
  'allee',
  'speeltuin',
  'stadspark',
  'wereldhaven',
  'jachthaven',
  'computerwijk',
  'jaarring',
  'kwartier',
  'weekend',
  'bolwerk',
  'hoofdpoort',
  'achterhoek',
  'kinderboerderij',
  'voorwaarde',
  'cijferlijst',
  'keerpunt',
  'akker',
  'gemeentehuis',
  'stadhuis',
  'zwembad',
  'schoolhof',
  'binnenhof',
  'overweg',
  'spoorweg',
  'waterweg',
  'vaarweg',
  'luchthaven',
  'vliegveld',
  'sportkade',
  'elftal',
  'jeugdbaan',
  'tussenjaar',
]);
const COUNTER_AFTER =
  /^\s*(?:keer|x|uur|u|minuten|minuut|min|seconden|sec|jaar|jaren|maanden|maand|weken|week|dagen|dag|euro|eur|procent|%|km|kilometer|meter|m|m2|mensen|jongeren|kinderen|personen|leerlingen|jongens|meisjes|winkels|huizen|woningen|auto's|fietsen|bussen|stuks|punten|plekken|graden|bomen|banken|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|tot|t\/m|of|à|a)\b|^\s*[:%]|^[.,]\d/i;
const HOUSE_NUMBER_RE =
  /\s+(?:(?:nr|no|nummer|huisnummer)\.?\s*)?\d{1,4}(?:[a-zA-Z](?![\p{L}\p{N}])|\s?-\s?(?:\d{1,3}|[a-zA-Z]{1,3})(?![\p{L}\p{N}])|\s(?:bis|hs|bg|h|I{1,3}|zw|rd|[A-Z])(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])/uy;
const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
  'la',
  'le',
  'du',
  'di',
  'da',
  'von',
  'el',
  'al',
]);
const STREET_PREFIX_STOP: ReadonlySet<string> = new Set([
  'ik',
  'wij',
  'we',
  'jij',
  'je',
  'hij',
  'zij',
  'ze',
  'u',
  'mijn',
  'onze',
  'ons',
  'in',
  'op',
  'aan',
  'bij',
  'naar',
  'via',
  'langs',
  'over',
  'de',
  'het',
  'een',
  'adres',
  'woon',
  'wonen',
  'woont',
  'ook',
  'en',
  'of',
  'maar',
  'hoi',
  'hallo',
  'beste',
  'vanuit',
  'uit',
  'richting',
  'tot',
  'vanaf',
  'sinds',
  'nu',
  'daar',
  'hier',
  'onze',
  'zijn',
  'haar',
  'hun',
  'die',
  'dat',
  'deze',
  'dit',
  'wie',
  'wat',
  'waar',
  'wanneer',
  'als',
  'is',
]);

const WORD_BEFORE_RE = /([\p{L}'’-]+)\s+$/u;

/** Extends a street name backwards over multi-word names ("Jan Pieterszoon Coenstraat", "Van Asch van Wijckskade"). */
function extendStreetStart(text: string, start: number): number {
  let result = start;
  let pos = start;
  let nameWords = 0;
  for (let steps = 0; steps < 5; steps++) {
    const m = WORD_BEFORE_RE.exec(text.slice(Math.max(0, pos - 40), pos));
    if (!m) break;
    const word = m[1] ?? '';
    const wordStart = pos - m[0].length;
    const lower = foldWord(word);
    const capitalised = /^\p{Lu}/u.test(word);
    if (PARTICLES.has(lower)) {
      // A lowercase particle is only kept when a capitalised name word precedes it (handled by the next step).
      if (capitalised && nameWords > 0) result = wordStart;
      else if (capitalised) break;
    } else if (capitalised && !STREET_PREFIX_STOP.has(lower)) {
      result = wordStart;
      nameWords++;
    } else break;
    pos = wordStart;
  }
  return result;
}

function houseNumberEnd(text: string, from: number): number {
  HOUSE_NUMBER_RE.lastIndex = from;
  const m = HOUSE_NUMBER_RE.exec(text);
  if (!m) return -1;
  const end = from + m[0].length;
  if (COUNTER_AFTER.test(text.slice(end, end + 14))) return -1;
  return end;
}

function findStreetAddresses(text: string, out: Candidate[]): void {
  for (const n of text.matchAll(NUMBER_START_RE)) {
    const found = wordBefore(text, n.index + 1);
    if (!found) continue;
    const { word, start } = found;
    const lower = foldWord(word);
    if (NOT_STREETS.has(lower)) continue;
    const capitalised = /^\p{Lu}/u.test(word);
    const strong = STRONG_SUFFIX_RE.exec(lower);
    const weak = WEAK_SUFFIX_RE.exec(lower);
    if (strong) {
      if (lower.length < strong[0].length + 3 && !capitalised) continue;
      if (lower.length <= strong[0].length) continue;
    } else if (weak) {
      if (!capitalised || lower.length < weak[0].length + 2) continue;
    } else continue;
    const end = houseNumberEnd(text, start + word.length);
    if (end < 0) continue;
    out.push({ kind: 'address', start: extendStreetStart(text, start), end });
  }
}

// "ik woon op de Neude 11", "mijn adres is Vredenburg 40": any street name after an explicit cue.
const ADDRESS_CUE_RE =
  /\b(?:woon|wonen|woont|woonde|woonden|wonend|wonende|adres\s+is|adres\s*:|adres\s+=|verhuisd\s+naar|verhuizen\s+naar|verhuist\s+naar|langskomen\s+op|opgehaald\s+worden\s+op)\s+(?:(?:nu|sinds\s+kort|tegenwoordig|al\s+\d+\s+jaar|sinds\s+\d{4}|nog\s+steeds|ook)\s+)?(?:(?:op|aan)\s+)?(?:(?:de|het|'t)\s+)?/gi;
const CUE_NAME_WORD_RE = /([\p{L}'’-]+)(?=\s)/uy;
const CUE_STOP: ReadonlySet<string> = new Set([
  'nummer',
  'nr',
  'kamer',
  'verdieping',
  'etage',
  'flat',
  'een',
  'mijn',
  'onze',
  'in',
  'bij',
  'met',
  'al',
  'sinds',
  'ongeveer',
  'zo',
  'nog',
  'ook',
  'hier',
  'daar',
  'huis',
  'adres',
  'overkant',
  'hoek',
  'buurt',
  'groep',
  'klas',
  'jaar',
  'minuten',
  'tien',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'elf',
  'twaalf',
  'dezelfde',
  'zelfde',
  'andere',
  'derde',
  'tweede',
  'eerste',
  'vierde',
]);

const ADDRESS_CUE_HINT = [
  'woon',
  'wonen',
  'woont',
  'woonde',
  'woonden',
  'wonend',
  'wonende',
  'adres',
  'verhuisd',
  'verhuizen',
  'verhuist',
  'langskomen',
  'opgehaald',
];

function findCuedAddresses(text: string, words: ReadonlySet<string>, out: Candidate[]): void {
  if (!ADDRESS_CUE_HINT.some((w) => words.has(w))) return;
  for (const m of text.matchAll(ADDRESS_CUE_RE)) {
    let pos = m.index + m[0].length;
    const start = pos;
    let words = 0;
    while (words < 4) {
      CUE_NAME_WORD_RE.lastIndex = pos;
      const w = CUE_NAME_WORD_RE.exec(text);
      if (!w) break;
      const lower = foldWord(w[1] ?? '');
      if (CUE_STOP.has(lower) || (words > 0 && !PARTICLES.has(lower) && !/^\p{Lu}/u.test(w[1] ?? ''))) break;
      words++;
      pos += w[0].length;
      const end = houseNumberEnd(text, pos);
      if (end >= 0) {
        out.push({ kind: 'address', start, end });
        break;
      }
      const space = /^\s+/.exec(text.slice(pos));
      if (!space) break;
      pos += space[0].length;
    }
  }
}

// ---------------------------------------------------------------------------
// Postcodes
// ---------------------------------------------------------------------------

const POSTCODE_RE = /(?<![\p{L}\p{N}€$.,/-])([1-9]\d{3})(\s?)([A-Za-z]{2})(?![\p{L}\p{N}-])/gu;
/** Letter pairs PostNL never issues, and uppercase pairs that are usually units or abbreviations. */
const NEVER_POSTCODE = new Set(['SA', 'SD', 'SS']);
const LOOKS_LIKE_UNIT = new Set([
  'KM',
  'KG',
  'MG',
  'ML',
  'CM',
  'MM',
  'GB',
  'MB',
  'KB',
  'TB',
  'PK',
  'KW',
  'EU',
  'NL',
  'BV',
  'AM',
  'PM',
  'HZ',
  'TV',
  'PC',
  'CD',
  'OK',
  'EN',
  'XL',
  'GR',
]);
const POSTCODE_CONTEXT_BEFORE =
  /(?:postcode|post\s*code|pc|\b(?:woon|woont|wonen|woonde|woonden)\s+(?:nu\s+)?in|verhuisd\s+naar|verhuizen\s+naar|adres\s+is)\s*[:=]?\s*$/i;
const CITY_AFTER =
  /^\s*,?\s*(?:utrecht|amsterdam|rotterdam|den\s+haag|'s-gravenhage|amersfoort|nieuwegein|zeist|houten|ijsselstein|vleuten|de\s+meern|maarssen|bilthoven|de\s+bilt|bunnik|woerden|veenendaal|leiden|haarlem|eindhoven|groningen|zwolle|arnhem|nijmegen|tilburg|breda|almere|apeldoorn|enschede|delft|gouda|hilversum|lelystad|maastricht|den\s+bosch|'s-hertogenbosch|dordrecht|zaandam|alkmaar|leusden|soest|baarn|culemborg|vianen|wijk\s+bij\s+duurstede|lopik|montfoort|oudewater|breukelen|doorn|driebergen|odijk|bunschoten|rhenen|leersum|mijdrecht|vinkeveen)\b/i;

function findPostcodes(text: string, out: Candidate[], addressEnds: number[]): void {
  for (const m of text.matchAll(POSTCODE_RE)) {
    const letters = m[3] ?? '';
    const upper = letters.toUpperCase();
    if (NEVER_POSTCODE.has(upper)) continue;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const afterAddress = addressEnds.some((e) => e <= m.index && /^[\s,]*$/.test(text.slice(e, m.index)));
    const context =
      POSTCODE_CONTEXT_BEFORE.test(before) || CITY_AFTER.test(text.slice(end, end + 30)) || afterAddress;
    const uppercase = letters === upper;
    if (uppercase && (!LOOKS_LIKE_UNIT.has(upper) || context)) {
      out.push({ kind: 'postcode', start: m.index, end });
    } else if (!uppercase && context) {
      out.push({ kind: 'postcode', start: m.index, end });
    }
  }
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

/** Words that can follow "mijn zoon", "ik heet", … without being a name (compared folded to lowercase). */
const NAME_STOPWORDS: ReadonlySet<string> = new Set(
  // function words
  (
    "ik je jij u hij zij ze wij we jullie het de een die dat deze dit er hier daar me mij mijn m'n mn zijn haar hun ons onze " +
    'en of maar want omdat als dan dus toen terwijl doordat zodat hoewel tenzij nadat voordat sinds zodra wanneer waar wat wie welke hoe ' +
    'van in op aan met bij uit voor na naar over om tot door tegen zonder onder boven achter naast tussen via per rond sinds vanaf tijdens ' +
    'niet nooit geen wel ook al nog echt heel erg zo zeer te toch nu net eigenlijk gewoon trouwens even soms vaak altijd weer alleen ' +
    'pas juist best vooral helemaal bijna meestal ineens opeens steeds graag liever misschien natuurlijk zelf zelfs samen ' +
    // verbs
    'is was zijn waren wordt werd worden werden heeft had hebben hadden heb zit zat zitten gaat ging gaan wil wilde willen wou kan kon kunnen ' +
    'moet moest moeten mag mocht mogen zal zou zullen zouden doet deed doen zegt zei zeggen vindt vond vinden komt kwam komen krijgt kreeg ' +
    'speelt speelde woont woonde werkt werkte leert leerde loopt liep staat stond ligt lag voelt voelde denkt dacht weet wist ziet zag ' +
    'heet heette noemt noemde gebruikt maakt maakte houdt hield praat praatte belt belde appt slaapt sliep eet at drinkt zwemt voetbalt ' +
    'sport danst zingt huilt lacht schreeuwt blijft bleef wordt zoekt vraagt vroeg antwoordt snapt begrijpt helpt hielp kijkt keek ' +
    'gamet fietst rijdt reed kent kende heeft mist miste haat houdt wacht hoort hoorde leest las schrijft schreef ' +
    'spreekt sprak draagt droeg brengt bracht neemt nam geeft gaf laat liet lijkt leek begint begon stopt stopte ' +
    'past paste rent rende valt viel groeit kookt poetst ruimt studeert traint werkte verdient betaalt koopt kocht ' +
    'verkoopt zorgt zoekt vergeet vergat verliest verloor wint won wint heeft hebt bent ben was zag hoopt hoopte ' +
    'gelooft geloofde probeert probeerde moest wilde mocht kon zou kreeg bleef stond zat lag ging kwam deed zei ' +
    'vertelt vertelde verteld snapt begrijpt luistert luisterde kijkt keek durft durfde twijfelt voelt ' +
    'weet wist beweert roept riep schreeuwt scheldt pest slaat schopt duwt bijt knuffelt ' +
    'vond vindt noemt heet heette doet gaat komt zit staat ligt loopt wordt werd woont woonde werkt leert ' +
    // adjectives / words after "mijn naam is", "ik heet"
    'welkom bekend onbekend belangrijk geheim anoniem prive privé lang kort raar moeilijk makkelijk mooi stom hetzelfde anders ' +
    'veranderd oud jong ziek blij boos verdrietig bang moe klein groot nieuw lief stout druk rustig slim autistisch ' +
    'eerste tweede derde vierde vijfde oudste jongste middelste ' +
    // school, organisations, places and other capitalised non-names
    'groep klas school jeugdzorg ggd gemeente utrecht amsterdam rotterdam nederland buurtteam buurtteams lokalis veilig thuis ' +
    'samen kinderbescherming kindertelefoon politie raad altrecht kessler jou youke fier ' +
    'engels nederlands frans duits spaans wiskunde biologie geschiedenis aardrijkskunde economie gym lo muziek tekenen ' +
    'natuurkunde scheikunde latijn grieks arabisch turks ckv maatschappijleer informatica drama techniek ' +
    'marokkaans marokkaanse turkse surinaams surinaamse nederlander nederlandse utrechter utrechtse christen moslim hindoe joods ' +
    'havo vwo vmbo mbo hbo wo atheneum gymnasium mavo kader basis praktijkonderwijs ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus september ' +
    'oktober november december ' +
    'meneer mevrouw juf meester dokter mentor coach trainer ' +
    'adhd add autisme ass dyslexie hoogbegaafd'
  ).split(/\s+/),
);
const SKIP_BEFORE_NAME: ReadonlySet<string> = new Set([
  'eigenlijk',
  'officieel',
  'trouwens',
  'gewoon',
  'dus',
  'echt',
  'voluit',
  'nu',
  'hier',
]);
const LEADING_PARTICLE_CHAINS: ReadonlySet<string> = new Set([
  'de',
  'van der',
  'van den',
  'van de',
  "van 't",
  'ter',
  'ten',
  'el',
  'al',
  'van het',
  'in t',
  "in 't",
]);

type NameMode = 'intro' | 'relation' | 'title' | 'capital';

const REL_NOUNS = [
  'zoon',
  'zoontje',
  'dochter',
  'dochtertje',
  'kind',
  'kindje',
  'broer',
  'broertje',
  'zus',
  'zusje',
  'zuster',
  'vriend',
  'vriendje',
  'vriendin',
  'vriendinnetje',
  'neef',
  'neefje',
  'nicht',
  'nichtje',
  'oom',
  'tante',
  'opa',
  'oma',
  'vader',
  'moeder',
  'papa',
  'mama',
  'man',
  'vrouw',
  'partner',
  'echtgenoot',
  'echtgenote',
  'juf',
  'meester',
  'mentor',
  'mentrix',
  'docent',
  'docente',
  'leraar',
  'lerares',
  'coach',
  'trainer',
  'trainster',
  'buurman',
  'buurvrouw',
  'buurjongen',
  'buurmeisje',
  'klasgenoot',
  'klasgenote',
  'begeleider',
  'begeleidster',
  'hulpverlener',
  'jeugdwerker',
  'jongerenwerker',
  'buurtcoach',
  'huisarts',
  'therapeut',
  'therapeute',
  'psycholoog',
  'psychologe',
  'ex',
  'baas',
  'collega',
  'stiefvader',
  'stiefmoeder',
  'stiefzoon',
  'stiefdochter',
  'pleegmoeder',
  'pleegvader',
  'pleegzoon',
  'pleegdochter',
  'pleegbroer',
  'pleegzus',
  'kleinzoon',
  'kleindochter',
  'oppas',
  'voogd',
  'gezinsvoogd',
  'zorgco(?:ö|o)rdinator',
  'vertrouwenspersoon',
  'wijkagent',
  'jeugdarts',
  'casemanager',
  'gezinscoach',
  'jeugdconsulent',
  'consulent',
  'teamleider',
  'schoolmaatschappelijk\\s+werker',
  'maatschappelijk\\s+werker',
  'logopedist',
  'tandarts',
  'stagebegeleider',
  'studiebegeleider',
  'decaan',
  'ambulant\\s+begeleider',
  'jobcoach',
  'klasgenootje',
  'beste\\s+vriend',
  'beste\\s+vriendin',
  'vriendinnen',
  'vrienden',
];
const TITLES = String.raw`(?:meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|juf|juffrouw|meester|dokter|dr\.)`;

/** `hint`: the trigger regex only runs when one of these lowercase words occurs in the text. */
const NAME_TRIGGERS: { re: RegExp; mode: NameMode; hint: readonly string[] }[] = [
  {
    hint: ['heet', 'naam', 'voornaam', 'noem', 'noemen', 'noemt'],
    re: /\b(?:ik\s+heet|(?:mijn|m'n|mn|m’n)\s+(?:voor)?naam\s+is|(?:mijn|m'n|mn)\s+(?:voor)?naam\s*:|noem\s+me|ze\s+noemen\s+me|iedereen\s+noemt\s+me)\s+/gi,
    mode: 'intro',
  },
  {
    hint: REL_NOUNS.flatMap((n) => {
      const noun = n.replace('(?:ö|o)', 'o').split('\\s+').pop() ?? n;
      return [noun, `stief${noun}`, `half${noun}`];
    }).concat(['zorgcoördinator']),
    re: new RegExp(
      String.raw`\b(?:mijn|m'n|m’n|mn|onze|ons|zijn|z'n|haar|d'r|hun|jouw|uw)\s+(?:(?:oudste|jongste|kleine|grote|lieve|beste|nieuwe|oude|vorige|eigen|tweede|eerste|derde|middelste|stief|half|ex-?)\s*)*(?:${REL_NOUNS.join('|')})\s*,?\s+(?:(?<title>${TITLES})\s+)?`,
      'gi',
    ),
    mode: 'relation',
  },
  {
    hint: ['van'],
    re: /\b(?:moeder|vader|ouder|ouders|oma|opa|mentor|juf|meester|coach|voogd|broer|zus)\s+van\s+/gi,
    mode: 'capital',
  },
  {
    hint: ['meneer', 'mevrouw', 'mevr', 'mw', 'dhr', 'juf', 'juffrouw', 'meester', 'dokter', 'dr'],
    re: new RegExp(String.raw`\b${TITLES}\s+`, 'gi'),
    mode: 'title',
  },
  { hint: ['ben'], re: /\bik\s+ben\s+/gi, mode: 'capital' },
  {
    hint: ['groetjes', 'groeten', 'groet', 'gr', 'liefs', 'doei', 'mvg', 'm', 'xx', 'xxx'],
    re: /(?:^|[\n.!?]\s*)(?:groetjes|groeten|groet|gr|liefs|doei|mvg|m\.v\.g\.|(?:met\s+)?(?:vriendelijke|hartelijke|lieve)\s+groet(?:en)?|xx|xxx)\s*[,:!]?\s*(?:van\s+)?/gi,
    mode: 'capital',
  },
];

/** Initials such as "J." or "J.P." before a surname. */
const INITIALS_RE = /[ \t]*(?:\p{Lu}\.[ \t]?){1,4}(?=[ \t]*\p{L})/uy;
const NAME_WORD_RE = /[ \t]*([\p{L}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*)/uy;
const CAPITALISED_NAME = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;

/** Reads the name that starts at `pos`, following the rules of the trigger that introduced it. */
function readName(text: string, pos: number, mode: NameMode): { start: number; end: number } | null {
  let i = pos;
  let start = -1;
  let end = -1;
  let words = 0;
  const particles: { word: string; start: number }[] = [];
  let initialsStart = -1;
  if (mode !== 'intro') {
    INITIALS_RE.lastIndex = i;
    const initials = INITIALS_RE.exec(text);
    if (initials) {
      initialsStart = i + initials[0].length - initials[0].trimStart().length;
      i += initials[0].length;
    }
  }
  for (let step = 0; step < 8; step++) {
    NAME_WORD_RE.lastIndex = i;
    const m = NAME_WORD_RE.exec(text);
    if (!m) break;
    const word = m[1] ?? '';
    const wordStart = i + m[0].length - word.length;
    const lower = foldWord(word);
    const capitalised = CAPITALISED_NAME.test(word);
    if (PARTICLES.has(lower) || lower === 'in') {
      if (lower === 'in' && words === 0 && particles.length === 0) break;
      particles.push({ word: lower, start: wordStart });
      i += m[0].length;
      continue;
    }
    if (
      words === 0 &&
      mode === 'intro' &&
      !capitalised &&
      particles.length === 0 &&
      SKIP_BEFORE_NAME.has(lower)
    ) {
      i += m[0].length;
      continue;
    }
    if (words === 0 && particles.length > 0) {
      const chain = particles.map((p) => p.word).join(' ');
      const leadingAllowed =
        mode === 'title' ||
        mode === 'intro' ||
        initialsStart >= 0 ||
        (mode === 'relation' && LEADING_PARTICLE_CHAINS.has(chain));
      if (!leadingAllowed) break;
    }
    // After "ik heet"/"mijn naam is" the first name may be lowercase; further lowercase words only
    // after a particle ("sanne de boer"), so "ik heet sanne en ..." stops at "sanne".
    const lowercaseAllowed = mode === 'intro' && (words === 0 || particles.length > 0);
    if (word.length < 2 || NAME_STOPWORDS.has(lower) || !(capitalised || lowercaseAllowed)) break;
    if (!capitalised && !/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(word)) break;
    if (start < 0) start = initialsStart >= 0 ? initialsStart : (particles[0]?.start ?? wordStart);
    end = wordStart + word.length;
    words++;
    particles.length = 0;
    i += m[0].length;
  }
  return start >= 0 ? { start, end } : null;
}

function findNames(text: string, words: ReadonlySet<string>, out: Candidate[]): void {
  for (const trigger of NAME_TRIGGERS) {
    if (!trigger.hint.some((w) => words.has(w))) continue;
    for (const m of text.matchAll(trigger.re)) {
      const mode: NameMode = trigger.mode === 'relation' && m.groups?.['title'] ? 'title' : trigger.mode;
      const name = readName(text, m.index + m[0].length, mode);
      if (name) out.push({ kind: 'name', start: name.start, end: name.end });
    }
  }
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

const MAX_LENGTH = 10_000;

/** Finds personal data in the text. Matches are sorted by start and never overlap. */
export function detectPii(text: string): PiiMatch[] {
  const input = text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH) : text;
  const words = new Set(input.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const candidates: Candidate[] = [];
  if (input.includes('@')) findEmails(input, candidates);
  if (/\d/.test(input)) {
    findIbans(input, candidates);
    findPhones(input, candidates);
    findBsns(input, candidates);
    const before = candidates.length;
    findStreetAddresses(input, candidates);
    findCuedAddresses(input, words, candidates);
    const addressEnds = candidates.slice(before).map((c) => c.end);
    findPostcodes(input, candidates, addressEnds);
  }
  findNames(input, words, candidates);

  candidates.sort(
    (a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    if (accepted.some((a) => a.start < c.end && c.start < a.end)) continue;
    accepted.push(c);
  }
  accepted.sort((a, b) => a.start - b.start);
  return accepted.map((c) => ({ ...c, value: input.slice(c.start, c.end) }));
}

/** Replaces every detected item with a Dutch placeholder such as [telefoonnummer] or [naam]. */
export function redactPii(text: string): { text: string; matches: PiiMatch[] } {
  const matches = detectPii(text);
  let out = '';
  let last = 0;
  for (const m of matches) {
    out += text.slice(last, m.start) + PII_PLACEHOLDERS[m.kind];
    last = m.end;
  }
  out += text.slice(last);
  return { text: out, matches };
}
