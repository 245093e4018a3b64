import type { PrioritisationResults } from '@inbreng/contracts';
import type { QuestionCounts } from '../synthesis/research-question.repository';
import {
  buildAgendaSnapshot,
  parseAgendaSnapshot,
  snapshotRanks,
  toPublicAgenda,
  type AgendaQuestionDetails,
} from './agenda-snapshot';

const results = (): PrioritisationResults => ({
  roundId: 'r',
  settings: {
    method: 'ranking',
    maxPicks: 3,
    rankTop: 2,
    weights: { youth: 2, parent: 1, professional: 1, policy_research_education: 1 },
    minGroupBallots: 5,
  },
  status: 'closed',
  ballotsPerGroup: { youth: 4, parent: 2, professional: 0, policy_research_education: 0 },
  lowResponseGroups: ['parent', 'professional', 'policy_research_education'],
  effectiveWeights: { youth: 2 / 3, parent: 1 / 3 },
  agreement: [{ a: 'youth', b: 'parent', tau: 0.5 }],
  questions: [
    {
      researchQuestionId: 'q2',
      text: 'ballot label q2',
      combinedScore: 0.7,
      combinedRank: 1,
      tied: false,
      perGroup: [{ group: 'youth', n: 4, score: 0.7, rank: 1, tied: false }],
    },
    {
      researchQuestionId: 'q1',
      text: 'ballot label q1',
      combinedScore: 0.3,
      combinedRank: 2,
      tied: false,
      perGroup: [{ group: 'youth', n: 4, score: 0.3, rank: 2, tied: false }],
    },
  ],
});

const details: AgendaQuestionDetails[] = [
  {
    id: 'q2',
    text: 'Vraag twee',
    population: 'jongeren',
    rationale: 'Vaak genoemd',
    evidenceStatus: 'unanswered',
  },
];
const counts = new Map<string, QuestionCounts>([
  ['q2', { submissionCount: 3, byGroup: { youth: 2, parent: 1 }, byKnowledgeType: { experiential: 3 } }],
]);

describe('the agenda snapshot', () => {
  it('keeps method, settings, weights, ballots and per question its rank, texts, group ranks and counts', () => {
    const s = buildAgendaSnapshot(results(), details, counts);
    expect(s).toMatchObject({
      version: 1,
      method: 'ranking',
      settings: { rankTop: 2, weights: { youth: 2 } },
      ballotsPerGroup: { youth: 4, parent: 2 },
      effectiveWeights: { youth: 2 / 3, parent: 1 / 3 },
      lowResponseGroups: ['parent', 'professional', 'policy_research_education'],
      agreement: [{ a: 'youth', b: 'parent', tau: 0.5 }],
    });
    expect(s.items[0]).toEqual({
      rank: 1,
      tied: false,
      combinedScore: 0.7,
      researchQuestionId: 'q2',
      text: 'Vraag twee',
      population: 'jongeren',
      rationale: 'Vaak genoemd',
      evidenceStatus: 'unanswered',
      perGroup: [{ group: 'youth', n: 4, score: 0.7, rank: 1, tied: false }],
      submissionCount: 3,
      byGroup: { youth: 2, parent: 1 },
      byKnowledgeType: { experiential: 3 },
    });
  });

  it('falls back to the ballot label and empty figures when a question has no details or counts', () => {
    const [, second] = buildAgendaSnapshot(results(), details, counts).items;
    expect(second).toMatchObject({
      researchQuestionId: 'q1',
      text: 'ballot label q1',
      population: '',
      rationale: '',
      evidenceStatus: 'unknown',
      submissionCount: 0,
      byGroup: {},
      byKnowledgeType: {},
    });
  });

  it('shares no objects with its inputs, so a later change to them cannot reach the record', () => {
    const r = results();
    const c = new Map(counts);
    const s = buildAgendaSnapshot(r, details, c);
    r.settings.weights.youth = 9;
    r.ballotsPerGroup.youth = 0;
    (r.questions[0]?.perGroup[0] as { rank: number }).rank = 7;
    (c.get('q2') as QuestionCounts).byGroup.youth = 99;
    expect(s.settings.weights.youth).toBe(2);
    expect(s.ballotsPerGroup.youth).toBe(4);
    expect(s.items[0]?.perGroup[0]?.rank).toBe(1);
    expect(s.items[0]?.byGroup.youth).toBe(2);
  });

  it('survives a round trip through JSON (it is stored as jsonb) and refuses shapes it does not know', () => {
    const s = buildAgendaSnapshot(results(), details, counts);
    expect(parseAgendaSnapshot(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(() => parseAgendaSnapshot({ version: 2, items: [] })).toThrow(/version: 2/);
    expect(() => parseAgendaSnapshot({})).toThrow(/Unknown agenda snapshot/);
    expect(() => parseAgendaSnapshot(null)).toThrow(/Unknown agenda snapshot/);
  });

  it('becomes the public agenda with the live quotes, without internal scores', () => {
    const s = buildAgendaSnapshot(results(), details, counts);
    const quote = {
      text: 'Het duurde zo lang.',
      group: 'youth' as const,
      knowledgeType: 'experiential' as const,
    };
    const res = toPublicAgenda(
      { slug: 'ronde', title: 'Ronde', introduction: 'Intro', workspaceName: 'KJUS' },
      { at: new Date('2026-03-01T09:30:00Z'), fixed: true, snapshot: s },
      new Map([['q2', [quote]]]),
    );
    expect(res).toMatchObject({
      round: { slug: 'ronde', title: 'Ronde', introduction: 'Intro', workspaceName: 'KJUS' },
      publishedAt: '2026-03-01T09:30:00.000Z',
      fixed: true,
      method: 'ranking',
      ballotsPerGroup: { youth: 4, parent: 2, professional: 0, policy_research_education: 0 },
      effectiveWeights: { youth: 2 / 3, parent: 1 / 3 },
    });
    expect(res.items.map((i) => [i.researchQuestionId, i.rank, i.quotes])).toEqual([
      ['q2', 1, [quote]],
      ['q1', 2, []],
    ]);
    expect(res.items[0]).not.toHaveProperty('combinedScore');
  });

  it('gives the published ranks to the participant trace', () => {
    const s = buildAgendaSnapshot(results(), details, counts);
    expect(snapshotRanks(s).questions).toEqual([
      { researchQuestionId: 'q2', combinedRank: 1, perGroup: s.items[0]?.perGroup },
      { researchQuestionId: 'q1', combinedRank: 2, perGroup: s.items[1]?.perGroup },
    ]);
  });
});
