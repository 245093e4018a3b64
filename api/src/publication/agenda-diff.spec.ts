import type { AgendaSnapshot, AgendaSnapshotItem } from './agenda-snapshot';
import { diffAgenda } from './agenda-diff';

const item = (id: string, rank: number, over: Partial<AgendaSnapshotItem> = {}): AgendaSnapshotItem => ({
  rank,
  tied: false,
  combinedScore: 1 / rank,
  researchQuestionId: id,
  text: `Vraag ${id}`,
  population: 'jongeren',
  rationale: '',
  evidenceStatus: 'unknown',
  perGroup: [],
  submissionCount: 2,
  byGroup: { youth: 2 },
  byKnowledgeType: { experiential: 2 },
  ...over,
});

const snapshot = (over: Partial<AgendaSnapshot> = {}): AgendaSnapshot => ({
  version: 1,
  method: 'ranking',
  settings: {
    method: 'ranking',
    maxPicks: 3,
    rankTop: 3,
    weights: { youth: 1, parent: 1, professional: 1, policy_research_education: 1 },
    minGroupBallots: 1,
  },
  ballotsPerGroup: { youth: 2, parent: 1, professional: 0, policy_research_education: 0 },
  effectiveWeights: { youth: 0.5, parent: 0.5 },
  lowResponseGroups: [],
  agreement: [],
  items: [item('a', 1), item('b', 2)],
  ...over,
});

describe('what changed since publication', () => {
  it('is nothing when today computes the same agenda', () => {
    expect(diffAgenda(snapshot(), snapshot())).toEqual([]);
  });

  it('names votes per group, weights, places, wording and submission counts, with both numbers', () => {
    const published = snapshot();
    const now = snapshot({
      ballotsPerGroup: { youth: 1, parent: 1, professional: 0, policy_research_education: 0 },
      settings: { ...published.settings, weights: { ...published.settings.weights, parent: 3 } },
      items: [
        item('b', 1, { rationale: 'Later toegevoegd', submissionCount: 1 }),
        item('a', 2, { text: 'Andere tekst' }),
      ],
    });
    expect(diffAgenda(published, now)).toEqual([
      { kind: 'ballots', group: 'youth', published: 2, now: 1 },
      { kind: 'weights' },
      { kind: 'rank', researchQuestionId: 'a', text: 'Vraag a', published: 1, now: 2 },
      { kind: 'wording', researchQuestionId: 'a', text: 'Vraag a', field: 'text' },
      { kind: 'rank', researchQuestionId: 'b', text: 'Vraag b', published: 2, now: 1 },
      { kind: 'wording', researchQuestionId: 'b', text: 'Vraag b', field: 'rationale' },
      { kind: 'submissions', researchQuestionId: 'b', text: 'Vraag b', published: 2, now: 1 },
    ]);
  });

  it('says when a published question is no longer in the results', () => {
    expect(diffAgenda(snapshot(), snapshot({ items: [item('a', 1)] }))).toEqual([
      { kind: 'rank', researchQuestionId: 'b', text: 'Vraag b', published: 2, now: null },
    ]);
  });
});
