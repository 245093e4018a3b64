import { ROUND_STATUSES, type RoundStatus } from '@inbreng/contracts';
import { canTransition, closedReason } from './round-rules';

describe('round lifecycle', () => {
  const allowed: Array<[RoundStatus, RoundStatus]> = [
    ['draft', 'open'],
    ['open', 'closed'],
    ['closed', 'open'],
    ['closed', 'synthesis'],
    ['synthesis', 'prioritising'],
    ['prioritising', 'published'],
    ['published', 'archived'],
  ];

  it('allows exactly the documented moves', () => {
    for (const from of ROUND_STATUSES) {
      for (const to of ROUND_STATUSES) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect({ from, to, ok: canTransition(from, to) }).toEqual({ from, to, ok: expected });
      }
    }
  });

  it('accepts input only while open and inside the time window', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const open = { status: 'open' as const, opensAt: null, closesAt: null };
    expect(closedReason(open, now)).toBeNull();
    expect(closedReason({ ...open, status: 'closed' }, now)).toMatch(/status: closed/);
    expect(closedReason({ ...open, opensAt: new Date('2026-06-02T00:00:00Z') }, now)).toMatch(/opens on/);
    expect(closedReason({ ...open, closesAt: new Date('2026-06-01T11:59:59Z') }, now)).toMatch(/closed on/);
  });
});
