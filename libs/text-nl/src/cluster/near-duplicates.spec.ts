import { findNearDuplicates } from './near-duplicates';

describe('findNearDuplicates', () => {
  const base =
    'Ik sta al zeven maanden op een wachtlijst voor een psycholoog en niemand laat iets van zich horen';

  it('finds copies and lightly edited copies, pointing at the earliest original', () => {
    const docs = [
      { id: 'a', text: base },
      { id: 'b', text: 'Gratis sporten voor iedereen tot achttien jaar zou mooi zijn' },
      { id: 'c', text: base.toUpperCase() + '!' },
      { id: 'd', text: base.replace('zeven', 'acht') },
    ];
    const result = findNearDuplicates(docs);
    expect(result.map((r) => [r.id, r.duplicateOfId])).toEqual([
      ['c', 'a'],
      ['d', 'a'],
    ]);
    expect(result[0]!.similarity).toBe(1);
    expect(result[1]!.similarity).toBeGreaterThanOrEqual(0.8);
    expect(result[1]!.similarity).toBeLessThan(1);
  });

  it('does not flag texts on the same subject written differently', () => {
    const docs = [
      { id: 'a', text: base },
      { id: 'b', text: 'De wachtlijst voor de psycholoog is veel te lang, al maanden hoor ik niets' },
    ];
    expect(findNearDuplicates(docs)).toEqual([]);
  });

  it('respects the threshold and ignores empty texts', () => {
    const docs = [
      { id: 'a', text: base },
      { id: 'b', text: base.replace('zeven maanden', 'een jaar') },
      { id: 'c', text: '' },
      { id: 'd', text: '   ' },
    ];
    expect(findNearDuplicates(docs, { threshold: 0.99 })).toEqual([]);
    expect(findNearDuplicates(docs, { threshold: 0.5 }).map((r) => r.id)).toEqual(['b']);
  });

  it('stays fast on many identical texts (each copy is compared with its original only)', () => {
    const docs = Array.from({ length: 5000 }, (_, i) => ({
      id: String(i),
      text: `bericht nummer ${i} over hetzelfde onderwerp`,
    }));
    const started = Date.now();
    const result = findNearDuplicates(docs);
    expect(Date.now() - started).toBeLessThan(5000);
    // Numbers are not words, so all texts are the same: every one after the first points at it.
    expect(result.length).toBe(4999);
    expect(result.every((r) => r.duplicateOfId === '0')).toBe(true);
  });
});
