/**
 * Crisis detection for Dutch text written by young people (12–23), parents and
 * youth-care professionals.
 *
 * POLICY (safety-first):
 * - A false alarm only shows a help panel and puts the text first in the
 *   moderation queue; a miss can leave a young person without help. When in
 *   doubt about a statement concerning a *specific person* (the writer, a friend,
 *   a child, a family member), we fire.
 * - Everyday hyperbole is not crisis: "ik ga dood van het lachen", "die toets was
 *   mijn dood", "ik schrok me dood", "doodmoe", "sociale zelfmoord", "de leraar
 *   vermoordt ons met huiswerk", "ik kan mezelf wel voor mijn kop slaan". Idiom
 *   spans suppress any signal they overlap.
 * - Clear negation does not fire: a negator (niet/nooit/geen/nimmer) in the same
 *   clause shortly before the signal ("ik heb nooit gedacht aan zelfmoord", "ik
 *   heb geen zelfmoordgedachten") or right after it ("hij slaat me niet"), and
 *   negators can never fill the gaps inside a pattern ("ik wil niet dood").
 * - "No longer" is NOT a negation: "niet meer", "nooit meer", "geen ... meer"
 *   ("ik heb geen zelfmoordgedachten meer sinds de therapie", "ik snij mezelf
 *   niet meer") still fire. Such statements disclose recent history; a moderator
 *   should look, and showing help does no harm. Past tense fires for the same
 *   reason ("vroeger sneed ik mezelf").
 * - Rules have three levels:
 *   - strong: explicit first-person disclosures ("ik wil dood", "mijn vader slaat
 *     me") fire on their own;
 *   - anchored: phrases that need a personal anchor (ik/me/mijn/we/ons/thuis…)
 *     in the same sentence;
 *   - weak: bare topic words ("zelfmoord", "huiselijk geweld", "loverboy") and
 *     third-person reports; they need a personal anchor AND no topic marker
 *     (preventie, voorlichting, training, werkstuk, meldcode, "als docent", …).
 *   So professionals discussing the subject ("er moet meer aandacht komen voor
 *   suïcidepreventie op scholen", "voorlichting over huiselijk geweld") do not
 *   fire, while "mijn vriendin heeft zelfmoordgedachten" does. General questions
 *   without a concrete person ("wat doe je als je vriend zegt dat hij dood wil?")
 *   do not fire either.
 * - Accidents ("per ongeluk", "bij het koken", "tijdens de training") suppress
 *   self-harm and physical-abuse signals in the same clause.
 * - A first-person wish to die fires even when it is probably hyperbole ("ik wil
 *   dood haha, morgen weer wiskunde"): it cannot be told apart reliably from a
 *   real one, and a help panel is a mild response.
 *
 * Matching runs on a length-preserving normalised copy (lowercase, no
 * diacritics), so offsets refer to the original text.
 */
import { normalizeForMatching, overlaps, sentenceSpans, type Span } from './normalize';

export type CrisisCategory =
  | 'suicide'
  | 'self_harm'
  | 'abuse'
  | 'domestic_violence'
  | 'sexual_violence'
  | 'acute_danger';

export interface CrisisSignal {
  category: CrisisCategory;
  match: string;
  start: number;
  end: number;
}

export interface CrisisResult {
  isCrisis: boolean;
  categories: CrisisCategory[];
  signals: CrisisSignal[];
}

export const CRISIS_CATEGORIES: readonly CrisisCategory[] = [
  'suicide',
  'self_harm',
  'abuse',
  'domestic_violence',
  'sexual_violence',
  'acute_danger',
];

type Level = 'strong' | 'anchored' | 'weak';
type Resolver = (m: RegExpExecArray, ctx: MatchContext) => CrisisCategory;

interface Gated {
  /** Id in GATES: the regex can only match if one of its trigger words (or prefixes) occurs. */
  gateId: number;
  re: RegExp;
}

interface Rule extends Gated {
  category: CrisisCategory | Resolver;
  level: Level;
  /** Extra requirement on the sentence (e.g. a sexual context for "tegen mijn wil"). */
  sentenceRequires?: RegExp;
}

interface MatchContext {
  norm: string;
  start: number;
  sentence: string;
}

// ---------------------------------------------------------------------------
// Pattern building blocks. `{NAME}` placeholders are expanded at module load.
// ---------------------------------------------------------------------------

const TOK = String.raw`[\w'-]+`;
const NEG = String.raw`(?:niet|nooit|geen|nimmer)`;
/** Up to n filler words that are not negators, plus the whitespace around them. */
const gap = (n: number): string => String.raw`(?:\s+(?!${NEG}\b)${TOK}){0,${n}}\s+`;

const FAM_VICTIM = String.raw`(?:moeder|mama|mam|ma|moeders|vader|papa|pap|pa|zus|zusje|zusjes|zussen|broer|broertje|broertjes|broers|oma|opa|stiefmoeder|stiefvader|stiefzus|stiefbroer|halfzus|halfbroer|vrouw|vriendin|tante|oom|kinderen|kindje|baby)`;
const PERSON = String.raw`(?:moeder|mama|mam|ma|vader|papa|pap|pa|zus|zusje|broer|broertje|oma|opa|oom|tante|neef|nicht|stiefmoeder|stiefvader|stiefzus|stiefbroer|pleegmoeder|pleegvader|pleegzus|pleegbroer|zoon|zoontje|dochter|dochtertje|kind|kindje|kinderen|pleegkind|pleegzoon|pleegdochter|stiefzoon|stiefdochter|jongste|oudste|vriend|vriendje|vriendin|vriendinnetje|klasgenoot|klasgenote|buurjongen|buurmeisje|leerling|pupil|client|man|vrouw|partner|ex|baby)`;
const ADULT_FAMILY =
  /\b(?:moeder|mama|mam|ma|vader|papa|pap|pa|stiefmoeder|stiefvader|oma|opa|vrouw|partner|tante|oom)\b/;
const HIT = String.raw`(?:slaat|sloeg|slaan|sloegen|schopt|schopte|schopten|schoppen|trapt|trapte|trappen|trapten|stompt|stompte|stompen|mept|mepte|meppen|knijpt|kneep|knijpen|wurgt|wurgde|wurgen|mishandelt|mishandelde|mishandelen|mishandelden|bijt|beet)`;
const ABUSE_PP = String.raw`(?:in\s+elkaar\s+geslagen|in\s+elkaar\s+getrapt|geslagen|geschopt|getrapt|gestompt|gemept|geknepen|gewurgd|mishandeld|opgesloten)`;
const SEX_PP = String.raw`(?:seksueel\s+misbruikt|misbruikt|aangerand|verkracht|betast|ongewenst\s+aangeraakt)`;
const DANGER_PP = String.raw`(?:bedreigd|gestalkt|achtervolgd|neergestoken|gestoken|ontvoerd|gechanteerd|afgeperst|gedrogeerd)`;
const WEAPON = String.raw`(?:mes|messen|pistool|wapen|vuurwapen|geweer|knuppel|honkbalknuppel|hamer|bijl|stanleymes|boksbeugel|machete|zwaard)`;

const MACROS: Record<string, string> = {
  IK: String.raw`(?:ik|k|ikke|ikzelf)`,
  MY: String.raw`(?:mijn|m'n|mn|me|mijne)`,
  POSS: String.raw`(?:mijn|m'n|mn|me|onze|ons|zijn|z'n|haar|d'r|hun)`,
  MYSELF: String.raw`(?:mezelf|mijzelf|mzelf|mijnzelf)`,
  THEMSELF: String.raw`(?:zichzelf|haarzelf|hemzelf)`,
  HE: String.raw`(?:hij|zij|ze)`,
  FAMV: FAM_VICTIM,
  PERSON,
  HIT,
  ABUSE_PP,
  SEX_PP,
  DANGER_PP,
  WEAPON,
  TOK,
  BODY: String.raw`(?:linker\s*|rechter\s*)?(?:arm|armen|pols|polsen|been|benen|bovenbeen|bovenbenen|dij|dijen|huid|buik|heup|heupen|onderarm|onderarmen|lichaam|lijf)`,
  G1: gap(1),
  G2: gap(2),
  G3: gap(3),
  G4: gap(4),
  G5: gap(5),
  // "zelfmoord" including common misspellings: zelfmoort, zelfmord, zelfmood, zelmoord, selfmoord, zelf moord.
  ZM: String.raw`(?:[zs]e(?:lf|l|f)[\s-]?m(?:oo?r[dt]|oo[dt]))`,
  // suicide / suïcidaal / suicidale / suiside …
  SUI: String.raw`(?:su[iy]?[cs]+[iy]?d)`,
  DIE: String.raw`(?:dood(?:\s*gaan|\s+zijn)?|sterven|niet\s+meer\s+(?:leven|bestaan|ademen)|niet\s+(?:meer\s+)?(?:blijven|verder)\s+leven|er(?:\s+(?:gewoon|echt|eigenlijk|liever|gewoonweg|helemaal|soms|gwn|even))?\s+niet\s+meer\s+(?:zijn|wezen)|(?:niet|nooit)\s+meer\s+wakker\s+(?:te\s+)?worden)`,
  KANT: String.raw`van\s+kant\s+(?:(?:wil|wilt|wou|te|gaat|ga|zal|zou|gaan)\s+)?(?:maken|maak|te\s+maken)`,
};

function expand(src: string): string {
  let out = src;
  for (let i = 0; i < 5 && /\{[A-Z][A-Z0-9_]*\}/.test(out); i++) {
    out = out.replace(/\{([A-Z][A-Z0-9_]*)\}/g, (whole, name: string) => MACROS[name] ?? whole);
  }
  return out;
}

function rx(src: string, flags = 'g'): RegExp {
  return new RegExp(expand(src), flags);
}

// ---------------------------------------------------------------------------
// Gates. Running ~150 regexes over every text is too slow for per-keystroke use,
// so each regex declares trigger words; it only runs when one of them occurs.
// Tokens are [a-z0-9]+ runs of the normalised text, which agrees with regex \b.
// ---------------------------------------------------------------------------

interface Gate {
  exact: string[];
  prefixes: string[];
}

function parseGate(spec: string): Gate {
  const exact: string[] = [];
  const prefixes: string[] = [];
  for (const word of spec.split(/\s+/)) {
    if (!word) continue;
    if (word.endsWith('*')) prefixes.push(word.slice(0, -1));
    else exact.push(word);
  }
  return { exact, prefixes };
}

/** Maps trigger words and prefixes to the ids of the regexes they unlock. */
class GateIndex {
  private readonly exact = new Map<string, number[]>();
  /** Prefixes bucketed by their first three letters (every prefix has at least three). */
  private readonly prefixes = new Map<string, { prefix: string; ids: number[] }[]>();
  private size = 0;

  add(gate: Gate): number {
    const id = this.size++;
    for (const w of gate.exact) {
      const list = this.exact.get(w);
      if (list) list.push(id);
      else this.exact.set(w, [id]);
    }
    for (const prefix of gate.prefixes) {
      if (prefix.length < 3) throw new Error(`gate prefix too short: ${prefix}`);
      const head = prefix.slice(0, 3);
      const bucket = this.prefixes.get(head) ?? [];
      const entry = bucket.find((e) => e.prefix === prefix);
      if (entry) entry.ids.push(id);
      else bucket.push({ prefix, ids: [id] });
      this.prefixes.set(head, bucket);
    }
    return id;
  }

