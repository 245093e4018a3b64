import { notAcceptingReason } from './public-questionnaires.service';

describe('notAcceptingReason', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  const round = { status: 'open' as const, opensAt: null, closesAt: null };

  it('accepts answers only while both questionnaire and round are open', () => {
    expect(notAcceptingReason({ questionnaireStatus: 'open', round }, now)).toBeNull();
    expect(notAcceptingReason({ questionnaireStatus: 'closed', round }, now)).toMatch(/status: closed/);
    expect(notAcceptingReason({ questionnaireStatus: 'draft', round }, now)).toMatch(/status: draft/);
    expect(
      notAcceptingReason({ questionnaireStatus: 'open', round: { ...round, status: 'synthesis' } }, now),
    ).toMatch(/round is not accepting input/);
  });

  it('follows the round dates', () => {
    const later = new Date('2025-07-01T00:00:00Z');
    const earlier = new Date('2025-05-01T00:00:00Z');
    expect(
      notAcceptingReason({ questionnaireStatus: 'open', round: { ...round, opensAt: later } }, now),
    ).toMatch(/opens on/);
    expect(
      notAcceptingReason({ questionnaireStatus: 'open', round: { ...round, closesAt: earlier } }, now),
    ).toMatch(/closed on/);
    expect(
      notAcceptingReason(
        { questionnaireStatus: 'open', round: { ...round, opensAt: earlier, closesAt: later } },
        now,
      ),
    ).toBeNull();
  });
});
