import { changeKey } from './publication-changes';

describe('wording a change since publication', () => {
  it('picks one key per kind, field and whether the question is still ranked', () => {
    expect(changeKey({ kind: 'ballots', group: 'youth', published: 2, now: 1 })).toBe(
      'prioritisation.published.changes.ballots',
    );
    expect(changeKey({ kind: 'weights' })).toBe('prioritisation.published.changes.weights');
    expect(changeKey({ kind: 'rank', researchQuestionId: 'a', text: 'A', published: 1, now: 2 })).toBe(
      'prioritisation.published.changes.rank',
    );
    expect(changeKey({ kind: 'rank', researchQuestionId: 'a', text: 'A', published: 1, now: null })).toBe(
      'prioritisation.published.changes.rankGone',
    );
    expect(changeKey({ kind: 'wording', researchQuestionId: 'a', text: 'A', field: 'rationale' })).toBe(
      'prioritisation.published.changes.wording.rationale',
    );
    expect(changeKey({ kind: 'submissions', researchQuestionId: 'a', text: 'A', published: 3, now: 2 })).toBe(
      'prioritisation.published.changes.submissions',
    );
  });
});
