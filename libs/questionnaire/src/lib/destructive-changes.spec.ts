import fc from 'fast-check';
import type { QuestionnaireDefinition } from '@inbreng/contracts';
import { definitionArbitrary } from '../testing/arbitraries';
import { question, sampleDefinition, section } from '../testing/sample-definition';
import { destructiveChanges } from './destructive-changes';

const copy = (): QuestionnaireDefinition => structuredClone(sampleDefinition());
type Loose = { sections: { questions: Record<string, unknown>[] }[] };

describe('destructiveChanges', () => {
  it('finds nothing when labels, texts, order and new questions/options change', () => {
    const next = copy();
    question(next, 'kids').text = 'Anders gesteld';
    next.sections.reverse();
    section(next, 's1').questions.push({ key: 'extra', type: 'likert', text: 'Nieuw', required: true });
    const kids = question(next, 'kids');
    if (kids.type !== 'single_choice') throw new Error('fixture');
    kids.options.push({ key: 'none', label: 'Geen' });
    kids.options = kids.options.map((o) => (o.key === 'one' ? { ...o, label: 'Precies één' } : o));
    expect(destructiveChanges(sampleDefinition(), next)).toEqual([]);
  });

  it('reports removed questions, options, rows and "other", and type changes', () => {
    const next = copy() as unknown as Loose;
    section(next, 's1').questions.splice(1, 1); // age removed
    Object.assign(question(next, 'kids'), {
      options: [
        { key: 'one', label: 'Eén' },
        { key: 'more', label: 'Meer' },
      ],
      allowOther: false,
    });
    question(next, 'grid')['rows'] = [{ key: 'r1', label: 'Er is genoeg te doen' }];
    question(next, 'safe')['type'] = 'rating';
    expect(destructiveChanges(sampleDefinition(), next as unknown as QuestionnaireDefinition)).toEqual([
      'question "kids": option "two" removed',
      'question "kids": "other" option removed',
      'question "age" removed',
      'question "safe" changed type from likert to rating',
      'question "grid": row "r2" removed',
    ]);
  });

  it('reports rules tightened so that stored answers would break', () => {
    const next = copy() as unknown as Loose;
    Object.assign(question(next, 'age'), { min: 1, max: 30 }); // age: min appears
    Object.assign(question(next, 'help'), { maxChoices: 1 });
    question(next, 'priorities')['options'] = [
      { key: 'play', label: 'Speelplekken' },
      { key: 'safety', label: 'Veiligheid' },
      { key: 'care', label: 'Zorg dichtbij' },
      { key: 'school', label: 'School' },
    ];
    Object.assign(question(next, 'since'), { maxDate: '2029-01-01' });
    expect(destructiveChanges(sampleDefinition(), next as unknown as QuestionnaireDefinition)).toEqual([
      'question "age": allowed range narrowed',
      'question "help": maximum choices lowered from 2 to 1',
      'question "priorities": ranking item "school" added',
      'question "since": allowed dates narrowed',
    ]);
  });

  it('widening a range is safe', () => {
    const next = copy() as unknown as Loose;
    Object.assign(question(next, 'age'), { min: -5, max: 99 });
    expect(destructiveChanges(sampleDefinition(), next as unknown as QuestionnaireDefinition)).toEqual([]);
  });

  it('an unchanged definition has no destructive changes; dropping any question has one (property)', () => {
    fc.assert(
      fc.property(definitionArbitrary(), fc.nat(), (def, pick) => {
        expect(destructiveChanges(def, structuredClone(def))).toEqual([]);
        const next = structuredClone(def);
        const target = next.sections[pick % next.sections.length];
        const [removed] = target
          ? target.questions.splice(pick % Math.max(target.questions.length, 1), 1)
          : [];
        if (!removed) return;
        expect(destructiveChanges(def, next)).toContain(`question "${removed.key}" removed`);
      }),
    );
  });
});
