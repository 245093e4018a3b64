import { detectCrisis, __testing, type CrisisCategory } from './crisis';
import { normalizeForMatching } from './normalize';
import { crisisTestCases } from '../testdata/crisis.nl';

function categories(text: string): CrisisCategory[] {
  return detectCrisis(text).categories;
}

describe('detectCrisis', () => {
  it('returns an empty result for ordinary text', () => {
    expect(detectCrisis('Kunnen er meer bankjes in het Wilhelminapark?')).toEqual({
      isCrisis: false,
      categories: [],
      signals: [],
    });
    expect(detectCrisis('')).toEqual({ isCrisis: false, categories: [], signals: [] });
  });

  it('reports offsets into the original text, including after diacritics and capitals', () => {
    const text = 'Hé, ik ben SUÏCIDAAL en weet het niet meer.';
    const result = detectCrisis(text);
    expect(result.isCrisis).toBe(true);
    const signal = result.signals[0];
    expect(signal).toBeDefined();
    expect(signal?.category).toBe('suicide');
    expect(text.slice(signal?.start, signal?.end)).toBe(signal?.match);
    expect(signal?.match).toBe('SUÏCIDAAL');
  });

  it('offsets are consistent for every signal in the test set', () => {
    for (const { text } of crisisTestCases) {
      for (const s of detectCrisis(text).signals) {
        expect(text.slice(s.start, s.end)).toBe(s.match);
        expect(s.end).toBeGreaterThan(s.start);
      }
    }
  });

  describe('categories', () => {
    it.each<[string, CrisisCategory]>([
      ['ik wil niet meer leven', 'suicide'],
      ['k wil dood', 'suicide'],
      ['ik denk erover om er een eind aan te maken', 'suicide'],
      ['ik heb zelfmoordgedachten', 'suicide'],
      ['ik denk aan zelfmoort', 'suicide'],
      ['ik hoop dat ik morgen niet meer wakker word', 'suicide'],
      ['ik snij mezelf', 'self_harm'],
      ['ik ben weer begonnen met krassen', 'self_harm'],
      ['ik doe mezelf pijn', 'self_harm'],
      ['mijn vader slaat me', 'abuse'],
      ['me moeder slaat me', 'abuse'],
      ['ik word mishandeld', 'abuse'],
      ['hij schopt me', 'abuse'],
      ['mijn ouders slaan elkaar', 'domestic_violence'],
      ['mijn vader slaat mijn moeder', 'domestic_violence'],
      ['mijn stiefvader bedreigt mijn moeder', 'domestic_violence'],
      ['bij ons thuis is huiselijk geweld', 'domestic_violence'],
      ['mijn man slaat mij', 'domestic_violence'],
      ['hij heeft me aangerand', 'sexual_violence'],
      ['ik ben verkracht', 'sexual_violence'],
      ['hij dwingt me tot seks', 'sexual_violence'],
      ["mijn ex heeft mijn naaktfoto's verspreid", 'sexual_violence'],
      ['hij chanteert me met een filmpje', 'sexual_violence'],
      ['ik ben niet veilig thuis', 'acute_danger'],
      ['hij heeft een mes', 'acute_danger'],
      ['ik durf niet naar huis', 'acute_danger'],
      ['ik word bedreigd', 'acute_danger'],
    ])('%s → %s', (text, category) => {
      expect(categories(text)).toContain(category);
    });

    it('lists each category once, in canonical order', () => {
      const result = detectCrisis('mijn vader slaat me en ik wil dood. hij slaat me echt elke dag.');
      expect(result.categories).toEqual(['suicide', 'abuse']);
      expect(result.signals.filter((s) => s.category === 'abuse')).toHaveLength(2);
    });
  });

  describe('everyday idiom is not crisis', () => {
    it.each([
      'ik ga dood van het lachen',
      'die toets was mijn dood',
      'ik schrok me dood',
      'ik ben doodmoe',
      'ik verveel me dood',
      'ik zou me doodschamen',
      'dat is zelfmoord voor je cijfers',
      'dat is sociale zelfmoord voor mij',
      'de wiskundeleraar vermoordt ons met huiswerk',
      'die film was killing',
      'mijn moeder gaat me vermoorden als ze mijn rapport ziet',
      'ik kan mezelf wel voor mijn kop slaan',
      'mijn opa slaat me altijd met schaken',
      'ik sneed mezelf per ongeluk in mijn vinger bij het koken',
      'er zitten krassen op mijn telefoonscherm',
      'we kregen een pak slaag van de tegenstander',
      'die remix verkracht gewoon het originele nummer',
      'ik voel me niet veilig op de fiets op de Amsterdamsestraatweg',
    ])('%s', (text) => {
      expect(detectCrisis(text).isCrisis).toBe(false);
    });
  });

  describe('negation policy', () => {
    it.each([
      'ik heb nooit gedacht aan zelfmoord',
      'ik wil niet dood',
      'ik heb geen zelfmoordgedachten',
      'mijn vader slaat me niet',
      'mijn vader slaat me nooit',
      'ik wil geen zelfmoord plegen',
      'ik ben niet bang voor mijn vader',
    ])('clear negation does not fire: %s', (text) => {
      expect(detectCrisis(text).isCrisis).toBe(false);
    });

    it.each([
      'ik heb geen zelfmoordgedachten meer sinds de therapie',
      'ik snij mezelf niet meer',
      'hij slaat me niet meer sinds we verhuisd zijn',
      'vroeger sneed ik mezelf',
    ])('"no longer" and past statements about oneself still fire: %s', (text) => {
      expect(detectCrisis(text).isCrisis).toBe(true);
    });

    it('a negation in another clause does not cancel the signal', () => {
      expect(detectCrisis('ik kan niet slapen, ik denk steeds aan zelfmoord').isCrisis).toBe(true);
      expect(detectCrisis('ik weet niet wat ik moet doen want mijn vader slaat me').isCrisis).toBe(true);
    });
  });

  describe('topic statements by professionals', () => {
    it.each([
      'er moet meer aandacht komen voor suïcidepreventie op scholen',
      'voorlichting over huiselijk geweld',
      'als jongerenwerker volg ik een training over signalen van kindermishandeling',
      'in de serie gaat het over zelfmoord',
      'heb je zelfmoordgedachten? bel 113',
    ])('%s', (text) => {
      expect(detectCrisis(text).isCrisis).toBe(false);
    });

    it('the same words about a concrete person do fire', () => {
      expect(detectCrisis('mijn vriendin heeft zelfmoordgedachten').isCrisis).toBe(true);
      expect(detectCrisis('mijn zoon praat veel over zelfmoord').isCrisis).toBe(true);
    });
  });

  it('handles chat spelling and typos', () => {
    expect(detectCrisis('k wil er gwn niet meer zijn').isCrisis).toBe(true);
    expect(detectCrisis('ik wordt geslagen door mn vader').isCrisis).toBe(true);
    expect(detectCrisis('ik heb selfmoord gedachten').isCrisis).toBe(true);
    expect(detectCrisis('ze moorden in die serie iedereen uit').isCrisis).toBe(false);
  });

  it('every regex match on the test corpus is admitted by its gate', () => {
    const { RULES, IDIOMS, GATES } = __testing;
    for (const { text } of crisisTestCases) {
      const norm = normalizeForMatching(text);
      const active = GATES.active(norm);
      for (const { re, gateId } of [...RULES, ...IDIOMS]) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(norm)) !== null) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          expect({ match: m[0], gate: active[gateId] }).toEqual({ match: m[0], gate: 1 });
        }
      }
    }
  });
});
