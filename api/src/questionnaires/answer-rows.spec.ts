import type { QuestionnaireDefinition } from '@inbreng/contracts';
import { toAnswerRows } from './answer-rows';

const def: QuestionnaireDefinition = {
  sections: [
    {
      key: 's',
      title: 'Deel',
      questions: [
        { key: 't', type: 'long_text', text: 'Vertel', required: false },
        {
          key: 'one',
          type: 'single_choice',
          text: 'Kies',
          required: false,
          options: [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B' },
          ],
          allowOther: true,
        },
        {
          key: 'many',
          type: 'multiple_choice',
          text: 'Kies meer',
          required: false,
          options: [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B' },
          ],
        },
        { key: 'l', type: 'likert', text: 'Eens?', required: false },
        { key: 'd', type: 'date', text: 'Wanneer', required: false },
        {
          key: 'r',
          type: 'ranking',
          text: 'Orden',
          required: false,
          options: [
            { key: 'x', label: 'X' },
            { key: 'y', label: 'Y' },
          ],
        },
        {
          key: 'm',
          type: 'matrix',
          text: 'Raster',
          required: false,
          rows: [
            { key: 'r1', label: 'R1' },
            { key: 'r2', label: 'R2' },
          ],
        },
      ],
    },
  ],
};

describe('toAnswerRows', () => {
  it('turns each answer into countable rows with one head per question, and collects free text', () => {
    const { rows, openTexts } = toAnswerRows(def, {
      t: 'Het ging goed.',
      one: { option: 'other', otherText: 'Opa' },
      many: { options: ['a', 'b'] },
      l: 4,
      d: '2024-03-01',
      r: ['y', 'x'],
      m: { r1: 2, r2: 5 },
    });
    expect(rows).toEqual([
      { questionKey: 't', optionKey: '', value: null, head: true },
      { questionKey: 'one', optionKey: 'other', value: null, head: true },
      { questionKey: 'many', optionKey: 'a', value: null, head: true },
      { questionKey: 'many', optionKey: 'b', value: null, head: false },
      { questionKey: 'l', optionKey: '', value: 4, head: true },
      { questionKey: 'd', optionKey: '2024-03-01', value: null, head: true },
      { questionKey: 'r', optionKey: 'y', value: 1, head: true },
      { questionKey: 'r', optionKey: 'x', value: 2, head: false },
      { questionKey: 'm', optionKey: 'r1', value: 2, head: true },
      { questionKey: 'm', optionKey: 'r2', value: 5, head: false },
    ]);
    expect(openTexts).toEqual([
      { questionKey: 't', source: 'answer', text: 'Het ging goed.' },
      { questionKey: 'one', source: 'other', text: 'Opa' },
    ]);
  });
});
