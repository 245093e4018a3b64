import type { QuestionnaireDefinition, StaffQuestionnaireResponse } from '@inbreng/contracts';
import {
  emptyDraft,
  fromQuestionnaire,
  parseNumber,
  toDefinition,
  toRequest,
  usedKeys,
} from './builder.model';
import {
  addPart,
  addQuestion,
  addSection,
  changeType,
  duplicateQuestion,
  labelPart,
  moveQuestion,
  patchQuestion,
  removePart,
  removeQuestion,
  stepQuestion,
} from './builder.ops';
import { builderId, definitionProblems, earlierQuestions, validateDraft } from './builder.validation';
import { destructiveMessages } from './destructive';

/** The item at `i`, failing the test when it is missing (no non-null assertions needed). */
function nth<T>(list: readonly T[] | undefined, i: number): T {
  const item = list?.[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing value');
  return value;
}

/** One question of every type, with every setting, and conditions of each operator. */
const DEFINITION: QuestionnaireDefinition = {
  sections: [
    {
      key: 's1',
      title: 'Over jou',
      intro: 'Een paar vragen over jouw gezin.',
      questions: [
        {
          key: 'q1',
          type: 'single_choice',
          text: 'Heeft uw kind hulp gehad?',
          help: 'Denk aan het afgelopen jaar.',
          required: true,
          options: [
            { key: 'o1', label: 'Ja' },
            { key: 'o2', label: 'Nee' },
          ],
          allowOther: true,
        },
        {
          key: 'q2',
          type: 'multiple_choice',
          text: 'Welke hulp?',
          required: false,
          options: [
            { key: 'o3', label: 'Buurtteam' },
            { key: 'o4', label: 'Jeugdarts' },
          ],
          allowOther: false,
          maxChoices: 2,
          condition: { questionKey: 'q1', operator: 'equals', value: 'o1' },
        },
        { key: 'q3', type: 'likert', text: 'De hulp paste bij ons.', required: true },
        {
          key: 'q4',
          type: 'rating',
          text: 'Welk cijfer geeft u?',
          required: false,
          minLabel: 'heel slecht',
          maxLabel: 'heel goed',
          condition: { questionKey: 'q3', operator: 'between', min: 1, max: 2 },
        },
      ],
    },
    {
      key: 's2',
      title: 'Meer',
      condition: { questionKey: 'q2', operator: 'includes', value: 'o3' },
      questions: [
        {
          key: 'q5',
          type: 'ranking',
          text: 'Wat is het belangrijkst?',
          required: true,
          options: [
            { key: 'o5', label: 'Snel' },
            { key: 'o6', label: 'Dichtbij' },
          ],
        },
        {
          key: 'q6',
          type: 'matrix',
          text: 'Hoe eens bent u het?',
          required: false,
          rows: [
            { key: 'r1', label: 'Ik werd gehoord' },
            { key: 'r2', label: 'Het ging snel' },
          ],
        },
        {
          key: 'q7',
          type: 'number',
          text: 'Hoeveel kinderen?',
          required: true,
          min: 0,
          max: 12,
          integer: true,
          unit: 'kinderen',
        },
        {
          key: 'q8',
          type: 'date',
          text: 'Wanneer begon de hulp?',
          required: false,
          minDate: '2020-01-01',
          maxDate: '2026-12-31',
        },
        { key: 'q9', type: 'short_text', text: 'Uw wijk?', required: false },
        {
          key: 'q10',
          type: 'long_text',
          text: 'Wat wilt u nog kwijt?',
          required: false,
          condition: { questionKey: 'q7', operator: 'equals', value: 3 },
        },
      ],
    },
  ],
};

const QUESTIONNAIRE: StaffQuestionnaireResponse = {
  id: 'id-1',
  roundId: 'r-1',
  title: 'Ouders over hulp',
  introduction: 'Vijf minuten.',
  audience: ['parent'],
  status: 'draft',
  version: 1,
  responseCount: 0,
  submittedCount: 0,
  updatedAt: '2026-01-01T00:00:00Z',
  minGroupSize: 5,
  definition: DEFINITION,
  hasResponses: false,
  versions: [],
};

describe('builder draft ↔ definition', () => {
  it('maps every question type, setting and condition there and back unchanged', () => {
    const draft = fromQuestionnaire(QUESTIONNAIRE);
    expect(toDefinition(draft.sections)).toEqual(DEFINITION);
    expect(toRequest(draft)).toEqual({
      title: 'Ouders over hulp',
      introduction: 'Vijf minuten.',
      audience: ['parent'],
      minGroupSize: 5,
      definition: DEFINITION,
    });
    expect(toRequest(draft, true).asNewVersion).toBe(true);
    expect(validateDraft(draft)).toEqual([]);
  });

  it('trims texts, drops empty optional settings and keeps numbers typed with a comma', () => {
    let draft = emptyDraft();
    const s = nth(draft.sections, 0).uid;
    draft = addQuestion(draft, s, 'number');
    const q = nth(nth(draft.sections, 0).questions, 0);
    draft = patchQuestion(draft, q.uid, {
      text: '  Hoe lang?  ',
      help: '   ',
      min: '0,5',
      max: '',
      unit: ' uur ',
    });
    expect(toDefinition(draft.sections).sections[0]?.questions[0]).toEqual({
      key: 'q1',
      type: 'number',
      text: 'Hoe lang?',
      required: false,
      integer: true,
      min: 0.5,
      unit: 'uur',
    });
    expect(parseNumber('abc')).toBeUndefined();
    expect(parseNumber(' 7 ')).toBe(7);
  });
});

describe('builder edits', () => {
  it('gives new questions and options keys that never repeat, also after a removal', () => {
    let draft = emptyDraft();
    const s = nth(draft.sections, 0).uid;
    draft = addQuestion(draft, s, 'single_choice');
    draft = addQuestion(draft, s, 'matrix');
    expect(nth(draft.sections, 0).questions.map((q) => q.key)).toEqual(['q1', 'q2']);
    expect(nth(nth(draft.sections, 0).questions, 0).options.map((o) => o.key)).toEqual(['o1', 'o2']);
    expect(nth(nth(draft.sections, 0).questions, 1).rows.map((o) => o.key)).toEqual(['r1', 'r2']);
    const first = nth(nth(draft.sections, 0).questions, 0);
    draft = removePart(draft, first.uid, 'options', nth(first.options, 1).uid);
    draft = addPart(draft, first.uid, 'options');
    expect(nth(nth(draft.sections, 0).questions, 0).options.map((o) => o.key)).toEqual(['o1', 'o2']);
    draft = addPart(draft, first.uid, 'options');
    expect(nth(nth(draft.sections, 0).questions, 0).options.map((o) => o.key)).toEqual(['o1', 'o2', 'o3']);
    draft = addSection(draft);
    expect(draft.sections.map((x) => x.key)).toEqual(['s1', 's2']);
    expect(new Set(usedKeys(draft)).size).toBe(usedKeys(draft).length);
  });

  it('duplicates a question right below it with fresh keys for it and its options', () => {
    let draft = fromQuestionnaire(QUESTIONNAIRE);
    const original = nth(nth(draft.sections, 0).questions, 0);
    draft = duplicateQuestion(draft, original.uid);
    const qs = nth(draft.sections, 0).questions;
    expect(qs.map((q) => q.key)).toEqual(['q1', 'q11', 'q2', 'q3', 'q4']);
    expect(nth(qs, 1).text).toBe(original.text);
    expect(nth(qs, 1).options.map((o) => o.label)).toEqual(['Ja', 'Nee']);
    expect(nth(qs, 1).options.map((o) => o.key)).toEqual(['o7', 'o8']);
    expect(nth(qs, 1).uid).not.toBe(original.uid);
    // the copy's own edits leave the original alone
    draft = labelPart(draft, nth(qs, 1).uid, 'options', nth(nth(qs, 1).options, 0).uid, 'Jazeker');
    expect(nth(nth(nth(draft.sections, 0).questions, 0).options, 0).label).toBe('Ja');
  });

  it('keeps text, required and options that still fit when the type changes', () => {
    let draft = fromQuestionnaire(QUESTIONNAIRE);
    const q1 = nth(nth(draft.sections, 0).questions, 0);
    draft = changeType(draft, q1.uid, 'ranking');
    let changed = nth(nth(draft.sections, 0).questions, 0);
    expect(changed.type).toBe('ranking');
    expect(changed.key).toBe('q1');
    expect(changed.text).toBe('Heeft uw kind hulp gehad?');
    expect(changed.required).toBe(true);
    expect(changed.options.map((o) => o.label)).toEqual(['Ja', 'Nee']);
    expect(changed.allowOther).toBe(false);
    draft = changeType(draft, q1.uid, 'matrix');
    changed = nth(nth(draft.sections, 0).questions, 0);
    expect(changed.options).toEqual([]);
    expect(changed.rows).toHaveLength(2);
  });

  it('moves questions by drag (any place) and by keyboard steps across section edges', () => {
    let draft = fromQuestionnaire(QUESTIONNAIRE);
    const keys = () => draft.sections.map((s) => s.questions.map((q) => q.key));
    draft = moveQuestion(draft, { sectionIndex: 0, questionIndex: 0 }, { sectionIndex: 0, questionIndex: 2 });
    expect(keys()[0]).toEqual(['q2', 'q3', 'q1', 'q4']);
    draft = moveQuestion(draft, { sectionIndex: 1, questionIndex: 5 }, { sectionIndex: 0, questionIndex: 1 });
    expect(keys()).toEqual([
      ['q2', 'q10', 'q3', 'q1', 'q4'],
      ['q5', 'q6', 'q7', 'q8', 'q9'],
    ]);
    const q4 = nth(nth(draft.sections, 0).questions, 4).uid;
    draft = must(stepQuestion(draft, q4, 1));
    expect(keys()).toEqual([
      ['q2', 'q10', 'q3', 'q1'],
      ['q4', 'q5', 'q6', 'q7', 'q8', 'q9'],
    ]);
    draft = must(stepQuestion(draft, q4, -1));
    expect(keys()[0]).toEqual(['q2', 'q10', 'q3', 'q1', 'q4']);
    const q2 = nth(nth(draft.sections, 0).questions, 0).uid;
    expect(stepQuestion(draft, q2, -1)).toBeNull();
  });
});

describe('builder validation', () => {
  it('offers only earlier questions whose answers can be compared', () => {
    const draft = fromQuestionnaire(QUESTIONNAIRE);
    const s1 = nth(draft.sections, 0);
    const s2 = nth(draft.sections, 1);
    const keys = (list: ReturnType<typeof earlierQuestions>) => list.map((nq) => nq.question.key);
    expect(keys(earlierQuestions(draft, s1.uid, nth(s1.questions, 0).uid))).toEqual([]);
    expect(keys(earlierQuestions(draft, s1.uid, nth(s1.questions, 3).uid))).toEqual(['q1', 'q2', 'q3']);
    expect(keys(earlierQuestions(draft, s2.uid))).toEqual(['q1', 'q2', 'q3', 'q4']);
    // ranking, matrix, date and text are never offered
    expect(keys(earlierQuestions(draft, s2.uid, nth(s2.questions, 5).uid))).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
      'q7',
    ]);
  });

  it('flags a condition that points forward after a move, or to a removed question', () => {
    let draft = fromQuestionnaire(QUESTIONNAIRE);
    // q2 (condition on q1) moves above q1
    draft = moveQuestion(draft, { sectionIndex: 0, questionIndex: 1 }, { sectionIndex: 0, questionIndex: 0 });
    const q2 = nth(nth(draft.sections, 0).questions, 0);
    expect(validateDraft(draft)).toEqual([
      {
        target: builderId.conditionQuestion(q2.uid),
        label: { key: 'qBuilder.where.question', params: { n: 1 } },
        message: { key: 'qBuilder.errors.conditionForward', params: undefined },
      },
    ]);
    draft = patchQuestion(draft, q2.uid, { condition: { ...must(q2.condition), questionKey: 'q99' } });
    expect(validateDraft(draft).map((p) => p.message.key)).toEqual(['qBuilder.errors.conditionMissing']);
  });

  it('names missing texts, too few options, bad ranges and bad condition values with their field ids', () => {
    let draft = emptyDraft([]);
    const s = nth(draft.sections, 0).uid;
    draft = addQuestion(draft, s, 'single_choice');
    draft = addQuestion(draft, s, 'number');
    draft = addQuestion(draft, s, 'short_text');
    const [choice, num, open] = [0, 1, 2].map((i) => nth(nth(draft.sections, 0).questions, i));
    draft = removePart(draft, choice.uid, 'options', nth(choice.options, 1).uid);
    draft = patchQuestion(draft, num.uid, { text: 'Leeftijd', min: '18', max: '4' });
    draft = patchQuestion(draft, open.uid, {
      text: 'Toelichting',
      condition: { questionKey: num.key, operator: 'between', min: 'x', max: '3', value: '' },
    });
    const problems = validateDraft(draft);
    expect(problems.map((p) => [p.target, p.message.key.replace('qBuilder.errors.', '')])).toEqual([
      [builderId.title, 'required'],
      [builderId.audience, 'noAudience'],
      [builderId.sectionTitle(s), 'sectionTitle'],
      [builderId.questionText(choice.uid), 'questionText'],
      [builderId.addPart(choice.uid), 'fewOptions'],
      [builderId.part(choice.uid, nth(choice.options, 0).uid), 'optionLabel'],
      [builderId.max(num.uid), 'maxBelowMin'],
      [builderId.conditionMin(open.uid), 'notNumber'],
    ]);
  });
});

