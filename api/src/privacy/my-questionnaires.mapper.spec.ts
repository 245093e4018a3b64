import type { AnswerValue, RoundStatus } from '@inbreng/contracts';
import type { MyResponseRow } from './my-data.repository';
import { isGiven, toQuestionnaireTraces, type QuestionnaireTraceInput } from './my-questionnaires.mapper';

const response = (over: Partial<MyResponseRow> = {}): MyResponseRow => ({
  id: 'r1',
  questionnaireId: 'q1',
  title: 'Opvoeden in de wijk',
  questionnaireStatus: 'open',
  version: 1,
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
          { key: 'safe', type: 'likert', text: 'Veilig?', required: false },
          { key: 'why', type: 'long_text', text: 'Waarom?', required: false },
          { key: 'help', type: 'multiple_choice', text: 'Waar?', required: false, options: [] },
        ],
      },
    ],
  },
  status: 'submitted',
  wijk: null,
  answers: {
    kids: { option: 'other', otherText: 'Pleegkind van Sanne' },
    why: 'Bel me op 06-12345678',
    help: { options: [] },
    gone: 3, // a key no question of this version has
  },
  createdAt: new Date('2026-01-01T10:00:00Z'),
  updatedAt: new Date('2026-01-01T10:05:00Z'),
  submittedAt: new Date('2026-01-01T10:05:00Z'),
  ...over,
});

const input = (over: Partial<QuestionnaireTraceInput> = {}): QuestionnaireTraceInput => ({
  round: { slug: 'jeugd', status: 'open' },
  responses: [response()],
  openAnswers: [
    { responseId: 'r1', submissionId: 's9' },
    { responseId: 'r1', submissionId: null },
    { responseId: 'someone-else', submissionId: 's7' },
  ],
  listedSubmissionIds: new Set(['s9', 's7']),
  ...over,
});

describe('my questionnaires on Mijn inbreng', () => {
  it('says which questionnaire, its status and dates, counts answered questions and open answers', () => {
    expect(toQuestionnaireTraces(input())).toEqual([
      {
        questionnaire: { id: 'q1', title: 'Opvoeden in de wijk', status: 'open' },
        status: 'submitted',
        updatedAt: '2026-01-01T10:05:00.000Z',
        submittedAt: '2026-01-01T10:05:00.000Z',
        // kids and why; the empty choice list and the unknown key do not count
        answeredCount: 2,
        openAnswerCount: 2,
        submissionIds: ['s9'],
        continueUrl: null,
      },
    ]);
  });

  it('never passes on an answer, not even an open text', () => {
    const json = JSON.stringify(toQuestionnaireTraces(input()));
    for (const fragment of ['Sanne', '06-12345678', 'Pleegkind', 'other'])
      expect(json).not.toContain(fragment);
  });

  it('points only to submissions of this response that are listed on the page', () => {
    const traces = toQuestionnaireTraces(
      input({
        openAnswers: [
          { responseId: 'r1', submissionId: 's9' },
          { responseId: 'r1', submissionId: 's9' },
          { responseId: 'r1', submissionId: 'deleted-or-not-mine' },
        ],
      }),
    );
    expect(traces[0]?.submissionIds).toEqual(['s9']);
  });

  it('offers to continue only an unfinished response while questionnaire and round are open', () => {
    const unfinished = (questionnaireStatus: MyResponseRow['questionnaireStatus'], round: RoundStatus) =>
      toQuestionnaireTraces(
        input({
          round: { slug: 'jeugd', status: round },
          responses: [response({ status: 'in_progress', submittedAt: null, questionnaireStatus })],
        }),
      )[0]?.continueUrl;
    expect(unfinished('open', 'open')).toBe('/r/jeugd/vragenlijst/q1');
    expect(unfinished('closed', 'open')).toBeNull();
    expect(unfinished('open', 'closed')).toBeNull();
    expect(unfinished('open', 'synthesis')).toBeNull();
  });

  it('keeps the order of the responses and lists none when there are none', () => {
    const two = toQuestionnaireTraces(
      input({ responses: [response(), response({ id: 'r2', questionnaireId: 'q2', title: 'Tweede' })] }),
    );
    expect(two.map((t) => t.questionnaire.id)).toEqual(['q1', 'q2']);
    expect(two[1]?.openAnswerCount).toBe(0);
    expect(toQuestionnaireTraces(input({ responses: [] }))).toEqual([]);
  });

  it('counts an answer only when something was given', () => {
    const empty: (AnswerValue | undefined)[] = [undefined, '', '  ', [], { options: [] }, { option: '' }, {}];
    const given: AnswerValue[] = [0, 'ja', ['a'], { option: 'a' }, { options: ['a'] }, { r1: 3 }];
    expect(empty.map((v) => isGiven(v))).toEqual(Array(7).fill(false));
    expect(given.map((v) => isGiven(v))).toEqual(Array(6).fill(true));
  });
});
