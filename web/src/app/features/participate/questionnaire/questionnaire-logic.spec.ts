import {
  LIKERT_POINTS,
  QUESTION_TYPES,
  QUESTIONNAIRE_STATUSES,
  type Answers,
  type Question,
  type QuestionnaireDefinition,
} from '@inbreng/contracts';
import { ANSWER_PROBLEM_CODES, DEFINITION_PROBLEM_CODES } from '@inbreng/questionnaire';
import { TRANSLATIONS } from '../../../../i18n';
import { emptyQuestionnaireDraft, keepKnownAnswers, restoreQuestionnaireDraft } from './questionnaire-draft';
import { forGroup, rankingOrder, reorder, typedNumber } from './answer-helpers';
import { allProblems, controlId, problemMessage, stepProblems, visibleSteps } from './runner-logic';
import { buildSaveRequest, codeDoesNotFit, submitProblem } from './save-request';

/** Ouders: hulp gehad? → ja shows "welke hulp" and the section about it; a rating below 6 asks why. */
const DEF: QuestionnaireDefinition = {
  sections: [
    {
      key: 's1',
      title: 'Over jullie',
      questions: [
        {
          key: 'q1',
          type: 'single_choice',
          text: 'Heeft uw kind hulp gehad?',
          required: true,
          options: [
            { key: 'ja', label: 'Ja' },
            { key: 'nee', label: 'Nee' },
          ],
          allowOther: true,
        },
        {
          key: 'q2',
          type: 'number',
          text: 'Hoeveel kinderen?',
          required: true,
          min: 1,
          max: 12,
        },
      ],
    },
    {
      key: 's2',
      title: 'Over de hulp',
      condition: { questionKey: 'q1', operator: 'equals', value: 'ja' },
      questions: [
        { key: 'q3', type: 'rating', text: 'Welk cijfer?', required: true },
        {
          key: 'q4',
          type: 'long_text',
          text: 'Waarom?',
          required: true,
          condition: { questionKey: 'q3', operator: 'between', min: 0, max: 5 },
        },
        {
          key: 'q5',
          type: 'ranking',
          text: 'Wat is belangrijk?',
          required: false,
          options: [
            { key: 'a', label: 'Snel' },
            { key: 'b', label: 'Dichtbij' },
            { key: 'c', label: 'Vertrouwd' },
          ],
        },
      ],
    },
    {
      key: 's3',
      title: 'Tot slot',
      questions: [
        { key: 'q6', type: 'date', text: 'Sinds wanneer?', required: false, minDate: '2020-01-01' },
      ],
    },
  ],
};

function lookup(table: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      table,
    );
}

const question = (key: string): Question | undefined =>
  DEF.sections.flatMap((s) => s.questions).find((q) => q.key === key);

