import fc from 'fast-check';
import { bradleyTerry } from './bradley-terry';
import { ballotPoints, combineGroupScores } from './combine';
import { kendallTauB } from './kendall';
import { rankScores } from './ranks';

describe('rankScores', () => {
  it('gives tied scores the same rank and skips the next ("1, 2, 2, 4")', () => {
    const r = rankScores([
      { key: 'a', score: 3 },
      { key: 'b', score: 5 },
      { key: 'c', score: 3 },
      { key: 'd', score: 1 },
    ]);
    expect(r.map((x) => [x.key, x.rank, x.tied])).toEqual([
      ['b', 1, false],
      ['a', 2, true],
      ['c', 2, true],
      ['d', 4, false],
    ]);
  });

  it('treats floating-point noise as a tie', () => {
    const r = rankScores([
      { key: 'x', score: 0.1 + 0.2 },
      { key: 'y', score: 0.3 },
    ]);
    expect(r.every((e) => e.rank === 1 && e.tied)).toBe(true);
  });

  it('ranks are between 1 and n and never better than the number of higher scores plus one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (scores) => {
        const r = rankScores(scores.map((score, key) => ({ key, score })));
        for (const e of r) {
          const higher = scores.filter((s) => s > e.score).length;
          expect(e.rank).toBe(higher + 1);
        }
      }),
    );
  });
});

describe('kendallTauB', () => {
  it('is 1 for the same order and -1 for the reverse', () => {
    expect(kendallTauB([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
  });

  it('matches a hand count: one swapped pair of three gives (2 - 1) / 3', () => {
    expect(kendallTauB([1, 2, 3], [1, 3, 2])).toBeCloseTo(1 / 3);
  });

  it('corrects for ties (tau-b): x = [1, 1, 2], y = [1, 2, 3] gives 2 / sqrt(2 * 3)', () => {
    expect(kendallTauB([1, 1, 2], [1, 2, 3])).toBeCloseTo(2 / Math.sqrt(6));
  });

  it('is undefined when one side has no order at all', () => {
    expect(kendallTauB([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(kendallTauB([1], [1])).toBeNull();
  });

  it('is symmetric and within [-1, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), {
          minLength: 2,
          maxLength: 20,
        }),
        (pairs) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          const a = kendallTauB(x, y);
          const b = kendallTauB(y, x);
          expect(a === null ? null : Number(a.toFixed(12))).toEqual(
            b === null ? null : Number(b.toFixed(12)),
          );
          if (a !== null) expect(Math.abs(a)).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
    );
  });
});

describe('bradleyTerry', () => {
  it('reproduces the closed form for two items: 3 wins to 1 gives 0.75 / 0.25', () => {
    const comparisons = [
      { winner: 'a', loser: 'b' },
      { winner: 'a', loser: 'b' },
      { winner: 'a', loser: 'b' },
      { winner: 'b', loser: 'a' },
    ];
    const [pa, pb] = bradleyTerry(['a', 'b'], comparisons, { prior: 0 });
    expect(pa).toBeCloseTo(0.75, 6);
    expect(pb).toBeCloseTo(0.25, 6);
  });

  it('counts a weighted comparison like that many single ones', () => {
    const single = bradleyTerry(
      ['a', 'b', 'c'],
      [
        { winner: 'a', loser: 'b' },
        { winner: 'a', loser: 'b' },
        { winner: 'c', loser: 'a' },
      ],
    );
    const weighted = bradleyTerry(
      ['a', 'b', 'c'],
      [
        { winner: 'a', loser: 'b', count: 2 },
        { winner: 'c', loser: 'a' },
      ],
    );
    weighted.forEach((p, i) => expect(p).toBeCloseTo(single[i] as number, 12));
  });

  it('gives equal strengths without votes, and finite ones for an item that always won', () => {
    expect(bradleyTerry(['a', 'b', 'c'], [])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    const p = bradleyTerry(
      ['a', 'b', 'c'],
      [
        { winner: 'a', loser: 'b' },
        { winner: 'a', loser: 'c' },
        { winner: 'b', loser: 'c' },
      ],
    );
    expect(p[0]).toBeGreaterThan(p[1] as number);
    expect(p[1]).toBeGreaterThan(p[2] as number);
    expect(p.every((x) => Number.isFinite(x) && x > 0)).toBe(true);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('uses who was beaten, not the raw win count', () => {
    // b and c both win once, but b beat the strong item a while c only beat the weak item d
    const votes = [
      ...Array.from({ length: 5 }, () => ({ winner: 'a', loser: 'c' })),
      ...Array.from({ length: 5 }, () => ({ winner: 'a', loser: 'd' })),
      { winner: 'b', loser: 'a' },
      { winner: 'a', loser: 'b' },
      { winner: 'c', loser: 'd' },
      { winner: 'd', loser: 'c' },
      { winner: 'd', loser: 'b' },
    ];
    const [, pb, pc] = bradleyTerry(['a', 'b', 'c', 'd'], votes);
    expect(pb).toBeGreaterThan(pc as number);
  });
});

describe('combineGroupScores', () => {
  it('does not let a large group drown a small one', () => {
    const { combined, effectiveWeights } = combineGroupScores(
      2,
      [
        { group: 'youth', scores: [1000, 0], voters: 1000 },
        { group: 'parent', scores: [0, 1], voters: 1 },
      ],
      { youth: 1, parent: 1 },
    );
    expect(combined[0]).toBeCloseTo(0.5);
    expect(combined[1]).toBeCloseTo(0.5);
    expect(effectiveWeights).toEqual({ youth: 0.5, parent: 0.5 });
  });

  it('applies weights and leaves out groups without votes', () => {
    const { combined, effectiveWeights } = combineGroupScores(
      2,
      [
        { group: 'a', scores: [3, 1], voters: 4 },
        { group: 'b', scores: [1, 1], voters: 2 },
        { group: 'c', scores: [0, 0], voters: 0 },
      ],
      { a: 3, b: 1, c: 1 },
    );
    expect(effectiveWeights).toEqual({ a: 0.75, b: 0.25 });
    expect(combined[0]).toBeCloseTo(0.75 * 0.75 + 0.25 * 0.5);
    expect(combined[1]).toBeCloseTo(0.75 * 0.25 + 0.25 * 0.5);
  });
});

describe('ballotPoints', () => {
  it('gives 1 for a pick and rankTop + 1 down to 2 for ranked picks', () => {
    expect(ballotPoints(null, 5)).toBe(1);
    expect(ballotPoints(1, 5)).toBe(6);
    expect(ballotPoints(5, 5)).toBe(2);
    expect(() => ballotPoints(6, 5)).toThrow();
  });
});
