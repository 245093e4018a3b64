import fc from 'fast-check';
import type { QuestionnaireDefinition } from '@inbreng/contracts';
import { question, sampleDefinition, section } from '../testing/sample-definition';
import { validateDefinition } from './validate-definition';
import { definitionArbitrary } from '../testing/arbitraries';

/** Deep copy to mutate one thing per test. */
const copy = (): QuestionnaireDefinition => structuredClone(sampleDefinition());
const codes = (def: unknown) => validateDefinition(def).map((p) => `${p.path}:${p.code}`);

describe('validateDefinition', () => {
  it('accepts the sample with every question type and conditions', () => {
    expect(validateDefinition(sampleDefinition())).toEqual([]);
  });

  it('accepts an empty questionnaire (a draft being built)', () => {
    expect(validateDefinition({ sections: [] })).toEqual([]);
  });

  it('refuses input that is not a definition', () => {
    expect(codes(null)).toEqual(['sections:invalid']);
    expect(codes({ sections: 'x' })).toEqual(['sections:invalid']);
    expect(codes({ sections: [42] })).toEqual(['sections[0]:invalid']);
    expect(codes({ sections: [{ key: 's', title: 'T' }] })).toEqual(['sections[0].questions:invalid']);
  });

  it('finds duplicate keys across sections and questions and bad key characters', () => {
    const def = copy();
    question(def, 'safe').key = 'kids';
    section(def, 's3').key = 's1';
    question(def, 'grade').key = 'has space';
    expect(codes(def)).toEqual(
      expect.arrayContaining([
        'sections[1].questions[0].key:duplicate_key',
        'sections[2].key:duplicate_key',
        'sections[1].questions[1].key:invalid_key',
      ]),
    );
  });

  it('requires text, a known type and a boolean required flag', () => {
    const def = copy() as unknown as { sections: { questions: Record<string, unknown>[] }[] };
    question(def, 'kids')['text'] = '   ';
    question(def, 'age')['type'] = 'slider';
    question(def, 'help')['required'] = 'yes';
    expect(codes(def)).toEqual([
      'sections[0].questions[0].text:required',
      'sections[0].questions[1].type:unknown_type',
      'sections[0].questions[2].required:invalid',
    ]);
  });

  it('checks options: enough of them, unique, "other" reserved, labels present', () => {
    const def = copy() as unknown as { sections: { questions: Record<string, unknown>[] }[] };
    const kids = question(def, 'kids');
    kids['options'] = [
      { key: 'a', label: 'A' },
      { key: 'a', label: 'B' },
      { key: 'other', label: 'Anders' },
      { key: 'c', label: '' },
    ];
    question(def, 'priorities')['options'] = [{ key: 'only', label: 'Alleen' }];
    question(def, 'grid')['rows'] = [];
    expect(codes(def)).toEqual([
      'sections[0].questions[0].options[1].key:duplicate_key',
      'sections[0].questions[0].options[2].key:reserved_key',
      'sections[0].questions[0].options[3].label:required',
      'sections[1].questions[3].options:too_few_options',
      'sections[1].questions[4].rows:too_few_options',
      // The section condition used option "two", which is gone now.
      'sections[2].condition.value:condition_unknown_option',
    ]);
  });

  it('checks ranges: number min ≤ max, dates, maxChoices within the options', () => {
    const def = copy() as unknown as { sections: { questions: Record<string, unknown>[] }[] };
    Object.assign(question(def, 'age'), { min: 10, max: 2 });
    Object.assign(question(def, 'help'), { maxChoices: 5 });
    Object.assign(question(def, 'since'), { minDate: '2025-02-30' });
    expect(codes(def)).toEqual([
      'sections[0].questions[1].max:invalid_range',
      'sections[0].questions[2].maxChoices:invalid_range',
      'sections[1].questions[5].minDate:invalid',
    ]);
  });

  describe('conditions', () => {
    it('refuses a condition on a question that does not exist', () => {
      const def = copy();
      question(def, 'why_low').condition = { questionKey: 'nope', operator: 'equals', value: 1 };
      expect(codes(def)).toEqual([
        'sections[1].questions[2].condition.questionKey:condition_unknown_question',
      ]);
    });

    it('refuses a condition that points forward or to the question itself', () => {
      const def = copy();
      question(def, 'kids').condition = { questionKey: 'grade', operator: 'equals', value: 3 };
      question(def, 'grade').condition = { questionKey: 'grade', operator: 'equals', value: 3 };
      expect(codes(def)).toEqual([
        'sections[0].questions[0].condition.questionKey:condition_forward',
        'sections[1].questions[1].condition.questionKey:condition_forward',
      ]);
    });

    it('refuses a section condition on a question of the same section', () => {
      const def = copy();
      section(def, 's2').condition = { questionKey: 'safe', operator: 'equals', value: 3 };
      expect(codes(def)).toEqual(['sections[1].condition.questionKey:condition_forward']);
    });

    it('refuses an operator the referenced type cannot be tested with', () => {
      const def = copy();
      question(def, 'why_low').condition = { questionKey: 'help', operator: 'equals', value: 'gp' };
      question(def, 'since').condition = { questionKey: 'grid', operator: 'equals', value: 3 };
      expect(codes(def)).toEqual([
        'sections[1].questions[2].condition.operator:condition_incompatible',
        'sections[1].questions[5].condition.operator:condition_incompatible',
      ]);
    });

    it('refuses unknown options and values out of the scale', () => {
      const def = copy();
      question(def, 'wijkteam_how').condition = {
        questionKey: 'help',
        operator: 'includes',
        value: 'police',
      };
      question(def, 'why_low').condition = { questionKey: 'safe', operator: 'equals', value: 6 };
      question(def, 'priorities').condition = {
        questionKey: 'grade',
        operator: 'between',
        min: 8,
        max: 2,
      };
      section(def, 's3').condition = { questionKey: 'kids', operator: 'equals', value: 'four' };
      expect(codes(def)).toEqual([
        'sections[0].questions[3].condition.value:condition_unknown_option',
        'sections[1].questions[2].condition.value:condition_invalid_value',
        'sections[1].questions[3].condition:condition_invalid_value',
        'sections[2].condition.value:condition_unknown_option',
      ]);
    });

    it('accepts "other" as a condition value when the question allows it', () => {
      const def = copy();
      section(def, 's3').condition = { questionKey: 'kids', operator: 'equals', value: 'other' };
      expect(validateDefinition(def)).toEqual([]);
    });
  });

  it('accepts every generated well-formed definition (property)', () => {
    fc.assert(
      fc.property(definitionArbitrary(), (def) => {
        expect(validateDefinition(def)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(validateDefinition(value))).toBe(true);
        expect(Array.isArray(validateDefinition({ sections: [value] }))).toBe(true);
        expect(
          Array.isArray(validateDefinition({ sections: [{ key: 's', title: 'T', questions: [value] }] })),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
