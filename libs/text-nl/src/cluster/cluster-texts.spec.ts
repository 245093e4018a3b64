import { clusterTexts } from './cluster-texts';
import { adjustedRandIndex } from './metrics';
import { UNCLUSTERED_KEY } from './types';

const WACHT = [
  'Ik sta al maanden op de wachtlijst voor een psycholoog',
  'De wachtlijst bij de ggz is veel te lang, maanden wachten op een psycholoog',
  'Waarom moet je zo lang wachten op hulp van een psycholoog? Die wachtlijst is belachelijk',
  'Na de intake kwam ik op een wachtlijst van acht maanden voor de psycholoog',
  'Mijn zoon wacht al een half jaar op een psycholoog, de wachtlijsten zijn te lang',
  'Wachtlijsten voor de psycholoog moeten korter, wachten maakt het erger',
];
const SPORT = [
  'Voetbal bij de club is te duur, de contributie kunnen we niet betalen',
  'Gratis sporten voor kinderen, want de contributie van de club is te hoog',
  'Mijn dochter wil op voetbal maar de club vraagt veel contributie',
  'Sporten bij een club kost te veel geld voor ons gezin',
  'De sportclub en voetbal moeten goedkoper, de contributie is te duur',
  'Kinderen moeten kunnen sporten bij een club, ook als ouders de contributie niet kunnen betalen',
];
const docs = [...WACHT, ...SPORT].map((text, i) => ({ id: `d${i}`, text }));
const truth = docs.map((_, i) => (i < WACHT.length ? 0 : 1));

const primary = (r: ReturnType<typeof clusterTexts>) => r.assignments.filter((a) => a.primary);

describe('clusterTexts', () => {
  it('separates two clear themes with a fixed k and names them with readable words', () => {
    const result = clusterTexts(docs, { k: 2, seed: 1 });
    expect(result.k).toBe(2);
    expect(result.themes).toHaveLength(2);
    const byId = new Map(primary(result).map((a) => [a.id, a.themeKey]));
    expect(
      adjustedRandIndex(
        truth,
        docs.map((d) => byId.get(d.id)!),
      ),
    ).toBe(1);
    const allKeywords = result.themes.flatMap((t) => t.keywords);
    expect(allKeywords).toEqual(expect.arrayContaining(['psycholoog', 'contributie']));
    // Surface forms, not stems ("psycholog", "contributi" would be stems).
    expect(allKeywords).not.toContain('psycholog');
    for (const theme of result.themes) {
      expect(theme.label.length).toBeGreaterThan(3);
      expect(theme.representativeIds.length).toBeGreaterThan(0);
      expect(theme.size).toBe(6);
    }
  });

  it('chooses k automatically when none is given, without mixing the themes', () => {
    const result = clusterTexts(docs, { seed: 3 });
    expect(result.k).toBeGreaterThanOrEqual(2);
    expect(result.k).toBeLessThanOrEqual(3);
    for (const theme of result.themes) {
      const members = primary(result)
        .filter((a) => a.themeKey === theme.key)
        .map((a) => truth[Number(a.id.slice(1))]);
      expect(new Set(members).size).toBe(1);
    }
  });

  it('is deterministic for a seed', () => {
    expect(clusterTexts(docs, { seed: 5 })).toEqual(clusterTexts(docs, { seed: 5 }));
  });

  it('gives every text exactly one primary theme and at most maxLabelsPerDoc labels, each with a score', () => {
    const mixed = [...docs, { id: 'both', text: `${WACHT[1]!} ${SPORT[0]!}` }];
    const result = clusterTexts(mixed, { k: 2, seed: 1, maxLabelsPerDoc: 2 });
    for (const d of mixed) {
      const rows = result.assignments.filter((a) => a.id === d.id);
      expect(rows.filter((a) => a.primary)).toHaveLength(1);
      expect(rows[0]!.primary).toBe(true);
      expect(rows.length).toBeLessThanOrEqual(2);
      for (const a of rows) {
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(1);
      }
    }
    const both = result.assignments.filter((a) => a.id === 'both');
    expect(both).toHaveLength(2);
    expect(both[0]!.score).toBeGreaterThanOrEqual(both[1]!.score);
    expect(clusterTexts(mixed, { k: 2, seed: 1, maxLabelsPerDoc: 1 }).assignments).toHaveLength(mixed.length);
  });

  it('reports near-duplicates and keeps them out of the representatives', () => {
    const withCopy = [...docs, { id: 'copy', text: WACHT[0]! + '!' }];
    const result = clusterTexts(withCopy, { k: 2, seed: 1 });
    expect(result.nearDuplicates).toEqual([{ id: 'copy', duplicateOfId: 'd0', similarity: 1 }]);
    expect(result.themes.flatMap((t) => t.representativeIds)).not.toContain('copy');
  });

  it.each([0, 1, 2, 5])('handles %i texts without throwing', (n) => {
    const few = docs.slice(0, n);
    const result = clusterTexts(few, {});
    expect(primary(result)).toHaveLength(n);
    expect(result.k).toBeLessThanOrEqual(Math.max(1, n));
    if (n === 0) expect(result.themes).toEqual([]);
  });

  it('puts empty and stopword-only texts in a separate "other" theme', () => {
    const result = clusterTexts(
      [
        ...docs,
        { id: 'empty', text: '' },
        { id: 'stop', text: 'ik en de het' },
        { id: 'num', text: '12 34' },
      ],
      {
        k: 2,
      },
    );
    const other = result.themes.find((t) => t.key === UNCLUSTERED_KEY)!;
    expect(other.size).toBe(3);
    expect(result.k).toBe(2);
    expect(result.assignments.find((a) => a.id === 'empty')).toEqual({
      id: 'empty',
      themeKey: UNCLUSTERED_KEY,
      score: 0,
      primary: true,
    });
  });

  it('handles only empty texts, k larger than the input and English', () => {
    expect(
      clusterTexts(
        [
          { id: 'a', text: '' },
          { id: 'b', text: ' ' },
        ],
        {},
      ).k,
    ).toBe(0);
    expect(clusterTexts(docs.slice(0, 3), { k: 10 }).k).toBeLessThanOrEqual(3);
    const en = clusterTexts(
      [
        { id: '1', text: 'The waiting list for a psychologist is far too long' },
        { id: '2', text: 'Months on a waiting list before seeing a psychologist' },
        { id: '3', text: 'Football club fees are too expensive for our family' },
        { id: '4', text: 'Our family cannot pay the football club fees' },
      ],
      { lang: 'en', k: 2 },
    );
    expect(en.themes.map((t) => t.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/psychologist|waiting/i)]),
    );
  });
});
