import { retentionDue, retentionEndsAt, type RetentionFields } from './retention-rules';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const round = (over: Partial<RetentionFields>): RetentionFields => ({
  status: 'closed',
  closesAt: null,
  leftOpenAt: null,
  retentionDays: 30,
  ...over,
});

describe('retention period of a round', () => {
  it('counts from the closing date when the round has one', () => {
    const r = round({ closesAt: day('2025-01-01'), leftOpenAt: day('2024-12-20') });
    expect(retentionEndsAt(r)).toEqual(day('2025-01-31'));
    expect(retentionDue(r, day('2025-01-30'))).toBe(false);
    expect(retentionDue(r, day('2025-01-31'))).toBe(true);
  });

  it('counts from the moment it left open when it has no closing date', () => {
    const r = round({ leftOpenAt: day('2025-03-01'), retentionDays: 10 });
    expect(retentionEndsAt(r)).toEqual(day('2025-03-11'));
    expect(retentionDue(r, day('2025-03-10'))).toBe(false);
    expect(retentionDue(r, day('2025-03-12'))).toBe(true);
  });

  it('never ends while input may still come in, or when no start is known', () => {
    const past = day('2000-01-01');
    expect(retentionEndsAt(round({ status: 'open', closesAt: past }))).toBeNull();
    expect(retentionEndsAt(round({ status: 'draft', closesAt: past }))).toBeNull();
    expect(retentionEndsAt(round({ status: 'published' }))).toBeNull();
    expect(retentionDue(round({ status: 'open', closesAt: past }), day('2030-01-01'))).toBe(false);
  });

  it('applies to every status after open, archived included (originals left behind)', () => {
    for (const status of ['closed', 'synthesis', 'prioritising', 'published', 'archived'] as const) {
      expect(retentionDue(round({ status, closesAt: day('2020-01-01') }), day('2021-01-01'))).toBe(true);
    }
  });
});
