import type { QuestionnaireDefinition } from '@inbreng/contracts';
import { randomUUID } from 'node:crypto';
import type { loginAs, seedWorkspace, TestApp } from './test-app';

type Staff = Awaited<ReturnType<typeof loginAs>>;
type Seeded = Awaited<ReturnType<typeof seedWorkspace>>;

/** A parents' questionnaire with every question type and two conditions. */
export function parentsDefinition(): QuestionnaireDefinition {
  return {
    sections: [
      {
        key: 's1',
        title: 'Over uw gezin',
        intro: 'Eerst een paar vragen over uw gezin.',
        questions: [
          {
            key: 'kids',
            type: 'single_choice',
            text: 'Hoeveel kinderen wonen bij u?',
            required: true,
            options: [
              { key: 'one', label: 'Eén' },
              { key: 'two', label: 'Twee' },
              { key: 'more', label: 'Drie of meer' },
            ],
            allowOther: true,
          },
          {
            key: 'help',
            type: 'multiple_choice',
            text: 'Waar zocht u hulp?',
            required: false,
            options: [
              { key: 'gp', label: 'Huisarts' },
              { key: 'school', label: 'School' },
              { key: 'wijkteam', label: 'Wijkteam' },
            ],
            allowOther: true,
            maxChoices: 2,
          },
          {
            key: 'wijkteam_how',
            type: 'long_text',
            text: 'Hoe was het contact met het wijkteam?',
            required: true,
            condition: { questionKey: 'help', operator: 'includes', value: 'wijkteam' },
          },
        ],
      },
      {
        key: 's2',
        title: 'Uw mening',
        questions: [
          { key: 'safe', type: 'likert', text: 'Mijn kind is veilig in de wijk.', required: true },
          { key: 'grade', type: 'rating', text: 'Welk cijfer geeft u de wijk?', required: true },
          {
            key: 'why_low',
            type: 'short_text',
            text: 'Waarom een laag cijfer?',
            required: false,
            condition: { questionKey: 'grade', operator: 'between', min: 0, max: 5 },
          },
          {
            key: 'priorities',
            type: 'ranking',
            text: 'Wat is het belangrijkst?',
            required: false,
            options: [
              { key: 'play', label: 'Speelplekken' },
              { key: 'safety', label: 'Veiligheid' },
              { key: 'care', label: 'Zorg dichtbij' },
            ],
          },
          {
            key: 'grid',
            type: 'matrix',
            text: 'Hoe eens bent u het hiermee?',
            required: false,
            rows: [
              { key: 'r1', label: 'Er is genoeg te doen' },
              { key: 'r2', label: 'Ik ken de buren' },
            ],
          },
          {
            key: 'age',
            type: 'number',
            text: 'Hoe oud is uw oudste kind?',
            required: false,
            min: 0,
            max: 30,
          },
          { key: 'since', type: 'date', text: 'Sinds wanneer woont u hier?', required: false },
        ],
      },
    ],
  };
}

export function questionnaireBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Opvoeden in de wijk',
    introduction: 'Vertel ons hoe het gaat.',
    audience: ['parent'],
    definition: parentsDefinition(),
    ...overrides,
  };
}

/** Creates a questionnaire in the seeded round (and opens it unless told not to); returns its id. */
export async function createQuestionnaire(
  staff: Staff,
  seeded: Seeded,
  opts: { open?: boolean; body?: Record<string, unknown> } = {},
): Promise<string> {
  const res = await staff.agent
    .post(`/api/staff/workspaces/${seeded.workspace.id}/rounds/${seeded.round.id}/questionnaires`)
    .set('X-XSRF-TOKEN', staff.xsrf)
    .send(questionnaireBody(opts.body))
    .expect(201);
  const id = res.body.id as string;
  if (opts.open !== false) {
    await staff.agent
      .post(`/api/staff/workspaces/${seeded.workspace.id}/questionnaires/${id}/transition`)
      .set('X-XSRF-TOKEN', staff.xsrf)
      .send({ to: 'open' })
      .expect(200);
  }
  return id;
}

/** A complete hand-in for parentsDefinition (override what a test is about). */
export function fullAnswers(overrides: Record<string, unknown> = {}) {
  return {
    kids: { option: 'two' },
    help: { options: ['gp'] },
    safe: 4,
    grade: 7,
    priorities: ['safety', 'play', 'care'],
    grid: { r1: 3, r2: 4 },
    age: 9,
    since: '2018-05-01',
    ...overrides,
  };
}

export function saveBody(answers: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  return {
    group: 'parent',
    consent: true,
    submit: true,
    answers,
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

export async function countTable(t: TestApp, table: string): Promise<number> {
  const rows: Array<{ n: number }> = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]?.n ?? 0;
}

/** The question with this key (throws when missing, so a test fails loudly). */
export function questionOf(def: QuestionnaireDefinition, key: string) {
  for (const s of def.sections) {
    const found = s.questions.find((q) => q.key === key);
    if (found) return found;
  }
  throw new Error(`no question ${key}`);
}

export function sectionOf(def: QuestionnaireDefinition, key: string) {
  const found = def.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
}
