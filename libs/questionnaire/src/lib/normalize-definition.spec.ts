import fc from 'fast-check';
import type { QuestionnaireDefinition } from '@inbreng/contracts';
import { definitionArbitrary } from '../testing/arbitraries';
import { sampleDefinition } from '../testing/sample-definition';
import { normalizeDefinition } from './normalize-definition';
import { validateDefinition } from './validate-definition';

describe('normalizeDefinition', () => {
  it('drops unknown properties and empty optional text, trims text', () => {
    const def = {
      sections: [
        {
          key: 's',
          title: ' Deel ',
          intro: '  ',
          evil: '<script>',
          questions: [
            {
              key: 'q',
              type: 'likert',
              text: ' Vraag ',
              required: true,
              options: [{ key: 'x', label: 'y' }],
              x: 1,
            },
            {
              key: 'n',
              type: 'number',
              text: 'Getal',
              required: false,
              min: 1,
              integer: true,
              help: ' Tip ',
            },
          ],
        },
      ],
    } as unknown as QuestionnaireDefinition;
    expect(normalizeDefinition(def)).toEqual({
      sections: [
        {
          key: 's',
          title: 'Deel',
          questions: [
            { key: 'q', type: 'likert', text: 'Vraag', required: true },
            { key: 'n', type: 'number', text: 'Getal', help: 'Tip', required: false, min: 1 },
          ],
        },
      ],
    });
  });

  it('keeps the sample as it is', () => {
    expect(normalizeDefinition(sampleDefinition())).toEqual(sampleDefinition());
  });

  it('stays valid and is idempotent (property)', () => {
    fc.assert(
      fc.property(definitionArbitrary(), (def) => {
        const once = normalizeDefinition(def);
        expect(validateDefinition(once)).toEqual([]);
        expect(normalizeDefinition(once)).toEqual(once);
      }),
    );
  });
});