describe('edits that need a new version', () => {
  it('names removed questions, changed types and removed options with their texts', () => {
    let draft = fromQuestionnaire(QUESTIONNAIRE);
    const q1 = nth(nth(draft.sections, 0).questions, 0);
    const q3 = nth(nth(draft.sections, 0).questions, 2);
    draft = removePart(draft, q1.uid, 'options', nth(q1.options, 1).uid);
    draft = patchQuestion(draft, q1.uid, { allowOther: false });
    draft = changeType(draft, q3.uid, 'rating');
    draft = removeQuestion(draft, nth(nth(draft.sections, 1).questions, 3).uid);
    expect(destructiveMessages(DEFINITION, toDefinition(draft.sections))).toEqual([
      {
        key: 'qBuilder.version.optionRemoved',
        params: { n: 1, text: 'Heeft uw kind hulp gehad?', option: 'Nee' },
      },
      {
        key: 'qBuilder.version.otherRemoved',
        params: { n: 1, text: 'Heeft uw kind hulp gehad?', option: 'other' },
      },
      { key: 'qBuilder.version.typeChanged', params: { n: 3, text: 'De hulp paste bij ons.' } },
      { key: 'qBuilder.version.removed', params: { n: 8, text: 'Wanneer begon de hulp?' } },
    ]);
  });

  it('says nothing for safe edits and one general line for stricter rules', () => {
    let draft = fromQuestionnaire(QUESTIONNAIRE);
    const q1 = nth(nth(draft.sections, 0).questions, 0);
    draft = labelPart(draft, q1.uid, 'options', nth(q1.options, 0).uid, 'Ja, zeker');
    draft = addQuestion(draft, nth(draft.sections, 0).uid, 'short_text');
    expect(destructiveMessages(DEFINITION, toDefinition(draft.sections))).toEqual([]);
    const q7 = nth(nth(draft.sections, 1).questions, 2);
    draft = patchQuestion(draft, q7.uid, { max: '6' });
    expect(destructiveMessages(DEFINITION, toDefinition(draft.sections))).toEqual([
      { key: 'qBuilder.version.stricter' },
    ]);
  });
});

describe('shared definition rules in the builder', () => {
  it('places a problem only the shared rules see at the nearest field', () => {
    let draft = fromQuestionnaire(QUESTIONNAIRE);
    const q4 = nth(nth(draft.sections, 0).questions, 3);
    // rating 0–10: the builder only checks "a number"; the shared rules know 11 is no rating
    draft = patchQuestion(draft, q4.uid, {
      condition: { questionKey: 'q1', operator: 'equals', value: 'o1', min: '', max: '' },
    });
    const q10 = nth(nth(draft.sections, 1).questions, 5);
    draft = patchQuestion(draft, q10.uid, {
      condition: { questionKey: 'q4', operator: 'equals', value: '11', min: '', max: '' },
    });
    expect(definitionProblems(draft)).toEqual([
      {
        target: builderId.conditionValue(q10.uid),
        label: { key: 'qBuilder.where.question', params: { n: 10 } },
        message: { key: 'qBuilder.errors.lib.condition_invalid_value' },
      },
    ]);
    expect(validateDraft(draft).map((p) => p.target)).toEqual([builderId.conditionValue(q10.uid)]);
  });
});
