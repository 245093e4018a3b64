import fc from 'fast-check';
import { definitionArbitrary } from '../testing/arbitraries';
import { question, sampleDefinition, section } from '../testing/sample-definition';
import { duplicateQuestion, freshKey, moveQuestion } from './editing';
import { validateDefinition } from './validate-definition';

describe('editing helpers', () => {
  it('freshKey avoids every section and question key', () => {
    const def = sampleDefinition();
    expect(freshKey(def, 'new')).toBe('new');
    expect(freshKey(def, 'kids')).toBe('kids_2');
    expect(freshKey(def, 's1')).toBe('s1_2');
  });

  it('duplicates a question right after the original, with its condition and a fresh key', () => {
    const def = duplicateQuestion(sampleDefinition(), 'wijkteam_how');
    expect(section(def, 's1').questions.map((q) => q.key)).toEqual([
      'kids',
      'age',
      'help',
      'wijkteam_how',
      'wijkteam_how_2',
    ]);
    expect(question(def, 'wijkteam_how_2').condition).toEqual(question(def, 'wijkteam_how').condition);
    expect(validateDefinition(def)).toEqual([]);
    expect(section(sampleDefinition(), 's1').questions).toHaveLength(4); // the input is left alone
    expect(() => duplicateQuestion(def, 'ghost')).toThrow(/no question/);
  });

  it('moves a question up and down within its section and stops at the edges', () => {
    const up = moveQuestion(sampleDefinition(), 'age', -1);
    expect(section(up, 's1').questions.map((q) => q.key)).toEqual(['age', 'kids', 'help', 'wijkteam_how']);
    const edge = moveQuestion(sampleDefinition(), 'kids', -1);
    expect(section(edge, 's1').questions.map((q) => q.key)).toEqual(['kids', 'age', 'help', 'wijkteam_how']);
    // Moving a conditional question above the question it depends on is caught by validation.
    const broken = moveQuestion(sampleDefinition(), 'wijkteam_how', -2);
    expect(validateDefinition(broken).map((p) => p.code)).toEqual(['condition_forward']);
  });

  it('duplicating any question keeps a valid definition (property)', () => {
    fc.assert(
      fc.property(definitionArbitrary(), fc.nat(), (def, pick) => {
        const keys = def.sections.flatMap((s) => s.questions.map((q) => q.key));
        const key = keys[pick % keys.length];
        if (key === undefined) return;
        expect(validateDefinition(duplicateQuestion(def, key))).toEqual([]);
      }),
    );
  });
});
