import type { PrioritisationResults } from '@inbreng/contracts';
import type { SubmissionEntity } from '../submissions/submission.entity';
import { toQuestionnaireResponseExport, toQuestionRanks, toTrace, type TraceInput } from './my-data.mapper';
import type { MyOpenAnswerRow, MyResponseRow } from './my-data.repository';

const sub = (id: string, status: SubmissionEntity['status']) =>
  ({
    id,
    kind: 'question',
    redactedText: `tekst ${id}`,
    originalText: `origineel ${id}`,
    lifeDomains: [],
    wijk: null,
    inputLine: null,
    status,
    rejectionReason: null,
    rejectionNote: null,
    urgent: false,
    createdAt: new Date('2026-01-01T00:00:00Z'),
  }) as unknown as SubmissionEntity;

const input = (status: TraceInput['round']['status'], over: Partial<TraceInput> = {}): TraceInput => ({
  round: { slug: 'r', title: 'R', status },
  agendaUrl: null,
  submissions: [sub('a', 'approved'), sub('p', 'pending')],
  themes: [
    { submissionId: 'a', themeId: 't1', name: 'Wachten' },
    { submissionId: 'a', themeId: 't2', name: 'School' },
    { submissionId: 'p', themeId: 't1', name: 'Wachten' },
  ],
  questions: [
    { themeId: 't1', id: 'q1', text: 'Vraag 1', createdAt: new Date() },
    { themeId: 't2', id: 'q1', text: 'Vraag 1', createdAt: new Date() },
    { themeId: 't2', id: 'q2', text: 'Vraag 2', createdAt: new Date() },
  ],
  ranks: null,
  responses: [],
  openAnswers: [],
  ...over,
});

describe('the trace of my input', () => {
  it('never shows the original text', () => {
    expect(JSON.stringify(toTrace(input('published')))).not.toContain('origineel');
  });

  it('shows themes from synthesis and questions from prioritising on, for approved items only', () => {
    for (const status of ['open', 'closed'] as const) {
      expect(toTrace(input(status)).items.every((i) => !i.themes.length && !i.researchQuestions.length)).toBe(
        true,
      );
    }
    const synthesis = toTrace(input('synthesis'));
    expect(synthesis.items[0]?.themes.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(synthesis.items[0]?.researchQuestions).toEqual([]);
    expect(synthesis.items[1]?.themes).toEqual([]); // pending
    const prioritising = toTrace(input('prioritising'));
    // a question fed by two of my themes is listed once
    expect(prioritising.items[0]?.researchQuestions.map((q) => q.id)).toEqual(['q1', 'q2']);
  });

  it('puts ranked questions first, best rank first', () => {
    const ranks = new Map([['q2', { combinedRank: 1, perGroup: [] }]]);
    const res = toTrace(input('published', { ranks }));
    expect(res.items[0]?.researchQuestions.map((q) => [q.id, q.combinedRank])).toEqual([
      ['q2', 1],
      ['q1', null],
    ]);
  });

  it('lists every priority group in the ranks, null where a group did not vote', () => {
    const results = {
      questions: [
        {
          researchQuestionId: 'q1',
          text: '',
          combinedScore: 1,
          combinedRank: 2,
          tied: false,
          perGroup: [{ group: 'parent', n: 3, score: 1, rank: 4, tied: false }],
        },
      ],
    } as unknown as PrioritisationResults;
    expect(toQuestionRanks(results).get('q1')).toEqual({
      combinedRank: 2,
      perGroup: [
        { group: 'youth', rank: null },
        { group: 'parent', rank: 4 },
        { group: 'professional', rank: null },
        { group: 'policy_research_education', rank: null },
      ],
    });
  });
});

describe('a questionnaire response in my export', () => {
  const response: MyResponseRow = {
    id: 'r1',
    questionnaireId: 'q',
    title: 'Opvoeden in de wijk',
    questionnaireStatus: 'open',
    version: 2,
    definition: {
      sections: [
        {
          key: 's1',
          title: 'Een',
          questions: [
            {
              key: 'kids',
              type: 'single_choice',
              text: 'Hoeveel?',
              required: true,
              options: [],
              allowOther: true,
            },
            { key: 'skipped', type: 'likert', text: 'Niet beantwoord', required: false },
          ],
        },
        {
          key: 's2',
          title: 'Twee',
          questions: [{ key: 'why', type: 'long_text', text: 'Waarom?', required: false }],
        },
      ],
    },
    status: 'submitted',
    wijk: null,
    answers: { why: 'Bel me op 06-12345678', kids: { option: 'other', otherText: 'Pleegkind van Sanne' } },
    createdAt: new Date('2026-01-01T10:00:00Z'),
    updatedAt: new Date('2026-01-01T10:05:00Z'),
    submittedAt: new Date('2026-01-01T10:05:00Z'),
  };
  const open: MyOpenAnswerRow[] = [
    {
      responseId: 'r1',
      questionKey: 'why',
      source: 'answer',
      originalText: 'Bel me op 06-12345678',
      redactedText: 'Bel me op [telefoonnummer]',
      submissionId: 's9',
    },
    {
      responseId: 'other',
      questionKey: 'why',
      source: 'answer',
      originalText: 'x',
      redactedText: 'x',
      submissionId: null,
    },
  ];

  it('keeps the answers as given and names the answered questions in questionnaire order', () => {
    const out = toQuestionnaireResponseExport(response, open);
    expect(out).toMatchObject({
      questionnaire: { id: 'q', title: 'Opvoeden in de wijk', status: 'open' },
      version: 2,
      status: 'submitted',
      createdAt: '2026-01-01T10:00:00.000Z',
      submittedAt: '2026-01-01T10:05:00.000Z',
      answers: response.answers,
    });
    expect(out.questions).toEqual([
      { key: 'kids', text: 'Hoeveel?', type: 'single_choice' },
      { key: 'why', text: 'Waarom?', type: 'long_text' },
    ]);
  });

  it("lists only this response's open texts, as written and as staff see them", () => {
    expect(toQuestionnaireResponseExport(response, open).openAnswers).toEqual([
      {
        questionKey: 'why',
        source: 'answer',
        originalText: 'Bel me op 06-12345678',
        text: 'Bel me op [telefoonnummer]',
        submissionId: 's9',
      },
    ]);
    expect(toQuestionnaireResponseExport({ ...response, submittedAt: null }, []).submittedAt).toBeNull();
  });
});
