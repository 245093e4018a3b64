import { countList, equalWeights, groupCounts, percent, rankLabel, weightList } from './ranks';

describe('rankLabel', () => {
  it('shows a shared place with "="', () => {
    expect(rankLabel(2, true)).toBe('=2');
    expect(rankLabel(2, false)).toBe('2');
    expect(rankLabel(null)).toBe('–');
  });
});

describe('weights', () => {
  it('knows when all voting groups weigh the same', () => {
    expect(
      equalWeights({ youth: 0.25, parent: 0.25, professional: 0.25, policy_research_education: 0.25 }),
    ).toBe(true);
    expect(equalWeights({ youth: 1 / 3, parent: 1 / 3, professional: 1 / 3 })).toBe(true);
    expect(equalWeights({ youth: 0.5, parent: 0.25, professional: 0.25 })).toBe(false);
    expect(equalWeights({})).toBe(true);
  });

  it('lists weights as percentages in group order, without groups that have none', () => {
    expect(
      weightList({ professional: 0.25, youth: 0.5, parent: 0.25, policy_research_education: 0 }),
    ).toEqual([
      { group: 'youth', percent: 50 },
      { group: 'parent', percent: 25 },
      { group: 'professional', percent: 25 },
    ]);
    expect(percent(1 / 3)).toBe(33);
  });
});

describe('count lists', () => {
  it('keeps the fixed order and drops zeros', () => {
    expect(groupCounts({ professional: 2, youth: 7, parent: 0 })).toEqual([
      { key: 'youth', count: 7 },
      { key: 'professional', count: 2 },
    ]);
    expect(countList(['experiential', 'practice', 'scientific'] as const, { scientific: 1 })).toEqual([
      { key: 'scientific', count: 1 },
    ]);
  });
});
