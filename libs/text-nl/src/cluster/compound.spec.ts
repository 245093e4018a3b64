import { CompoundSplitter } from './compound';
import { analyzeCorpus } from './features';
import { languageTools } from './language';

describe('CompoundSplitter', () => {
  const freq = new Map([
    ['jeugd', 5],
    ['hulp', 9],
    ['hulpverlener', 4],
    ['verlener', 1],
    ['veiligheid', 3],
    ['plan', 3],
    ['wachtlijst', 40],
    ['wacht', 2],
    ['lijst', 2],
  ]);
  const splitter = new CompoundSplitter(freq);

  it('splits a compound into parts that occur on their own', () => {
    expect(splitter.split('jeugdhulpverlener')).toEqual(['jeugd', 'hulpverlener']);
    expect(splitter.split('jeugdhulp')).toEqual(['jeugd', 'hulp']);
  });

  it('removes a linking s', () => {
    expect(splitter.split('veiligheidsplan')).toEqual(['veiligheid', 'plan']);
  });

  it('keeps a word whole when it is more common than its parts', () => {
    expect(splitter.split('wachtlijst')).toEqual([]);
    expect(splitter.split('onbekendwoord')).toEqual([]);
  });
});

describe('analyzeCorpus', () => {
  it('adds compound parts as extra (lighter) features in Dutch only', () => {
    const texts = ['de jeugdhulp is traag', 'jeugd heeft hulp nodig', 'hulp voor de jeugd'];
    const nl = analyzeCorpus(texts, languageTools('nl'));
    expect(nl.features[0]).toEqual(
      expect.arrayContaining([
        ['w:jeugdhulp', 1],
        ['w:jeugd', 0.5],
        ['w:hulp', 0.5],
      ]),
    );
    const en = analyzeCorpus(['the youthcare is slow', 'youth care', 'youth care'], languageTools('en'));
    expect(en.features[0]!.every(([, w]) => w === 1)).toBe(true);
  });

  it('adds stem bigrams when asked', () => {
    const a = analyzeCorpus(['lange wachtlijsten psycholoog'], languageTools('nl'), {
      bigrams: true,
      compounds: false,
    });
    expect(a.features[0]).toContainEqual(['b:lang wachtlijst', 1]);
  });
});