describe('questionnaire screens', () => {
  it('shows a section and a question only while the earlier answer matches', () => {
    const keys = (answers: Answers) =>
      visibleSteps(DEF, answers).map((s) => [s.section.key, s.questions.map((q) => q.key)]);
    expect(keys({})).toEqual([
      ['s1', ['q1', 'q2']],
      ['s3', ['q6']],
    ]);
    expect(keys({ q1: { option: 'ja' } })).toEqual([
      ['s1', ['q1', 'q2']],
      ['s2', ['q3', 'q5']],
      ['s3', ['q6']],
    ]);
    expect(keys({ q1: { option: 'ja' }, q3: 4 })[1]).toEqual(['s2', ['q3', 'q4', 'q5']]);
    expect(keys({ q1: { option: 'nee' }, q3: 4 })).toHaveLength(2);
  });

  it('checks one screen at a time, with required answers and ranges, and says where to focus', () => {
    const [first, second] = visibleSteps(DEF, { q1: { option: 'ja' }, q3: 2 });
    if (!first || !second) throw new Error('two screens expected');
    expect(stepProblems(DEF, {}, first).map((p) => [p.questionKey, p.code])).toEqual([
      ['q1', 'required'],
      ['q2', 'required'],
    ]);
    expect(
      stepProblems(DEF, { q1: { option: 'other', otherText: ' ' }, q2: 40 }, first).map((p) => p.code),
    ).toEqual(['other_text_missing', 'out_of_range']);
    // a problem on the next screen does not block this one
    expect(stepProblems(DEF, { q1: { option: 'ja' }, q2: 2, q3: 2 }, first)).toEqual([]);
    expect(
      stepProblems(DEF, { q1: { option: 'ja' }, q2: 2, q3: 2 }, second).map((p) => p.questionKey),
    ).toEqual(['q4']);
    // an answer to a question that became hidden is not sent, so it never blocks
    expect(allProblems(DEF, { q1: { option: 'nee' }, q2: 2, q4: 'oud antwoord' })).toEqual([]);
    expect(
      allProblems(DEF, { q1: { option: 'ja' }, q2: 2 }).map((p) => [p.problem.questionKey, p.step]),
    ).toEqual([['q3', 1]]);
    expect(controlId(DEF.sections[0]?.questions[0] as Question)).toBe('q-q1-ja');
    expect(controlId(question('q3') as Question)).toBe('q-q3-0');
    expect(controlId(question('q5') as Question)).toBe('q-q5-list');
  });

  it('turns every answer problem code into a B1 message that exists in both languages', () => {
    for (const code of ANSWER_PROBLEM_CODES) {
      for (const type of QUESTION_TYPES) {
        const q = { key: 'x', type, text: 't', required: true } as Question;
        const m = problemMessage(
          { questionKey: 'x', code, message: '', params: { min: 1, max: 9, count: 3 } },
          q,
          'nl',
        );
        for (const lang of ['nl', 'en'] as const) {
          expect([code, type, typeof lookup(TRANSLATIONS[lang], m.key)]).toEqual([code, type, 'string']);
        }
      }
    }
    expect(
      problemMessage({ questionKey: 'q1', code: 'required', message: '' }, question('q1'), 'nl').key,
    ).toBe('questionnaire.problems.requiredChoice');
    expect(
      problemMessage(
        { questionKey: 'q6', code: 'out_of_range', message: '', params: { min: '2020-01-01' } },
        question('q6'),
        'nl',
      ),
    ).toEqual({ key: 'questionnaire.problems.minDate', params: { min: '1 januari 2020' } });
    expect(
      problemMessage({ questionKey: 'q2', code: 'wrong_type', message: '' }, question('q2'), 'nl').key,
    ).toBe('questionnaire.problems.notNumber');
  });

  it('has labels for every type, status, Likert point and definition problem', () => {
    const keys = [
      ...QUESTION_TYPES.map((t) => `questionTypes.${t}`),
      ...QUESTIONNAIRE_STATUSES.map((s) => `questionnaireStatus.${s}`),
      ...LIKERT_POINTS.map((p) => `likert.${p}`),
      ...DEFINITION_PROBLEM_CODES.map((c) => `qBuilder.errors.lib.${c}`),
    ];
    for (const lang of ['nl', 'en'] as const) {
      expect(keys.filter((k) => typeof lookup(TRANSLATIONS[lang], k) !== 'string')).toEqual([]);
    }
  });
});