  /** Which regexes can possibly match this normalised text. */
  active(norm: string): Uint8Array {
    const on = new Uint8Array(this.size);
    const n = norm.length;
    let i = 0;
    while (i < n) {
      if (!isTokenChar(norm.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < n && isTokenChar(norm.charCodeAt(i))) i++;
      const token = norm.slice(start, i);
      const ids = this.exact.get(token);
      if (ids) for (const id of ids) on[id] = 1;
      if (token.length < 3) continue;
      const bucket = this.prefixes.get(token.slice(0, 3));
      if (!bucket) continue;
      for (const entry of bucket) {
        if (token.startsWith(entry.prefix)) for (const id of entry.ids) on[id] = 1;
      }
    }
    return on;
  }
}

/** [a-z0-9]: the normalised text is lowercase, so this agrees with regex \w minus "_". */
function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

const GATES = new GateIndex();

// ---------------------------------------------------------------------------
// Category resolvers
// ---------------------------------------------------------------------------

const IMAGE_CONTEXT = /\b(?:foto'?s?|fotootjes|filmpjes?|video'?s?|beelden|naakt\w*|nudes?|plaatjes)\b/;

const SEX_PP_EXACT = new RegExp(`^${SEX_PP}$`);
const DANGER_PP_EXACT = new RegExp(`^${DANGER_PP}$`);

function categoryForParticiple(pp: string, subject: string | undefined, sentence: string): CrisisCategory {
  if (SEX_PP_EXACT.test(pp)) return 'sexual_violence';
  if (/^(?:gechanteerd|afgeperst)$/.test(pp))
    return IMAGE_CONTEXT.test(sentence) ? 'sexual_violence' : 'acute_danger';
  if (DANGER_PP_EXACT.test(pp)) return 'acute_danger';
  if (subject !== undefined && ADULT_FAMILY.test(subject)) return 'domestic_violence';
  return 'abuse';
}

const PARTNER_BEFORE =
  /\b(?:mijn|m'n|mn|me)\s+(?:man|partner|ex|exman|ex-man|exvriend|ex-vriend|vriend|vriendje|echtgenoot)\s+$/;
const PARTNER_IN =
  /\b(?:mijn|m'n|mn|me)\s+(?:man|partner|ex|exman|ex-man|exvriend|ex-vriend|vriend|vriendje|echtgenoot)\b/;

/** Violence by a partner against the writer is domestic violence; by anyone else it is abuse. */
const resolveHitMe: Resolver = (m, ctx) => {
  const before = ctx.norm.slice(Math.max(0, ctx.start - 30), ctx.start);
  return PARTNER_BEFORE.test(before) || PARTNER_IN.test(m[0]) ? 'domestic_violence' : 'abuse';
};

const resolvePassive: Resolver = (m, ctx) => {
  const category = categoryForParticiple(
    (m.groups?.['pp'] ?? '').replace(/\s+/g, ' '),
    m.groups?.['subj'],
    ctx.sentence,
  );
  return category === 'abuse' && m.groups?.['subj'] === undefined ? resolveHitMe(m, ctx) : category;
};

const resolveBlackmail: Resolver = (_m, ctx) =>
  IMAGE_CONTEXT.test(ctx.sentence) ? 'sexual_violence' : 'acute_danger';

// ---------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------

const R = (
  category: CrisisCategory | Resolver,
  level: Level,
  gate: string,
  src: string,
  sentenceRequires?: RegExp,
): Rule => ({
  category,
  level,
  gateId: GATES.add(parseGate(gate)),
  re: rx(src),
  ...(sentenceRequires ? { sentenceRequires } : {}),
});

const RULES: Rule[] = [
  // ----- suicide -----
  R(
    'suicide',
    'strong',
    'dood* sterv* leven bestaan ademen meer',
    String.raw`\b{IK}\s+(?:wil|wou|wilde|will|wel){G3}{DIE}\b`,
  ),
  R(
    'suicide',
    'strong',
    'dood* sterv* leven bestaan ademen meer',
    String.raw`\b(?:wil|wou|wilde)\s+{IK}{G3}{DIE}\b`,
  ),
  R(
    'suicide',
    'strong',
    'dood* sterv* leven bestaan meer',
    String.raw`\b{IK}{G3}(?:(?:dood|sterven|doodgaan)\s+(?:wil|wou|wilde)|niet\s+meer\s+(?:wil|wou|wilde)\s+(?:leven|bestaan)|er\s+niet\s+meer\s+(?:wil|wou|wilde)\s+zijn)\b`,
  ),
  R(
    'suicide',
    'weak',
    'dood* sterv* leven bestaan ademen meer',
    String.raw`\b(?:{HE}|{POSS}\s+(?:{TOK}\s+)?{PERSON})\s+(?:wil|wilt|wou|wilde){G3}{DIE}\b`,
  ),
  R(
    'suicide',
    'weak',
    'dood* sterv* leven meer',
    String.raw`\b{HE}{G2}(?:dood|sterven|niet\s+meer\s+(?:wil|wilt)\s+leven|er\s+niet\s+meer\s+(?:wil|wilt)\s+zijn)\s+(?:wil|wilt|wou|wilde)\b`,
  ),
  R(
    'suicide',
    'strong',
    'wou wilde willen wens',
    String.raw`\b(?:wou|wilde|zou\s+willen|wens)\s+dat\s+{IK}{G2}(?:dood\s+(?:was|ging|ben|zou\s+zijn)|nooit\s+geboren\s+(?:was|ben)|er\s+niet\s+(?:meer\s+)?(?:was|ben))\b`,
  ),
  R(
    'suicide',
    'strong',
    'dood* geboren',
    String.raw`\b(?:was|had|ware)\s+{IK}\s+(?:maar\s+|gewoon\s+)*(?:dood|nooit\s+geboren)\b`,
  ),
  R(
    'suicide',
    'weak',
    'eind*',
    String.raw`\ber\s+(?:{TOK}\s+){0,2}?een\s+eind(?:e)?\s+aan\s+(?:te\s+)?(?:maken|maak|maakt|gemaakt)\b`,
  ),
  R(
    'suicide',
    'strong',
    'eind*',
    String.raw`\beind(?:e)?\s+(?:te\s+)?(?:maken\s+)?aan\s+{MY}\s+(?:eigen\s+)?leven\b`,
  ),
  R(
    'suicide',
    'strong',
    'leven',
    String.raw`\b{MY}\s+(?:eigen\s+)?leven\s+(?:te\s+)?(?:beeindigen|beeindig|nemen|afmaken)\b`,
  ),
  R('suicide', 'strong', 'beroven', String.raw`\b{MYSELF}\s+van\s+het\s+leven\s+(?:te\s+)?beroven\b`),
  R(
    'suicide',
    'weak',
    'zel* zef* sel* sef* sui* suy* suc* sus*',
    String.raw`\b(?!\w*(?:preventie|aanslag|terror|actie|commando|missie|squad|zaken))(?:{ZM}|{SUI})\w*`,
  ),
  R(
    'suicide',
    'weak',
    'zelfdoding levensmoe* doodswens* doodsgedachte* overdosis',
    String.raw`\b(?:zelfdoding|levensmoe\w*|doodswens\w*|doodsgedachte\w*|overdosis)\b`,
  ),
  R(
    'suicide',
    'anchored',
    'wakker',
    String.raw`\b(?:niet|nooit)\s+meer\s+wakker\s+(?:te\s+)?(?:worden|word|wordt)\b`,
  ),
  R(
    'suicide',
    'anchored',
    'zitten',
    String.raw`\b(?:zie|zag|zien|zagen)\s+(?:het|'?t)\s+(?:(?:echt|gewoon|helemaal|allemaal|even|zo|nu|gewoonweg)\s+)*niet\s+meer\s+zitten\b`,
  ),
  R('suicide', 'anchored', 'uitweg', String.raw`\bgeen\s+(?:(?:enkele|andere|echte)\s+)?uitweg\b`),
  R(
    'suicide',
    'anchored',
    'leven',
    String.raw`\b(?:het|{MY}|dit)\s+leven\s+(?:heeft|had)\s+(?:(?:echt|gewoon|voor\s+mij|toch|helemaal)\s+)*geen\s+(?:zin|nut)\b|\bgeen\s+zin\s+meer\s+(?:in\s+(?:het|{MY})\s+leven|om\s+(?:te\s+|door\s+te\s+)?leven)\b|\bleven\s+is\s+(?:\w+\s+)?zinloos\b`,
  ),
  R(
    'suicide',
    'strong',
    'waarom',
    String.raw`\bwaarom\s+(?:zou|moet)\s+{IK}\s+(?:nog\s+|eigenlijk\s+)*(?:leven|doorgaan|verder\s+leven)\b`,
  ),
  R('suicide', 'strong', 'leven', String.raw`\b(?:niks|niets)\s+meer\s+om\s+(?:voor\s+)?te\s+leven\b`),
  R(
    'suicide',
    'strong',
    'zonder',
    String.raw`\bbeter\s+af\s+(?:zijn\s+|zou\s+zijn\s+|zouden\s+zijn\s+)?zonder\s+(?:mij|me|mijzelf)\b`,
  ),
  R(
    'suicide',
    'anchored',
    'als',
    String.raw`\bals\s+{IK}\s+er\s+niet\s+(?:meer\s+)?(?:was|ben|zou\s+zijn|zijn)\b`,
  ),
  R(
    'suicide',
    'strong',
    'mezelf mijzelf mzelf mijnzelf',
    String.raw`\b{MYSELF}{G2}(?:op\s+te\s+hangen|ophangen|opgehangen|{KANT}|te\s+doden|doden|dood\s*(?:te\s+)?maken|doodmaken|te\s+vermoorden|vermoorden|om\s+het\s+leven\s+(?:te\s+)?brengen)\b`,
  ),
  R(
    'suicide',
    'strong',
    'ophangen kant doodmaken vermoorden',
    String.raw`\b{IK}\s+(?:ga|wil|zal|wou)\s+(?:me|mezelf)\s+(?:{TOK}\s+)?(?:ophangen|van\s+kant\s+maken|doodmaken|vermoorden)\b`,
  ),
  R(
    'suicide',
    'weak',
    'zichzelf haarzelf hemzelf',
    String.raw`\b{THEMSELF}{G2}(?:op\s+te\s+hangen|ophangen|{KANT}|te\s+doden|doden|dood\s*(?:te\s+)?maken|doodmaken|te\s+vermoorden|vermoorden|om\s+het\s+leven\s+(?:te\s+)?brengen)\b`,
  ),
  R(
    'suicide',
    'anchored',
    'pillen tabletten paracetamol* slaappillen medicijnen antidepressiva oxazepam pilletjes',
    String.raw`\b(?:alle|al\s+{MY}|een\s+(?:hele\s+)?(?:hoop|handvol|doos|strip|pot|potje|heleboel|boel|zak)|(?:heel\s+|zo\s*|te\s*)?veel|\d+)\s+(?:van\s+{MY}\s+)?(?:pillen|tabletten|paracetamol|paracetamols|slaappillen|medicijnen|antidepressiva|oxazepam|pilletjes)\s+(?:{TOK}\s+){0,3}?(?:geslikt|slikken|slik|ingenomen|innemen|genomen|nemen|opgegeten)\b`,
  ),
  R(
    'suicide',
    'anchored',
    'trein metro tram vrachtwagen auto bus flat brug dak gebouw balkon parkeergarage toren',
    String.raw`\b(?:(?:voor|onder)\s+(?:de|een)\s+(?:trein|metro|tram|vrachtwagen|auto|bus)|van\s+(?:de|het|een)\s+(?:flat|brug|dak|gebouw|balkon|parkeergarage|toren))(?:\s+(?!${NEG}\b)${TOK}){0,3}\s+(?:springen|spring|sprong|gooien|gesprongen|storten|liggen|stappen)\b`,
  ),
  R(
    'suicide',
    'weak',
    'afscheids*',
    String.raw`\bafscheids(?:brief|briefje|brieven|berichtje|bericht|video)\w*`,
  ),
  R(
    'suicide',
    'anchored',
    'dood* sterven begrafenis leven meer',
    String.raw`\b(?:denk|dacht|denken|gedacht|pieker|piekerde|fantaseer|fantaseerde)\w*{G5}(?:aan|over)\s+(?:de\s+dood|doodgaan|dood\s+gaan|sterven|{MY}\s+(?:eigen\s+)?dood|{MY}\s+(?:eigen\s+)?begrafenis|niet\s+meer\s+leven|er\s+niet\s+meer\s+zijn)\b`,
  ),
  R(
    'suicide',
    'strong',
    'kill want wanna',
    String.raw`\b(?:kill\s+my\s*self|i\s+want\s+to\s+die|wanna\s+die|want\s+to\s+kill\s+myself)\b`,
  ),
  R(
    'suicide',
    'strong',
    'hoef',
    String.raw`\b{IK}\s+hoef\s+(?:{TOK}\s+){0,2}?niet\s+meer\s+(?:te\s+)?leven\b`,
  ),
  R('suicide', 'strong', 'beter', String.raw`\b{IK}{G3}beter\s+dood\b`),
  R(
    'suicide',
    'anchored',
    'niemand als',
    String.raw`\bniemand\s+(?:zou|zal|gaat|zou\s+het)\s+(?:me|mij)\s+(?:{TOK}\s+)?(?:missen|merken)\b|\bals\s+{IK}\s+(?:gewoon\s+|zou\s+)?(?:verdwijn|verdween|verdwijnen|dood\s+ben|dood\s+ga|dood\s+zou\s+gaan)\b`,
  ),
  R(
    'suicide',
    'anchored',
    'pillen tabletten paracetamol* slaappillen medicijnen antidepressiva oxazepam pilletjes',
    String.raw`(?<!\b(?:mijn|m'n|mn|me|de|je|haar|zijn)\s+)\b(?:pillen|tabletten|slaappillen|paracetamol\w*|medicijnen|antidepressiva)\s+(?:geslikt|ingenomen)\b`,
  ),
  R(
    'suicide',
    'strong',
    'weet* twijfel*',
    String.raw`\b(?:weet|twijfel)\w*\s+(?:{TOK}\s+){0,2}?of\s+{IK}\s+(?:(?:nog|wel|eigenlijk)\s+)*(?:wil\s+|kan\s+)?(?:blijven\s+leven|(?:nog\s+|verder\s+|door\s+)?(?:wil\s+|kan\s+)?leven)\b`,
  ),
  R(
    'suicide',
    'anchored',
    'leven',
    String.raw`\b(?:het\s+leven|leven)\s+(?:(?:echt|zo|helemaal|spuug|spuugzat)\s+)*zat\b|\bklaar\s+met\s+(?:het\s+|{MY}\s+)?leven\b|\bmoe\s+van\s+(?:het\s+)?leven\b`,
  ),
  R(
    'suicide',
    'anchored',
    'wil',
    String.raw`\b{IK}\s+wil\s+(?:(?:gewoon|echt|gwn)\s+)*niet\s+meer(?=\s*(?:$|[.!?,]|\s+(?:en|want|omdat)\b))`,
  ),
  R(
    'suicide',
    'weak',
    'punt',
    String.raw`\ber\s+(?:{TOK}\s+){0,2}?een\s+punt\s+achter\s+(?:te\s+)?(?:zetten|zet)\b|\bpunt\s+achter\s+{MY}\s+leven\b`,
    /\b(?:leven|kan\s+(?:het|dit|niet)\s+(?:niet\s+)?meer|zin\s+meer|uitzichtloos|uitweg|dood)\b/,
  ),
  R(
    'suicide',
    'strong',
    'pols polsen ader aders',
    String.raw`\b(?:polsen?|aders?)\s+(?:{TOK}\s+){0,2}?(?:doorgesneden|doorsnijden|door\s+te\s+snijden|opengesneden|opensnijden|open\s+te\s+snijden)\b`,
  ),
  R(
    'suicide',
    'strong',
    'trein metro tram vrachtwagen',
    String.raw`\b{IK}\s+(?:wil|ga|wou)\s+(?:{TOK}\s+)?(?:voor|onder)\s+(?:de|een)\s+(?:trein|metro|tram|vrachtwagen)\b`,
  ),
  R(
    'suicide',
    'weak',
    '113 0800 0113',
    String.raw`\b(?:gebeld|bellen|bel|belde|chat\w*|contact\s+met|appen|geappt)\s+(?:met\s+|naar\s+)?(?:113|0800[\s-]?0113)\b|\b(?:113|0800[\s-]?0113)\s+(?:gebeld|bellen|gechat|chatten|geappt)\b`,
  ),

  // ----- self-harm -----
  R(
    'self_harm',
    'strong',
    'mezelf mijzelf mzelf mijnzelf',
    String.raw`\b(?:snij|snijd|snijdt|sneed|sneden|snijden|kerf|kerft|kerfde|kerven|kras|krast|kraste|krasten|krassen|brand|brandt|brandde|beschadig|beschadigt|beschadigde|verwond|verwondt|verwondde|krab|krabt|krabde|sla|sloeg|bijt|beet|prik|prikte|doe|deed)\s+(?:(?:ik|k)\s+)?(?:{TOK}\s+){0,2}?{MYSELF}\b`,
  ),
  R(
    'self_harm',
    'weak',
    'zichzelf haarzelf hemzelf',
    String.raw`\b(?:snijdt|sneed|sneden|snijden|krast|kraste|krasten|krassen|brandt|brandde|beschadigt|beschadigde|verwondt|verwondde|slaat|sloeg|doet|deed)\s+(?:(?:hij|ze|zij)\s+)?(?:{TOK}\s+){0,2}?{THEMSELF}\b`,
  ),
  R(
    'self_harm',
    'strong',
    'mezelf mijzelf mzelf mijnzelf',
    String.raw`\b{MYSELF}{G3}(?:gesneden|snijden|te\s+snijden|gekerfd|kerven|gekrast|krassen|te\s+krassen|gebrand|branden|te\s+branden|beschadigd|beschadigen|te\s+beschadigen|verwond|verwonden|te\s+verwonden|pijn\s+(?:te\s+)?(?:doen|doe)|pijn\s+gedaan|geslagen|slaan|te\s+slaan|opengekrabd|open\s+(?:te\s+)?krabben|kapot\s+(?:te\s+)?(?:maken|krabben|snijden)|iets\s+aan\s*(?:te\s+)?(?:doen|doe|gedaan)|iets\s+aandoen|iets\s+aandoe)\b`,
  ),
  R(
    'self_harm',
    'weak',
    'zichzelf haarzelf hemzelf',
    String.raw`\b{THEMSELF}{G3}(?:gesneden|snijden|te\s+snijden|gekerfd|kerven|gekrast|krassen|te\s+krassen|gebrand|branden|beschadigd|beschadigen|te\s+beschadigen|verwond|verwonden|pijn\s+(?:te\s+)?doen|pijn\s+gedaan|iets\s+aan\s*(?:te\s+)?doen|iets\s+aandoen)\b`,
  ),
  R(
    'self_harm',
    'strong',
    'mezelf mijzelf mzelf mijnzelf',
    String.raw`\b(?:doe|deed)\s+{MYSELF}\s+(?:{TOK}\s+){0,2}?pijn\b`,
  ),
  R(
    'self_harm',
    'strong',
    'snij snijd kras',
    String.raw`\b{IK}\s+(?:snij|snijd|kras)\b(?!\s+(?:de|het|een|die|dat|deze|dit|mijn|m'n|mn|je|jouw|brood|groente|groenten|uien|fruit|vlees|papier|hem|haar|ze|alles|eerst|altijd\s+de)\b)`,
  ),
  R(
    'self_harm',
    'strong',
    'iets',
    String.raw`\b(?:me|mij|mezelf)\s+iets\s+(?:aandoe|aan\s+doe|aan\s+te\s+doen|aandoen)\b`,
  ),
  R(
    'self_harm',
    'anchored',
    'arm armen pols polsen been benen bovenbeen bovenbenen dij dijen huid buik heup heupen onderarm onderarmen lichaam lijf linker* rechter*',
    String.raw`\b(?:gekrast|krassen|kras|krast|gesneden|snijden|snij|snijd|snijdt|sneed|sneetjes|sneden|wondjes|wonden|snijwonden|littekens|brandwonden)\s+(?:in|op)\s+{POSS}\s+(?:linker\s*|rechter\s*)?(?:arm|armen|pols|polsen|been|benen|bovenbeen|bovenbenen|dij|dijen|huid|buik|heup|heupen|onderarm|onderarmen|lichaam|lijf)\b`,
  ),
  R(
    'self_harm',
    'anchored',
    'gekrast gesneden krassen snijden',
    String.raw`\b(?:weer|opnieuw|nog\s+steeds|elke\s+dag|elke\s+avond|stiekem|begonnen\s+met|gestopt\s+met|stoppen\s+met|gaan|terugval\s+met)\s+(?:(?:met|te)\s+)?(?:gekrast|gesneden|krassen|snijden)\b(?!\s+(?:van|in\s+de|in\s+het|op\s+de|op\s+het|aan|met\s+de|met\s+een))`,
  ),
  R(
    'self_harm',
    'anchored',
    'krassen snijden kerven',
    String.raw`\b(?:ga|gaan|ging|begin|begon)\s+(?:ik\s+|k\s+)?(?:(?:weer|dan|vaak|soms|meteen)\s+)*(?:krassen|snijden|kerven)\b(?!\s+(?:van|in\s+de|in\s+het|op\s+de|op\s+het|aan|met))`,
  ),
  R(
    'self_harm',
    'anchored',
    'arm armen pols polsen been benen bovenbeen bovenbenen dij dijen huid buik heup heupen onderarm onderarmen lichaam lijf linker* rechter*',
    String.raw`\b(?:in|op)\s+{POSS}\s+{BODY}\s+(?:{TOK}\s+)?(?:gesneden|gekrast|gekerfd|gebrand|snijden|krassen|kerven|te\s+snijden|te\s+krassen)\b`,
  ),
  R(
    'self_harm',
    'anchored',
    'krassen snijden',
    String.raw`\b(?:van|met|door)\s+het\s+(?:krassen|snijden)\b(?!\s+(?:van|in\s+de|in\s+het|op\s+de|op\s+het))`,
  ),
  R(
    'self_harm',
    'weak',
    'zelfbeschadig* zelfverwond* automutil* zelfmutil* scheermes* mesje mesjes',
    String.raw`\b(?:zelfbeschadig\w*|zelfverwond\w*|automutil\w*|zelfmutil\w*|scheermesje\w*|(?:scheer)?mesjes?\s+(?:gepakt|gekocht|verstopt|gebruikt))`,
  ),
  R(
    'self_harm',
    'anchored',
    'hoofd kop',
    String.raw`\b(?:hoofd|kop)\s+(?:{TOK}\s+)?tegen\s+de\s+(?:muur|deur|kast|grond|vloer)\s+(?:aan\s+)?(?:slaan|sla|slaat|sloeg|bonken|bonk|bonkt|beuken|gebonkt|geslagen)\b`,
  ),
  R(
    'self_harm',
    'anchored',
    'hoofd kop',
    String.raw`\b(?:sla|slaat|sloeg|bonk|bonkt|beuk)\s+(?:ik\s+|k\s+)?(?:{TOK}\s+)?{POSS}\s+(?:hoofd|kop)\s+tegen\b`,
  ),

  // ----- abuse -----
  R(
    resolveHitMe,
    'strong',
    'slaat sloeg slaan sloegen schopt schopte schopten schoppen trapt trapte trappen trapten stompt stompte stompen mept mepte meppen knijpt kneep knijpen wurgt wurgde wurgen mishandelt mishandelde mishandelen mishandelden bijt beet',
    String.raw`\b{HIT}\s+(?:(?:hij|zij|ze|die)\s+|{POSS}\s+(?:{TOK}\s+)?{PERSON}\s+)?(?:me|mij|ons)\b(?!\s+(?:{FAMV}|kleine|kleinste|oudste|jongste)\b)`,
  ),
  R(
    'domestic_violence',
    'strong',
    'slaat sloeg slaan sloegen schopt schopte schopten schoppen trapt trapte trappen trapten stompt stompte stompen mept mepte meppen knijpt kneep knijpen wurgt wurgde wurgen mishandelt mishandelde mishandelen mishandelden bijt beet',
    String.raw`\b{HIT}\s+(?:(?:hij|ze)\s+)?(?:haar|hem|{MY}\s+(?:{TOK}\s+)?{FAMV}|mama|papa)\s+en\s+(?:me|mij|ons)\b`,
  ),
  R(
    'domestic_violence',
    'anchored',
    'slaat sloeg slaan sloegen schopt schopte schopten schoppen trapt trapte trappen trapten stompt stompte stompen mept mepte meppen knijpt kneep knijpen wurgt wurgde wurgen mishandelt mishandelde mishandelen mishandelden bijt beet',
    String.raw`\b{HIT}\s+(?:(?:hij|ze)\s+)?haar\b(?!\s+(?:over|open|dicht|binnen|aan|af|op|uit|neer|door|weg|raak|in|huiswerk|beurt)\b)`,
  ),
  R(
    'abuse',
    'anchored',
    'geslagen geschopt mishandeld gevochten',
    String.raw`\b(?:wordt|werd)\s+er\s+(?:{TOK}\s+){0,2}?(?:geslagen|geschopt|mishandeld|gevochten)\b`,
  ),
  R(
    'acute_danger',
    'anchored',
    'bang',
    String.raw`\bbang\s+(?:dat|voor\s+wat)\s+(?:{TOK}\s+){1,6}?(?:gaat\s+|zal\s+|weer\s+)+(?:slaan|schoppen|slaat|schopt|mishandelen|doen|uitvallen|agressief\s+worden|ontploffen|losgaan)\b`,
  ),
  R(
    'acute_danger',
    'anchored',
    'lint los zinnen',
    String.raw`\b(?:{MY}\s+(?:{TOK}\s+)?(?:vader|moeder|stiefvader|stiefmoeder|pa|ma|papa|mama|ouders|man|vriend|ex|broer)|hij|ze|zij)\s+(?:is|gaat|ging|was|raakt|raakte)\s+(?:{TOK}\s+){0,2}?(?:door\s+het\s+lint|compleet\s+los|helemaal\s+los|buiten\s+zinnen)\b`,
  ),
  R(
    'domestic_violence',
    'anchored',
    'slaat sloeg slaan gooit gooide smijt smeet trapt trapte',
    String.raw`\b(?:slaat|sloeg|slaan|gooit|gooide|smijt|smeet|trapt|trapte)\s+(?:(?:hij|ze)\s+)?(?:{TOK}\s+)?(?:alles|het\s+huis|de\s+boel|spullen|meubels|de\s+deur|deuren|het\s+servies)\s+(?:kapot|stuk|in|aan\s+gruzelementen|door\s+de\s+kamer)\b`,
  ),
  R(
    resolveHitMe,
    'strong',
    'duwt duwde duwen gooit gooide smijt smeet',
    String.raw`\b(?:duwt|duwde|duwen|gooit|gooide|smijt|smeet)\s+(?:(?:hij|ze|zij)\s+)?(?:me|mij)\s+(?:{TOK}\s+){0,2}?(?:tegen\s+de\s+(?:muur|grond|kast|deur|vloer)|van\s+de\s+trap|op\s+de\s+grond|de\s+trap\s+af|door\s+de\s+kamer|hard\s+weg)\b`,
  ),
  R(
    resolvePassive,
    'strong',
    'geslagen geschopt getrapt gestompt gemept geknepen gewurgd mishandeld opgesloten misbruikt aangerand verkracht betast aangeraakt seksueel ongewenst gechanteerd afgeperst',
    String.raw`\b(?:heeft|hebben|had|hadden)\s+(?:(?:hij|zij|ze)\s+)?(?:me|mij|ons){G3}(?<pp>{ABUSE_PP}|{SEX_PP}|gechanteerd|afgeperst)\b`,
  ),
  R(
    resolveHitMe,
    'strong',
    'pijn',
    String.raw`\b(?:heeft|hebben|had|hadden)\s+(?:(?:hij|zij|ze)\s+)?(?:me|mij|ons){G3}pijn\s+gedaan\b`,
  ),
  R(
    resolvePassive,
    'strong',
    'geslagen geschopt getrapt gestompt gemept geknepen gewurgd mishandeld opgesloten misbruikt aangerand verkracht betast aangeraakt bedreigd gestalkt achtervolgd neergestoken gestoken ontvoerd gechanteerd afgeperst gedrogeerd seksueel ongewenst',
    String.raw`\b(?:{IK}|we|wij)\s+(?:word|wordt|worden|werd|werden|ben|zijn|was|waren){G4}(?<pp>{ABUSE_PP}|{SEX_PP}|{DANGER_PP})\b`,
  ),
  R(
    resolvePassive,
    'strong',
    'geslagen geschopt getrapt gestompt gemept geknepen gewurgd mishandeld opgesloten misbruikt aangerand verkracht betast aangeraakt bedreigd gestalkt achtervolgd neergestoken gestoken ontvoerd gechanteerd afgeperst gedrogeerd seksueel ongewenst',
    String.raw`\b(?:word|wordt|werd|ben|was)\s+(?:{IK}|we){G4}(?<pp>{ABUSE_PP}|{SEX_PP}|{DANGER_PP})\b`,
  ),
  R(
    resolvePassive,
    'anchored',
    'geslagen geschopt getrapt gestompt gemept geknepen gewurgd mishandeld opgesloten misbruikt aangerand verkracht betast aangeraakt bedreigd gestalkt achtervolgd neergestoken gestoken ontvoerd gechanteerd afgeperst gedrogeerd seksueel ongewenst',
    String.raw`\b{POSS}\s+(?:{TOK}\s+)?(?<subj>{PERSON})\s+(?:wordt|werd|is|was|worden|werden|zijn){G4}(?<pp>{ABUSE_PP}|{SEX_PP}|{DANGER_PP})\b`,
  ),
  R(
    resolveHitMe,
    'anchored',
    'klappen slaag klap trap trappen schoppen riem',
    String.raw`\b(?:krijg|krijgt|kreeg|kregen|krijgen|gekregen)\s+(?:(?:ik|k|we|hij|ze)\s+)?(?:{TOK}\s+){0,2}?(?:klappen|slaag|een\s+klap|een\s+pak\s+slaag|een\s+trap|trappen|schoppen|de\s+riem|met\s+de\s+riem|met\s+een\s+riem)\b`,
  ),
  R(
    resolvePassive,
    'weak',
    'geslagen geschopt getrapt gestompt gemept geknepen gewurgd mishandeld opgesloten misbruikt aangerand verkracht betast aangeraakt bedreigd gestalkt achtervolgd neergestoken gestoken ontvoerd gechanteerd afgeperst gedrogeerd seksueel ongewenst',
    String.raw`\b(?:je|jij|iemand|een\s+kind|kinderen)\s+(?:{TOK}\s+){0,2}?(?<pp>{ABUSE_PP}|{SEX_PP}|{DANGER_PP})\s+(?:wordt|word|bent|worden|wordt)\b`,
  ),
  R('abuse', 'weak', 'mishandel* kindermishandel*', String.raw`\b(?:kinder)?mishandel\w*`),
  R(
    'abuse',
    'anchored',
    'blauwe',
    String.raw`\bblauwe\s+plekken\s+(?:{TOK}\s+){0,2}?(?:van|door)\s+(?:{MY}|hem|haar|hun|hen|die|zijn|z'n|de\s+vriend)\b`,
  ),
  R(
    'abuse',
    'strong',
    'blauwe',
    String.raw`\b(?:geeft|gaf|bezorgt|bezorgde)\s+(?:me|mij)\s+blauwe\s+plekken\b`,
  ),
  R(
    'abuse',
    'strong',
    'sluit sloot sluiten sloten',
    String.raw`\b(?:sluit|sloot|sluiten|sloten)\s+(?:(?:hij|ze|zij)\s+)?(?:me|mij|ons)\s+(?:{TOK}\s+){0,4}?op\b`,
  ),
  R(
    'abuse',
    'anchored',
    'eten avondeten drinken',
    String.raw`\b(?:krijg|krijgen|kreeg|kregen)\s+(?:ik\s+|k\s+|we\s+)?(?:{TOK}\s+){0,2}?geen\s+(?:eten|avondeten|drinken)\b`,
  ),

  // ----- domestic violence -----
  R(
    'domestic_violence',
    'anchored',
    'elkaar',
    String.raw`\b(?:slaan|schoppen|mishandelen|bedreigen|trappen|wurgen|vechten|sloegen|schopten)\s+(?:{TOK}\s+){0,2}?elkaar\b|\belkaar\s+(?:{TOK}\s+){0,2}?(?:slaan|sloegen|schoppen|schopten|mishandelen|bedreigen|wurgen|aanvliegen|in\s+elkaar\s+slaan)\b`,
    /\b(?:ouders|thuis|bij\s+ons|pa\s+en\s+ma|papa\s+en\s+mama|mama\s+en\s+papa|vader\s+en\s+(?:mijn\s+|m'n\s+)?moeder|moeder\s+en\s+(?:mijn\s+|m'n\s+)?(?:vader|stiefvader))\b/,
  ),
  R(
    'domestic_violence',
    'strong',
    'slaat sloeg slaan sloegen schopt schopte schopten schoppen trapt trapte trappen trapten stompt stompte stompen mept mepte meppen knijpt kneep knijpen wurgt wurgde wurgen mishandelt mishandelde mishandelen mishandelden bijt beet bedreigt bedreigde bedreigen dreigt dreigde duwt duwde',
    String.raw`\b(?:{HIT}|bedreigt|bedreigde|bedreigen|dreigt|dreigde|duwt|duwde)\s+(?:(?:hij|zij|ze)\s+)?(?:{MY}|onze)\s+(?:{TOK}\s+)?{FAMV}\b`,
  ),
  R(
    'domestic_violence',
    'strong',
    'slaat sloeg slaan sloegen schopt schopte schopten schoppen trapt trapte trappen trapten stompt stompte stompen mept mepte meppen knijpt kneep knijpen wurgt wurgde wurgen mishandelt mishandelde mishandelen mishandelden bijt beet',
    String.raw`\b{HIT}\s+(?:(?:hij|ze)\s+)?(?:mama|papa|mam|pap)\b`,
  ),
  R(
    'domestic_violence',
    'strong',
    'geslagen geschopt getrapt gestompt gemept geknepen gewurgd mishandeld opgesloten bedreigd pijn',
    String.raw`\b(?:heeft|had|hebben)\s+(?:(?:hij|ze)\s+)?(?:(?:{MY}|onze)\s+(?:{TOK}\s+)?{FAMV}|mama|papa|mam|pap){G3}(?:${ABUSE_PP}|bedreigd|pijn\s+gedaan)\b`,
  ),
  R(
    'domestic_violence',
    'anchored',
    'slaat sloeg slaan sloegen schopt schopte schopten schoppen trapt trapte trappen trapten stompt stompte stompen mept mepte meppen knijpt kneep knijpen wurgt wurgde wurgen mishandelt mishandelde mishandelen mishandelden bijt beet geslagen geschopt getrapt gestompt gemept geknepen gewurgd mishandeld opgesloten bedreigt bedreigde wurgen slaan',
    String.raw`\b{MY}\s+(?:{TOK}\s+)?(?:{FAMV}|man|vriend|ex)\s+(?:{MY}\s+)?(?:{TOK}\s+)?(?:{FAMV}|mama|papa)\s+(?:{TOK}\s+){0,3}?(?:{HIT}|${ABUSE_PP}|bedreigt|bedreigde|te\s+wurgen|te\s+slaan)\b`,
  ),
  R(
    'domestic_violence',
    'weak',
    'huiselijk* partnergeweld relationeel gezinsgeweld',
    String.raw`\b(?:huiselijk\w*\s+geweld|partnergeweld|relationeel\s+geweld|gezinsgeweld)\b`,
  ),
  R(
    'domestic_violence',
    'weak',
    'geweld',
    String.raw`\bgeweld\s+(?:thuis|bij\s+ons|in\s+(?:ons|mijn|m'n)\s+(?:gezin|huis))\b|\b(?:thuis|bij\s+ons)\s+(?:is|was|wordt|werd)\s+(?:er\s+)?(?:{TOK}\s+){0,2}?geweld\b`,
  ),
  R(
    'domestic_violence',
    'anchored',
    'agressief gewelddadig handtastelijk',
    String.raw`\b{MY}\s+(?:{TOK}\s+)?(?:vader|moeder|stiefvader|stiefmoeder|pa|ma|papa|mama|ouders|man|vriend|ex|broer|partner)\s+(?:is|wordt|was|werd|kan|zijn|worden)\s+(?:{TOK}\s+){0,3}?(?:agressief|gewelddadig|handtastelijk)\b`,
  ),
  R(
    'domestic_violence',
    'weak',
    'agressief gewelddadig handtastelijk',
    String.raw`\b{HE}\s+(?:wordt|werd|is|was)\s+(?:{TOK}\s+){0,2}?(?:agressief|gewelddadig|handtastelijk)\b`,
  ),
  R(
    'domestic_violence',
    'anchored',
    'gooit gooide smijt smeet gooien',
    String.raw`\b(?:gooit|gooide|smijt|smeet|gooien)\s+(?:(?:hij|ze|zij)\s+)?(?:{TOK}\s+){0,2}?(?:met\s+)?(?:spullen|borden|stoelen|dingen|glazen|flessen|een\s+(?:stoel|bord|glas|fles|mes|asbak|schoen|vaas))\s+(?:naar|tegen|op)\s+(?:mij|me|{MY}\s+{FAMV}|mama|papa|ons|haar|hem)\b`,
  ),

  // ----- sexual violence -----
  R(
    'sexual_violence',
    'weak',
    'aangerand* aanrand* verkracht* seksueel sextortion grooming gegroomd loverboy loverboys ongewenst* betast dick* ongevraagd*',
    String.raw`\b(?:aangerand\w*|aanrand\w*|verkracht\w*|seksueel\s+(?:misbruik\w*|geweld|overschrijdend\w*|geintimideerd|intimidatie)|sextortion|grooming|gegroomd|loverboys?|ongewenst\w*\s+(?:aangeraakt|betast|aanraking\w*|seks\w*)|betast|dick\s*pics?|ongevraagd\w*\s+naakt\w*)`,
  ),
  R(
    'sexual_violence',
    'strong',
    'zit zat zitten zaten gezeten',
    String.raw`\b(?:zit|zat|zitten|zaten|gezeten)\s+(?:(?:hij|ze|zij)\s+)?(?:(?:steeds|altijd|vaak|weer|dan|stiekem|gewoon|soms|ook)\s+)*aan\s+(?:me|mij|{MY}\s+(?:borsten|borst|kont|billen|kruis|lichaam|lijf|dijen|dij|benen|onderbroek|geslachtsdeel\w*|vagina|piemel|tieten|intieme\s+\w+|zusje|broertje|dochter|zoon|kinderen))\b(?!\s+(?:te\s+)?(?:zeuren|trekken|hoofd|kop|haar|spullen|telefoon|tas|laptop|kamer|bureau|fiets|eten|bord|jas))`,
  ),
  R(
    'sexual_violence',
    'strong',
    'zitten gezeten zit zat',
    String.raw`\baan\s+(?:me|mij|{MY}\s+(?:borsten|borst|kont|billen|kruis|lichaam|lijf|dijen|onderbroek|vagina|piemel))\s+(?:{TOK}\s+)?(?:zitten|gezeten|zit|zat|te\s+zitten|zat\s+te\s+\w+)\b`,
  ),
  R(
    'sexual_violence',
    'strong',
    'raakt raakte raken raakten aangeraakt',
    String.raw`\b(?:raakt|raakte|raken|raakten|aangeraakt)\s+(?:(?:hij|ze|zij)\s+)?(?:me|mij)?\s*(?:{TOK}\s+){0,2}?aan\s+(?:op\s+plekken|terwijl|zonder|waar|bij\s+{MY}\s+(?:borsten|kont|billen|kruis)|onder\s+{MY}|tussen\s+{MY})\b`,
  ),
  R(
    'sexual_violence',
    'strong',
    'raakt raakte raken raakten',
    String.raw`\b(?:raakt|raakte|raken|raakten)\s+(?:(?:hij|ze|zij)\s+)?(?:me|mij)\s+(?:(?:steeds|altijd|vaak|weer|dan|stiekem|gewoon|soms|ook|'?s\s*nachts|overal)\s+)*aan(?=\s*(?:$|[.!?,;]|\s+(?:en|als|terwijl|waar|zonder|onder|tussen|in\s+bed|'?s\s*nachts|op\s+plekken)\b))`,
  ),
  R(
    'sexual_violence',
    'strong',
    'misbruikt misbruikte misbruiken verkracht verkrachtte verkrachten randt randde betast betastte',
    String.raw`\b(?:misbruikt|misbruikte|misbruiken|verkracht|verkrachtte|verkrachten|randt|randde|betast|betastte)\s+(?:(?:hij|ze|zij)\s+)?(?:me|mij|ons)\b`,
  ),
  R(
    'sexual_violence',
    'anchored',
    'misbruikt misbruikte misbruiken verkracht verkrachtte aanrandt aanrandde betast betastte',
    String.raw`\b(?:misbruikt|misbruikte|misbruiken|verkracht|verkrachtte|betast|betastte)\s+(?:(?:hij|ze|zij)\s+)?(?:haar|hem|{MY}\s+(?:{TOK}\s+)?{PERSON})\b|\b(?:me|mij|haar|hem)\s+(?:{TOK}\s+){0,2}?(?:misbruikt|misbruikte|misbruiken|verkracht|verkrachtte|aanrandt|aanrandde|betast|betastte)\b`,
  ),
  R(
    'sexual_violence',
    'strong',
    'pijp* seks sex uitkleed uitkleedde naakt aftrek* neuk* zit',
    String.raw`\b(?:wil|wilde|wou|eist|eiste|wilden)\s+dat\s+{IK}\s+(?:{TOK}\s+){0,3}?(?:pijp\w*|seks|sex|uitkleed|uitkleedde|naakt|aftrek\w*|neuk\w*|aan\s+(?:hem|zijn)\s+\w+\s+zit)\b`,
  ),
  R(
    'sexual_violence',
    'weak',
    'piemel lul penis geslachtsdeel kruis borsten',
    String.raw`\bfoto'?s?\s+van\s+(?:zijn|z'n|haar)\s+(?:piemel|lul|penis|geslachtsdeel|kruis|borsten)\b`,
  ),
  R(
    'sexual_violence',
    'strong',
    'dwingt dwong dwingen dwongen gedwongen verplicht verplichtte pusht pushte pushen druk',
    String.raw`\b(?:dwingt|dwong|dwingen|dwongen|gedwongen|verplicht|verplichtte|pusht|pushte|pushen|onder\s+druk\s+gezet)\b(?:\s+(?!${NEG}\b)${TOK}){0,4}?\s+(?:tot\s+|om\s+)?(?:seks\w*|sex\w*|neuken|pijpen|orale|naakt\w*|uit\s+te\s+kleden|nudes|foto'?s|filmpjes?|dingen\s+(?:te\s+)?doen\s+die\s+{IK}\s+niet\s+wil)`,
  ),
  R(
    'sexual_violence',
    'anchored',
    'seks sex',
    String.raw`\b(?:moest|moet|moesten)\s+(?:ik\s+|k\s+)?(?:{TOK}\s+){0,2}?(?:seks|sex)\s+(?:met|hebben)\b`,
  ),
  R(
    'sexual_violence',
    'strong',
    'terwijl hoewel al',
    String.raw`\b(?:seks|sex|gezoend|zoenen|aangeraakt|uitgekleed|gevingerd)\b(?:\s+${TOK}){0,6}?\s+(?:terwijl|hoewel|ook\s+al)\s+{IK}\s+(?:{TOK}\s+)?(?:nee\s+(?:zei|had\s+gezegd)|dat\s+niet\s+wilde|het\s+niet\s+wilde|niet\s+wilde|stop\s+zei|sliep|dronken\s+was|buiten\s+bewustzijn)\b`,
  ),
  R(
    'sexual_violence',
    'strong',
    'door',
    String.raw`\b(?:nee|stop)\s+(?:zei|zeiden|had\s+gezegd|riep)\s+(?:{TOK}\s+)?(?:maar|en)\s+(?:hij|ze|zij)\s+(?:ging|gingen)\s+(?:gewoon\s+|toch\s+)?door\b`,
  ),
  R(
    'sexual_violence',
    'anchored',
    'tegen',
    String.raw`\btegen\s+{MY}\s+(?:wil|zin)\b`,
    /\b(?:seks|sex|zoen\w*|gezoend|aan\s*ge\s*raakt|aanraken|betast|uitkleden|uitgekleed|naakt|gevingerd|borsten|kont)\b/,
  ),
  R(
    'sexual_violence',
    'weak',
    'naakt* nude nudes seks* sex*',
    String.raw`\b(?:naakt\s*foto\w*|naaktfoto\w*|nudes?|naaktbeeld\w*|naakt\s*filmpje\w*|naaktvideo\w*|seks\s*filmpje\w*|sexfilmpje\w*|seksvideo\w*|sexvideo\w*|seks\s*tape)\b`,
    /\b(?:verspreid\w*|doorgestuurd|doorsturen|door\s+te\s+sturen|rondgestuurd|rond\s+te\s+sturen|rondsturen|online|op\s+internet|gedeeld|delen|posten|gepost|chanteer\w*|chanteert|gechanteerd|dreig\w*|afpers\w*|stuur|sturen|gestuurd|vraagt|vroeg|wil\s+dat|eist|eiste|betaal|betalen|geld)\b/,
  ),
  R(
    'sexual_violence',
    'weak',
    'rondgestuurd verspreid gedeeld online doorgestuurd internet',
    String.raw`\b(?:filmpje|video|foto'?s?|beelden)\s+(?:van\s+(?:me|mij|haar|hem)\s+)?(?:{TOK}\s+){0,3}?(?:rondgestuurd|verspreid|gedeeld|online\s+gezet|doorgestuurd|op\s+internet\s+gezet)\b`,
    /\b(?:naakt|bloot|ondergoed|seks|sex|topless|bh|onderbroek)\b/,
  ),
  R(
    resolveBlackmail,
    'anchored',
    'chant* perst persen',
    String.raw`\b(?:chanteert|chanteerde|chanteren|chanteerden|chantage|perst\s+(?:me|mij)\s+af|persen\s+(?:me|mij)\s+af)\b`,
  ),

  // ----- acute danger -----
  R(
    'acute_danger',
    'strong',
    'veilig',
    String.raw`\b(?:{IK}|we|wij)\s+(?:ben|zijn|voel|voelen)\s+(?:(?:me|mij|ons)\s+)?(?:{TOK}\s+){0,3}?niet\s+(?:meer\s+)?veilig\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'veilig',
    String.raw`\b(?:ben|voel|zijn|voelen)\s+(?:{IK}|we)\s+(?:(?:me|mij|ons)\s+)?(?:{TOK}\s+){0,3}?niet\s+(?:meer\s+)?veilig\b`,
  ),
  R(
    'acute_danger',
    'anchored',
    'veilig onveilig*',
    String.raw`\bniet\s+(?:meer\s+)?veilig\s+(?:thuis|bij\s+(?:{MY}|ons|hem|haar)\b)|\bthuis\s+(?:is\s+het|voel\s+{IK}\s+me|ben\s+{IK})\s+(?:{TOK}\s+){0,2}?niet\s+(?:meer\s+)?veilig\b|\bonveilig\w*\s+(?:thuis|bij\s+ons)\b|\bthuis\s+(?:is\s+het\s+)?(?:{TOK}\s+){0,2}?onveilig\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'durf*',
    String.raw`\bdurf\w*\s+(?:(?:ik|k|we)\s+)?(?:{TOK}\s+){0,2}?niet\s+(?:meer\s+)?(?:naar\s+huis|terug\s+naar\s+huis|naar\s+huis\s+te\s+gaan|thuis\s+te\s+komen|terug\s+te\s+gaan|naar\s+binnen|naar\s+{MY}\s+(?:vader|moeder|stiefvader))\b(?!\s+(?:te\s+(?:fietsen|lopen|rijden)|door\s+het|in\s+het\s+donker|alleen\s+in\s+het\s+donker))`,
  ),
  R(
    'acute_danger',
    'strong',
    'mes messen pistool wapen vuurwapen geweer knuppel honkbalknuppel hamer bijl stanleymes boksbeugel machete zwaard',
    String.raw`\b(?:hij|zij|ze|iemand|{POSS}\s+(?:{TOK}\s+)?{PERSON}|(?:een|die|de|deze)\s+(?:{TOK}\s+)?(?:jongen|jongens|man|mannen|vrouw|gast|gasten|kerel|groep))\s+(?:{TOK}\s+){0,2}?(?:heeft|had|hebben|pakt|pakte|pakken|trok|trekt|haalt|haalde|hield|houdt|draagt|droeg|zwaait|zwaaide|dreigt|dreigde|bedreigt|bedreigde|liep|loopt|kwam|komt|staat|stond)\s+(?:(?:me|mij|ons|met|er)\s+)*(?:een|z'n|zijn|haar|het|de|hun)\s+(?:(?:groot|grote|scherp|scherpe|keuken|echt|echte)\s+)?{WEAPON}\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'mes messen pistool wapen vuurwapen geweer knuppel honkbalknuppel hamer bijl stanleymes boksbeugel machete zwaard',
    String.raw`\bmet\s+een\s+(?:{TOK}\s+)?{WEAPON}\s+(?:{TOK}\s+){0,2}?(?:bedreigd|achterna\w*|aangevallen|gestoken|neergestoken|geslagen|op\s+(?:me|mij|ons)\s+af)\b`,
  ),
  R(
    'acute_danger',
    'anchored',
    'mes messen pistool wapen vuurwapen geweer knuppel honkbalknuppel hamer bijl stanleymes boksbeugel machete zwaard',
    String.raw`\b(?:staat|stond|kwam|komt|loopt|liep|rende|rent|zwaaide|zwaait|dreigde|dreigt)\s+(?:{TOK}\s+){0,3}?met\s+een\s+(?:{TOK}\s+)?{WEAPON}\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'bedreigt bedreigde bedreigen bedreigden',
    String.raw`\b(?:bedreigt|bedreigde|bedreigen|bedreigden)\s+(?:(?:hij|ze|zij)\s+)?(?:me|mij|ons)\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'bedreigt bedreigde bedreigen bedreigd',
    String.raw`\b(?:me|mij|ons)\s+(?:{TOK}\s+){0,2}?(?:bedreigt|bedreigde|bedreigen|heeft\s+bedreigd|bedreigd\s+(?:heeft|hebben))\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'dreigt dreigde dreigen dreigden gedreigd',
    String.raw`\b(?:dreigt|dreigde|dreigen|dreigden|gedreigd)\s+(?:(?:{TOK}\s+){0,2}?(?:me|mij|ons|{MY}\s+{FAMV})\s+)?(?:{TOK}\s+){0,3}?(?:te\s+vermoorden|dood\s+te\s+maken|af\s+te\s+maken|in\s+elkaar\s+te\s+(?:slaan|trappen)|te\s+slaan|pijn\s+te\s+doen|iets\s+aan\s+te\s+doen|neer\s+te\s+steken|te\s+steken|op\s+te\s+wachten|te\s+pakken|wat\s+aan\s+te\s+doen)\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'vermoorden doodmaken dood doodsteken neersteken iets wat elkaar opwachten halen',
    String.raw`\b(?:wil|gaat|ging|zal|zou|probeert|probeerde|gaan|willen|komt|komen)\s+(?:(?:hij|ze|zij)\s+)?(?:me|mij|ons)\s+(?:{TOK}\s+){0,2}?(?:te\s+)?(?:vermoorden|doodmaken|dood\s+maken|doodsteken|neersteken|iets\s+aandoen|iets\s+aan\s+doen|wat\s+aandoen|in\s+elkaar\s+(?:slaan|trappen|te\s+slaan)|opwachten|halen\s+en\s+\w+)\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'vermoorden doodmaken dood iets elkaar neersteken opwachten',
    String.raw`\b(?:me|mij|ons)\s+(?:{TOK}\s+){0,3}?(?:gaat|wil|zal|zou|ging|komt|gaan|willen|gingen)\s+(?:vermoorden|doodmaken|dood\s+maken|iets\s+aandoen|in\s+elkaar\s+(?:slaan|trappen)|neersteken|opwachten)\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'iets',
    String.raw`\b(?:me|mij|ons|{MY}\s+(?:{TOK}\s+)?{FAMV}|mama|papa|haar)\s+(?:{TOK}\s+){0,3}?iets\s+(?:aandoet|aan\s+doet|aandoen|aan\s+zal\s+doen|zal\s+aandoen|gaat\s+aandoen)\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'elkaar',
    String.raw`\b(?:me|mij|ons)\s+(?:{TOK}\s+){0,3}?in\s+elkaar\s+(?:te\s+)?(?:slaan|trappen|schoppen)\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'weggelopen gezet buitengesloten gevlucht',
    String.raw`\b{IK}\s+(?:ben|zit|moest)\s+(?:{TOK}\s+){0,2}?(?:weggelopen|het\s+huis\s+uit\s+gezet|uit\s+huis\s+gezet|op\s+straat\s+gezet|de\s+deur\s+uit\s+gezet|buitengesloten|van\s+huis\s+weggelopen|van\s+huis\s+gevlucht|gevlucht\s+(?:van\s+huis|van\s+thuis|naar\s+(?:{MY}|de|een)\s+\w+))\b`,
  ),
  R(
    'acute_danger',
    'anchored',
    'waar slaapplek slapen dak slaap sliep',
    String.raw`\b(?:weet\s+niet|geen\s+idee)\s+waar\s+{IK}\s+(?:vannacht\s+|vanavond\s+)?(?:moet\s+|kan\s+)?(?:slapen|heen\s+moet|naartoe\s+moet|heen\s+kan|naartoe\s+kan)\b|\bgeen\s+(?:slaapplek|plek\s+om\s+te\s+slapen|dak\s+boven\s+{MY}\s+hoofd)\b|\b{IK}\s+(?:slaap|sliep)\s+(?:{TOK}\s+){0,2}?(?:op\s+straat|buiten|in\s+het\s+park|in\s+de\s+fietsenstalling|in\s+een\s+portiek)\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'stalkt stalkte stalken achtervolgt achtervolgde achtervolgen',
    String.raw`\b(?:stalkt|stalkte|stalken|achtervolgt|achtervolgde|achtervolgen)\s+(?:(?:hij|ze|zij)\s+)?(?:me|mij|ons)\b|\b(?:me|mij)\s+(?:{TOK}\s+){0,2}?(?:stalkt|stalken|achtervolgt|achtervolgen)\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'gevaar',
    String.raw`\b(?:{IK}|we|wij)\s+(?:ben|zit|zijn|zitten)\s+(?:{TOK}\s+){0,2}?in\s+(?:groot\s+)?gevaar\b|\b(?:{MY}|ons)\s+leven\s+is\s+(?:{TOK}\s+)?in\s+gevaar\b`,
  ),
  R(
    'acute_danger',
    'anchored',
    'bang',
    String.raw`\bbang\s+dat\s+(?:hij|ze|zij|{MY}\s+{TOK})\s+(?:me|mij|ons)\s+(?:{TOK}\s+)?(?:vindt|vind|vinden|komt\s+halen|opzoekt|te\s+pakken\s+krijgt|weet\s+te\s+vinden|ziet)\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'waar',
    String.raw`\b(?:hij|ze|zij|iemand|die)\s+(?:{TOK}\s+){0,2}?(?:weet|weten|wist)\s+waar\s+{IK}\s+(?:woon|slaap|op\s+school\s+zit|zit|werk|ben)\b`,
  ),
  R(
    'acute_danger',
    'strong',
    'vertel zeg verklap doorvertel meld verraad',
    String.raw`(?<=\b(?:als|wanneer|zodra)\s+){IK}\s+(?:het\s+|dit\s+|iets\s+|dat\s+)?(?:aan\s+(?:iemand|de\s+politie|{MY}\s+\w+|de\s+juf|de\s+meester|school)\s+)?(?:vertel|zeg|verklap|doorvertel|meld|verraad)\b`,
    /\b(?:vermoord\w*|dood\s*maakt|doodmaakt|afmaakt|slaat|pijn\s+doet|iets\s+aandoet|aan\s+doet|verspreid\w*|online\s+zet|rondstuurt|straf|wraak)\b/,
  ),
  R(
    'acute_danger',
    'anchored',
    'volgt achter',
    String.raw`\bvolgt\s+(?:me|mij)\s+(?:al\s+)?(?:de\s+hele\s+(?:weg|dag|avond)|naar\s+huis|overal|sinds)\b|\b(?:loopt|liep|lopen|rent|rende|fietst|fietste|rijdt|reed)\s+(?:{TOK}\s+){0,2}?achter\s+(?:me|mij|ons)\s+aan\b`,
  ),
  R(
    'acute_danger',
    'anchored',
    'bang doodsbang',
    String.raw`\b(?:doods)?bang\s+(?:voor|van)\s+(?:{MY}|onze)\s+(?:{TOK}\s+)?(?:vader|stiefvader|moeder|stiefmoeder|pa|ma|papa|mama|ouders|man|ex|exman|vriend|broer|oom|opa|pleegvader|pleegmoeder)\b(?!\s+(?:zijn|z'n|haar|d'r|hun)\b)`,
  ),
  R(
    'acute_danger',
    'strong',
    'deur raam',
    String.raw`\b(?:hij|zij|ze|iemand|{POSS}\s+(?:{TOK}\s+)?{PERSON})\s+(?:{TOK}\s+){0,3}?(?:deur|raam)\s+(?:{TOK}\s+){0,2}?(?:in\s*te\s+trappen|intrappen|ingetrapt|in\s*trapt|in\s+te\s+beuken|in\s+te\s+slaan)\b`,
  ),
];

// ---------------------------------------------------------------------------
// Idioms: any signal overlapping one of these spans is dropped.
// ---------------------------------------------------------------------------

const I = (gate: string, re: RegExp): Gated => ({ gateId: GATES.add(parseGate(gate)), re });

const IDIOM_VERBS = String.raw`(?:schr[io]k\w*|lach\w*|vervee?l\w*|werk\w*|zoek\w*|erger\w*|schaam\w*|scham\w*|zweet\w*|stress\w*|pieker\w*|wacht\w*|klets\w*|betaal\w*|blok\w*|leer\w*|eet|at|zuip\w*|drink\w*|dans\w*|fiets\w*|loop|liep|ren|rende|train\w*|game\w*|irriteer\w*|ergerde|schrok|schrokken|vreet|vrat|slaap|sliep|shop\w*|twijfel\w*)`;

const IDIOMS: Gated[] = [
  I(
    'dood',
    rx(
      String.raw`\bdood\s+van\s+(?:het\s+|de\s+)?(?:lach\w*|honger|dorst|verveling|kou|hitte|warmte|stress|zenuwen|schaamte|schrik|slaap|moeheid|spanning|nieuwsgierigheid|jaloezie|ellende|het\s+lachen)`,
    ),
  ),
  I(
    'dood',
    rx(
      String.raw`\b(?:is|was|wordt|werd|worden|zijn|waren|wordt\s+nog|word)\s+(?:(?:nog\s+eens|echt|gewoon|bijna|zeker|nog)\s+)*(?:{MY}|je|jouw|ons|onze)\s+dood\b`,
    ),
  ),
  I(
    'dood apelazarus rot suf ongeluk pletter kapot pleuris tering lam',
    rx(
      String.raw`\b${IDIOM_VERBS}\s+(?:(?:ik|k|je|jij|we|hij|ze|zij)\s+)?(?:me|mij|mezelf|je|zich|ons|ze|mn|m'n)\s+(?:(?:echt|helemaal|bijna|gewoon|zowat|compleet|altijd|vaak|weer|nog)\s+)*(?:dood|het\s+apelazarus|rot|suf|een\s+ongeluk|te\s+pletter|kapot|de\s+pleuris|de\s+tering|lam)\b`,
    ),
  ),
  I(
    'zel* zef* sel* sef*',
    rx(
      String.raw`\b(?:sociale|politieke|commerciele|financiele|carriere|digitale|pure|puur|regelrechte|regelrecht|echte|sportieve|electorale)\s+{ZM}\w*`,
    ),
  ),
  I(
    'zel* zef* sel* sef*',
    rx(
      String.raw`\b{ZM}\w*\s+(?:voor|met|op)\s+(?:je|jouw|mijn|m'n|mn|de|het|ons|onze|hun|zijn|haar)\s+(?:cijfers?|carriere|rapport|gemiddelde|punten|reputatie|toekomst|portemonnee|bankrekening|budget|status|imago|telefoon|batterij|level|account|planning|nachtrust|slaap)\b`,
    ),
  ),
  I(
    'zel* zef* sel* sef*',
    rx(
      String.raw`\b(?:is|was|lijkt|wordt|zou|leek)\s+(?:(?:echt|gewoon|pure|puur|regelrecht|bijna|toch|wel|een\s+soort|zo'?n\s+beetje)\s+)*{ZM}\b(?!\s*(?:gepleegd|plegen))`,
    ),
  ),
  I(
    'vermoord*',
    rx(
      String.raw`(?<!\bdreig\w*\s+(?:[\w'-]+\s+){0,4})\bvermoord\w*\s+(?:(?:me|mij|ons|je|jou|jullie|hem|haar)\s+)?(?:(?:echt|gewoon|nog|zeker|helemaal|straks)\s+)*(?:als|zodra|wanneer|met|omdat)\b`,
    ),
  ),
  I(
    'slaan',
    rx(
      String.raw`\bkan\s+(?:(?:ik|k)\s+)?(?:mezelf|mijzelf|me|zichzelf|mzelf)\s+(?:wel\s+)?(?:voor\s+\S+\s+(?:kop|hoofd)\s+)?(?:slaan|wel\s+slaan)\b`,
    ),
  ),
  I(
    'kop hoofd harses',
    rx(
      String.raw`\bvoor\s+(?:{MY}|zijn|z'n|haar|de|je)\s+(?:kop|hoofd|harses)\s+(?:kunnen\s+)?(?:slaan|sla|slaat|sloeg|geslagen)\b`,
    ),
  ),
  I(
    'doorheen erdoorheen',
    rx(
      String.raw`\b(?:sla|slaat|sloeg|slaan|sloegen)\s+(?:(?:ik|k|we|hij|ze)\s+)?(?:me|mezelf|mij|ons|zich)\s+(?:(?:er|wel|ook|echt)\s+)*doorheen\b|\berdoorheen\b`,
    ),
  ),
  I('over', rx(String.raw`\b(?:slaat|sloeg|slaan|sloegen)\s+(?:me|mij|ons)\s+over\b`)),
  I(
    'slaat sloeg slaan sloegen verslaat versloeg maakt maken',
    rx(
      String.raw`\b(?:slaat|sloeg|slaan|sloegen|verslaat|versloeg|maakt|maken)\s+(?:(?:hij|ze|zij)\s+)?(?:me|mij|ons)\s+(?:{TOK}\s+){0,3}?(?:met|bij|in)\s+(?:het\s+)?(?:schaken|schaak|dammen|fifa|tennis|tennissen|pingpong|pingpongen|tafeltennis|monopoly|spelletjes?|kaarten|fortnite|games?|uno|badminton|darten|poolen|biljarten|mario\s*kart|armpje\s*drukken|hardlopen|zwemmen|rennen|wedstrijd\w*|potje\w*|wiskunde|quiz\w*|sjoelen|voetbal\w*|padel)\b`,
    ),
  ),
  I(
    'af afgesneden',
    rx(
      String.raw`\b(?:snij|snijd|snijdt|sneed|sneden)\s+(?:(?:ik|k)\s+)?(?:me|mezelf|mijzelf|zichzelf)\s+(?:{TOK}\s+){0,3}?af\b|\b(?:mezelf|mijzelf|zichzelf)\s+(?:{TOK}\s+){0,2}?afgesneden\b`,
    ),
  ),
  I(
    'slaag',
    rx(
      String.raw`\bpak\s+slaag\s+(?:van|tegen)\s+(?:de\s+|het\s+)?(?:tegenstander|tegenpartij|ajax|psv|feyenoord|az|twente|utrecht|\w+\s+(?:fc|united|city))\b|\b(?:we|wij|ons\s+team|jullie|het\s+team|ons\s+elftal|onze\s+club)\b[^.!?]{0,30}\bpak\s+slaag\b`,
    ),
  ),
  I(
    'mes messen',
    rx(
      String.raw`\b(?:mes|messen)\s+(?:{TOK}\s+){0,3}?(?:nodig|om\s+(?:{TOK}\s+){0,2}?te\s+(?:snijden|smeren|schillen)|voor\s+(?:de|het)\s+(?:brood|taart|groente|uien|vlees|fruit|appel|kaas|boter))\b`,
    ),
  ),
  I(
    'bedreig*',
    rx(
      String.raw`\bbedreig\w*\s+(?:{TOK}\s+){0,2}?met\s+(?:een\s+)?(?:onvoldoende|strafwerk|nablijven|straf|schorsing|boete|huisarrest|uitsluiting|ontslag|brief|de\s+rector|een\s+brief|slechte\s+cijfers|een\s+slecht\s+cijfer)\b`,
    ),
  ),
  I(
    'verkracht*',
    rx(
      String.raw`\bverkracht\w*\s+(?:(?:gewoon|echt|helemaal|compleet|totaal)\s+)*(?:het|de|dat|dit|die|deze|mijn|m'n|je|hun|zijn)\s+(?:{TOK}\s+)?(?:nummer|liedje|lied|song|track|beat|taal|spelling|grammatica|origineel|boek|film|klassieker|muziek|gitaar|piano|auto|motor|naam|remix|cover)\b`,
    ),
  ),
  I(
    'misbruikt mishandeld',
    rx(
      String.raw`\b(?:vertrouwen|goedheid|gegevens|naam|account|wachtwoord|positie|macht|gastvrijheid|situatie|vrijheid|privacy)\s+(?:{TOK}\s+){0,3}?(?:misbruikt|mishandeld)\b`,
    ),
  ),
  I(
    'achtervolg*',
    rx(
      String.raw`\bachtervolg\w*\s+door\s+(?:de\s+)?(?:pech|ongeluk|verleden|nachtmerries|gedachten|herinneringen|tegenslag)\b`,
    ),
  ),
  I(
    'klap',
    rx(
      String.raw`\bklap\s+(?:van|tegen)\s+(?:de|het|een)\s+(?:bal|deur|tak|fiets|kast|raam|paal|hockeybal|stick|muur)\b`,
    ),
  ),
  I(
    'klappen slaag',
    rx(
      String.raw`\b(?:we|wij|ons\s+team|jullie|het\s+team|ons\s+elftal|onze\s+club|de\s+ploeg|ons\s+jeugdteam)\b[^.!?]{0,30}\b(?:kregen|krijgen|kreeg|krijgt|gekregen|incasseerden)\s+(?:{TOK}\s+){0,2}?(?:klappen|een\s+pak\s+slaag|slaag)\b`,
    ),
  ),
  I(
    'opgesloten',
    rx(
      String.raw`\bopgesloten\s+(?:(?:geweest|gezeten|gestaan)\s+)?in\s+(?:de|een)\s+(?:lift|trein|bus|metro|tram|parkeergarage|file|sneeuw|auto)\b|\b(?:lift|trein|file)\s+(?:{TOK}\s+){0,3}?opgesloten\b`,
    ),
  ),
  I(
    'mes zakmes',
    rx(
      String.raw`\b(?:heeft|had|kreeg|krijgt|kocht|koopt)\s+(?:een\s+)?(?:zak)?mes\s+(?:{TOK}\s+){0,4}?(?:gekregen|gekocht|cadeau|voor\s+(?:scouting|het\s+kamp|vissen|de\s+keuken))\b`,
    ),
  ),
  I(
    'veilig',
    rx(
      String.raw`\bniet\s+(?:meer\s+)?veilig\s+(?:op\s+de\s+fiets|op\s+(?:de|het|dit|die|deze)\s+(?:weg|straat|fietspad|kruispunt|kruising|rotonde|oversteekplaats|zebrapad|\w+(?:straat|weg|laan|plein|singel|kade))|in\s+het\s+verkeer|als\s+{IK}\s+(?:fiets|oversteek))\b`,
    ),
  ),
  I(
    'pillen tabletten paracetamol* medicijnen',
    rx(
      String.raw`\b(?:pillen|tabletten|paracetamol\w*|medicijnen)\s+(?:{TOK}\s+){0,2}?(?:tegen|voor)\s+(?:de\s+|mijn\s+|m'n\s+)?(?:hoofdpijn|pijn|koorts|griep|menstruatiepijn|buikpijn|verkoudheid|allergie|hooikoorts)\b`,
    ),
  ),
  I('dood', rx(String.raw`\bde\s+dood\s+van\s+(?:{MY}|onze|de|het|haar|zijn|z'n|een)\b`)),
  I('gestoken', rx(String.raw`\bgestoken\s+door\s+(?:een\s+)?(?:wesp|bij|mug|kwal|brandnetel\w*|insect)\b`)),
  I(
    'eruit uit',
    rx(
      String.raw`\b(?:schopt|schopte|schoppen|trapt|trapte|gooit|gooide|gooien)\s+(?:me|mij|ons)\s+(?:{TOK}\s+){0,2}?(?:eruit|uit\s+(?:de|het)\s+(?:groep|groepsapp|app|klas|team|les|game|lobby|chat|selectie))\b`,
    ),
  ),
  I(
    'vermoorden afmaken',
    rx(
      String.raw`\b(?:mijn|m'n|mn)\s+(?:moeder|vader|ouders|pa|ma|mama|papa)\s+(?:gaat|gaan|zal|zullen)\s+me\s+(?:{TOK}\s+){0,2}?(?:vermoorden|afmaken)\b(?=[^.!?]{0,40}\b(?:rapport|cijfer\w*|toets\w*|kamer|telefoon|schoenen|laat|thuiskom\w*)\b)`,
    ),
  ),
];

const ANCHOR = /\b(?:ik|k|ikke|ikzelf|me|mij|mijn|m'n|mn|mezelf|mijzelf|we|wij|ons|onze|thuis)\b/;
const TOPIC = rx(
  String.raw`\b(?:\w*preventie|voorlichting\w*|aandacht\s+(?:voor|aan)|bespreekbaar\w*|taboe\w*|workshops?|trainingen|training\s+over|cursus\w*|gastles\w*|spreekbeurt\w*|werkstuk\w*|profielwerkstuk\w*|presentatie\w*|onderzoek\w*|beleid\w*|protocol\w*|meldcode\w*|campagne\w*|cijfers\s+over|statistiek\w*|procent|documentaire\w*|serie|film\s+over|boek\s+over|roman|lesprogramma\w*|lespakket\w*|thema\w*|webinar\w*|congres\w*|symposium|signalen|signaleren|herkennen|professionals?|hulpverleners|jeugdprofessionals?|docenten|leerkrachten|jongerenwerkers|scholen|gemeente|wethouder|gemeenteraad|nieuws|krant|artikel\w*|journaal|podcast\w*|aanpak|bestrijden|bestrijding|lesmateriaal|in\s+de\s+les|tijdens\s+de\s+les|mentorles|landelijk\w*|jaarlijks|steeds\s+vaker|steeds\s+meer\s+jongeren|veel\s+jongeren|jongeren\s+die|kinderen\s+die|leerlingen\s+die|ouders\s+die|slachtoffers\s+van|als\s+(?:hulpverlener|docent|mentor|jongerenwerker|professional|leerkracht|jeugdarts|wijkagent|buurtcoach|zorgcoordinator|vertrouwenspersoon|psycholoog|jeugdzorgwerker|jeugdwerker|ouder|school|organisatie|team))\b`,
  '',
);
const ACCIDENT =
  /\b(?:per\s*ongeluk|bij\s+het\s+(?:koken|sporten|voetballen|hockeyen|knutselen|schillen|snijden\s+van|vallen|skaten|fietsen)|tijdens\s+(?:het\s+)?(?:koken|sporten|voetbal\w*|hockey\w*|training|gym|de\s+training|de\s+wedstrijd|de\s+gymles|het\s+sporten)|aan\s+(?:de|het|een)\s+(?:pan|oven|strijkijzer|kaars|blikje|papier|krultang|stijltang)|van\s+de\s+(?:kat|poes|hond)|de\s+kat|scheidsrechter|overtreding|gele\s+kaart|rode\s+kaart)\b/;
const ACCIDENT_CATEGORIES: ReadonlySet<CrisisCategory> = new Set<CrisisCategory>(['self_harm', 'abuse']);

const NEGATORS: ReadonlySet<string> = new Set(['niet', 'nooit', 'geen', 'nimmer']);
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'maar',
  'want',
  'omdat',
  'en',
  'dus',
  'terwijl',
  'toen',
  'sinds',
  'doordat',
  'zodat',
  'of',
  'als',
  'wanneer',
  'hoewel',
  'tenzij',
  'nadat',
  'voordat',
  'zodra',
  'dat',
  'daarom',
  'alleen',
]);
const WORD = /[\w'-]+/g;
const CLAUSE_PUNCT = /[,;:()"]/;

function wordsOf(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** Words of the clause before `start`, closest first, stopping at punctuation or a conjunction. */
function clauseBefore(norm: string, sentenceStart: number, start: number, max: number): string[] {
  let from = start;
  while (from > sentenceStart && !CLAUSE_PUNCT.test(norm.charAt(from - 1))) from--;
  const words = wordsOf(norm.slice(from, start)).reverse();
  const out: string[] = [];
  for (const w of words) {
    if (CLAUSE_WORDS.has(w) || out.length >= max) break;
    out.push(w);
  }
  return out;
}

function clauseAfter(norm: string, end: number, sentenceEnd: number, max: number): string[] {
  let to = end;
  while (to < sentenceEnd && !CLAUSE_PUNCT.test(norm.charAt(to))) to++;
  const out: string[] = [];
  for (const w of wordsOf(norm.slice(end, to))) {
    if (CLAUSE_WORDS.has(w) || out.length >= max) break;
    out.push(w);
  }
  return out;
}

function isNegated(norm: string, sentence: Span, start: number, end: number): boolean {
  const after = clauseAfter(norm, end, sentence.end, 3);
  const before = clauseBefore(norm, sentence.start, start, 5);
  for (let i = 0; i < before.length; i++) {
    const w = before[i] ?? '';
    if (!NEGATORS.has(w)) continue;
    // before[] is reversed: the word following the negator is at i - 1.
    const next = i > 0 ? before[i - 1] : undefined;
    if (next === 'meer' || next === 'alleen') continue;
    if (w === 'geen' && (before.slice(0, i).includes('meer') || after.includes('meer'))) continue;
    return true;
  }
  for (let i = 0; i < after.length; i++) {
    const w = after[i] ?? '';
    if ((w === 'niet' || w === 'nooit') && after[i + 1] !== 'meer' && after[i + 1] !== 'alleen') return true;
  }
  return false;
}

function sentenceFor(spans: Span[], pos: number): Span {
  for (const s of spans) if (pos >= s.start && pos < s.end) return s;
  return spans[spans.length - 1] ?? { start: 0, end: 0 };
}

const MAX_LENGTH = 10_000;

/** Detects crisis signals (suicide, self-harm, abuse, domestic/sexual violence, acute danger) in Dutch text. */
export function detectCrisis(text: string): CrisisResult {
  const input = text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH) : text;
  const norm = normalizeForMatching(input);

  interface Candidate {
    rule: Rule;
    m: RegExpExecArray;
    start: number;
    end: number;
  }
  const active = GATES.active(norm);
  const candidates: Candidate[] = [];
  for (const rule of RULES) {
    if (active[rule.gateId] !== 1) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(norm)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      // Trailing whitespace can sneak in through optional groups; it should not be part of the reported match.
      const trimmed = m[0].replace(/\s+$/, '');
      candidates.push({ rule, m, start: m.index, end: m.index + trimmed.length });
    }
  }
  if (candidates.length === 0) return { isCrisis: false, categories: [], signals: [] };

  const idiomSpans: Span[] = [];
  for (const { gateId, re } of IDIOMS) {
    if (active[gateId] !== 1) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      idiomSpans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  const sentences = sentenceSpans(norm);

  const signals: CrisisSignal[] = [];
  for (const c of candidates) {
    const span = { start: c.start, end: c.end };
    if (idiomSpans.some((s) => overlaps(s, span))) continue;
    const sent = sentenceFor(sentences, c.start);
    const sentence = norm.slice(sent.start, sent.end);
    const { rule } = c;
    if (rule.level !== 'strong' && !ANCHOR.test(sentence)) continue;
    if (rule.level === 'weak' && TOPIC.test(sentence)) continue;
    if (rule.sentenceRequires && !rule.sentenceRequires.test(sentence)) continue;
    if (isNegated(norm, sent, c.start, c.end)) continue;
    const category =
      typeof rule.category === 'function'
        ? rule.category(c.m, { norm, start: c.start, sentence })
        : rule.category;
    if (ACCIDENT_CATEGORIES.has(category)) {
      let from = c.start;
      while (from > sent.start && !CLAUSE_PUNCT.test(norm.charAt(from - 1))) from--;
      let to = c.end;
      while (to < sent.end && !CLAUSE_PUNCT.test(norm.charAt(to))) to++;
      if (ACCIDENT.test(norm.slice(from, to))) continue;
    }
    signals.push({ category, match: input.slice(c.start, c.end), start: c.start, end: c.end });
  }

  signals.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CrisisSignal[] = [];
  for (const s of signals) {
    if (kept.some((k) => k.category === s.category && overlaps(k, s))) continue;
    kept.push(s);
  }
  const present = new Set(kept.map((s) => s.category));
  const categories = CRISIS_CATEGORIES.filter((c) => present.has(c));
  return { isCrisis: kept.length > 0, categories, signals: kept };
}

/** Internals for the gate-consistency test; not part of the public API. */
export const __testing = { RULES, IDIOMS, GATES };
