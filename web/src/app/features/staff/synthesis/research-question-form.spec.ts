import type { ResearchQuestion } from '@inbreng/contracts';
import {
  emptyRqForm,
  parseThemeIds,
  rqFormFrom,
  toCreateRq,
  toUpdateRq,
  validateRq,
} from './research-question-form';

const valid = () => ({
  ...emptyRqForm(['t1']),
  text: '  Wat helpt jongeren om sneller hulp te krijgen?  ',
  population: ' jongeren 12–18 ',
});

describe('research question form', () => {
  it('accepts a complete question', () => {
    expect(validateRq(valid())).toEqual([]);
  });

  it('names each problem with the field it belongs to, in screen order', () => {
    const problems = validateRq({
      ...emptyRqForm(),
      text: 'kort',
      references: [
        { title: '', url: 'https://example.org' },
        { title: 'Rapport', url: 'geen link' },
      ],
    });
    expect(problems.map((p) => [p.target, p.message.key])).toEqual([
      ['rq-text', 'rq.errors.textLength'],
      ['rq-themes', 'rq.errors.noTheme'],
      ['rq-ref-title-0', 'rq.errors.required'],
      ['rq-ref-url-1', 'rq.errors.url'],
    ]);
    expect(validateRq({ ...valid(), text: '   ' })[0]?.message.key).toBe('rq.errors.required');
    expect(validateRq({ ...valid(), references: [{ title: 'x', url: 'javascript:alert(1)' }] })).toHaveLength(
      1,
    );
  });

  it('trims what it sends and leaves out empty reference links', () => {
    const body = toCreateRq({
      ...valid(),
      references: [
        { title: ' NJi-rapport ', url: ' https://www.nji.nl/x ' },
        { title: 'Eigen onderzoek', url: '  ' },
      ],
    });
    expect(body).toEqual({
      text: 'Wat helpt jongeren om sneller hulp te krijgen?',
      population: 'jongeren 12–18',
      context: '',
      themeIds: ['t1'],
      evidenceStatus: 'unknown',
      references: [{ title: 'NJi-rapport', url: 'https://www.nji.nl/x' }, { title: 'Eigen onderzoek' }],
      notes: '',
    });
    expect(toUpdateRq(valid(), 4)).toMatchObject({ version: 4, status: 'draft' });
  });

  it('fills the form from a stored question', () => {
    const q = {
      text: 'Vraag',
      population: 'p',
      context: 'c',
      themeIds: ['a', 'b'],
      evidenceStatus: 'partly_answered',
      references: [{ title: 'Bron' }],
      status: 'shortlisted',
      notes: 'n',
    } as unknown as ResearchQuestion;
    expect(rqFormFrom(q)).toEqual({
      text: 'Vraag',
      population: 'p',
      context: 'c',
      themeIds: ['a', 'b'],
      evidenceStatus: 'partly_answered',
      references: [{ title: 'Bron', url: '' }],
      status: 'shortlisted',
      notes: 'n',
    });
  });

  it('reads the preselected themes from the URL without blanks or repeats', () => {
    expect(parseThemeIds('a, b,,a, ')).toEqual(['a', 'b']);
    expect(parseThemeIds(undefined)).toEqual([]);
    expect(parseThemeIds('x'.repeat(65))).toEqual([]);
  });
});