describe('answer helpers', () => {
  it('reads numbers as typed, with a comma too, and keeps text that is no number for the rules to refuse', () => {
    expect(typedNumber('')).toBeUndefined();
    expect(typedNumber(' 3 ')).toBe(3);
    expect(typedNumber('2,5')).toBe(2.5);
    expect(typedNumber('drie')).toBe('drie');
  });

  it('orders ranking items as answered, or as listed until then', () => {
    const options = [
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
      { key: 'c', label: 'C' },
    ];
    expect(rankingOrder(options, undefined)).toEqual(['a', 'b', 'c']);
    expect(rankingOrder(options, ['c', 'a', 'b'])).toEqual(['c', 'a', 'b']);
    expect(rankingOrder(options, ['c', 'x', 'b'])).toEqual(['a', 'b', 'c']);
    expect(reorder(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(reorder(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('lists only the questionnaires for the chosen group', () => {
    const list = [
      { id: '1', title: 'Ouders', introduction: '', audience: ['parent' as const], questionCount: 3 },
      {
        id: '2',
        title: 'Iedereen',
        introduction: '',
        audience: ['parent' as const, 'youth' as const],
        questionCount: 2,
      },
    ];
    expect(forGroup(list, 'youth').map((q) => q.id)).toEqual(['2']);
    expect(forGroup(list, null).map((q) => q.id)).toEqual(['1', '2']);
  });
});

describe('questionnaire draft on this device', () => {
  it('restores what still fits the questionnaire and drops the rest', () => {
    const stored = {
      version: 2,
      group: 'parent',
      ageBand: 'nonsense',
      consent: true,
      started: true,
      section: 's2',
      answers: { q1: { option: 'ja' }, q2: 3, gone: 'x', q4: { bad: { nested: true } } },
      submitted: true,
      idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962',
    };
    const draft = restoreQuestionnaireDraft(stored, DEF, 2, ['parent']);
    expect(draft).toEqual({
      ...emptyQuestionnaireDraft(2),
      group: 'parent',
      consent: true,
      started: true,
      section: 's2',
      answers: { q1: { option: 'ja' }, q2: 3 },
      submitted: true,
      idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962',
    });
    // a group this questionnaire is not for, and a hand-in of another version, are not taken over
    const other = restoreQuestionnaireDraft(stored, DEF, 3, ['youth']);
    expect(other.group).toBeNull();
    expect(other.submitted).toBe(false);
    expect(other.idempotencyKey).toBe(draft.idempotencyKey);
    const fresh = restoreQuestionnaireDraft('garbage', DEF, 1, ['parent']);
    expect(fresh).toEqual({ ...emptyQuestionnaireDraft(1), idempotencyKey: fresh.idempotencyKey });
    expect(fresh.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(restoreQuestionnaireDraft({ idempotencyKey: 'not-a-uuid' }, DEF, 1, []).idempotencyKey).not.toBe(
      'not-a-uuid',
    );
    expect(keepKnownAnswers(DEF, [1, 2])).toEqual({});
  });
});

describe('what a save sends', () => {
  const draft = {
    ...emptyQuestionnaireDraft(1),
    group: 'parent' as const,
    ageBand: '16-17' as const,
    wijk: 'overvecht',
    accessCode: ' klas-3b ',
    consent: true,
    // q4 belongs to a screen that "nee" hides: it is not sent
    answers: { q1: { option: 'nee' }, q2: 2, q4: 'oud antwoord' } as Answers,
    idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962',
  };
  const ctx = {
    definition: DEF,
    requiresAccessCode: true,
    returnCode: null,
    fallbackGroup: 'youth' as const,
  };

  it('sends the idempotency key the first time, the code after that, and only visible answers', () => {
    expect(buildSaveRequest(draft, ctx, false)).toEqual({
      idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962',
      accessCode: 'klas-3b',
      group: 'parent',
      wijk: 'overvecht',
      consent: true,
      answers: { q1: { option: 'nee' }, q2: 2 },
      submit: false,
      website: '',
    });
    const later = buildSaveRequest(
      draft,
      { ...ctx, returnCode: 'k7m-3q9 tdh-xvp-w4a-2hr', requiresAccessCode: false },
      true,
    );
    expect(later.returnCode).toBe('K7M3Q9TDHXVPW4A2HR');
    expect(later.idempotencyKey).toBeUndefined();
    expect(later.accessCode).toBeUndefined();
    expect(later.submit).toBe(true);
    // the age band goes only with young people
    expect(buildSaveRequest({ ...draft, group: 'youth' }, ctx, false).ageBand).toBe('16-17');
  });

  it('tells a code that does not fit from answer problems, and names failures in B1', () => {
    expect(codeDoesNotFit(404, null)).toBe(true);
    expect(codeDoesNotFit(400, { message: 'group "youth" is not asked this questionnaire' })).toBe(true);
    expect(codeDoesNotFit(400, { problems: [{ field: 'answers.q1', code: 'required' }] })).toBe(false);
    expect(codeDoesNotFit(409, null)).toBe(false);
    expect(submitProblem(0).key).toBe('questionnaire.errors.network');
    expect(submitProblem(503).key).toBe('questionnaire.errors.network');
    expect(submitProblem(409).key).toBe('questionnaire.errors.closed');
    expect(submitProblem(400).key).toBe('questionnaire.errors.badRequest');
  });
});
