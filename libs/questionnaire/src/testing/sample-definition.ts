import type { QuestionnaireDefinition } from '@inbreng/contracts';

/** One question of every type, with conditions on a section and on questions (tests only). */
export function sampleDefinition(): QuestionnaireDefinition {
  return {
    sections: [
      {
        key: 's1',
        title: 'Over u',
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
            key: 'age',
            type: 'number',
            text: 'Hoe oud is uw oudste kind?',
            required: false,
            min: 0,
            max: 30,
          },
          {
            key: 'help',
            type: 'multiple_choice',
            text: 'Waar zoekt u hulp?',
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
            required: true,
            rows: [
              { key: 'r1', label: 'Er is genoeg te doen' },
              { key: 'r2', label: 'Ik ken de buren' },
            ],
          },
          {
            key: 'since',
            type: 'date',
            text: 'Sinds wanneer woont u hier?',
            required: false,
            maxDate: '2030-12-31',
          },
        ],
      },
      {
        key: 's3',
        title: 'Alleen bij twee kinderen',
        condition: { questionKey: 'kids', operator: 'equals', value: 'two' },
        questions: [
          { key: 'siblings', type: 'short_text', text: 'Hoe gaan ze met elkaar om?', required: true },
        ],
      },
    ],
  };
}

interface Shape {
  sections: { key?: unknown; questions: unknown[] }[];
}

/** The question with this key (throws when missing, so tests fail loudly). */
export function question<D extends Shape>(def: D, key: string): D['sections'][number]['questions'][number] {
  for (const s of def.sections) {
    const found = s.questions.find((q) => (q as { key?: unknown }).key === key);
    if (found !== undefined) return found as D['sections'][number]['questions'][number];
  }
  throw new Error(`no question ${key}`);
}

/** The section with this key (throws when missing). */
export function section<D extends Shape>(def: D, key: string): D['sections'][number] {
  const found = def.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found as D['sections'][number];
}
