import type { ResearchQuestion } from '@inbreng/contracts';
import {
  agreementLevel,
  agreementMatrix,
  defaultStartForm,
  equalWeightsForm,
  parseNumber,
  type StartForm,
  validateSettings,
  validateStart,
} from './prioritisation-logic';

const rq = (id: string, status: ResearchQuestion['status']) => ({ id, status }) as ResearchQuestion;

const form = (over: Partial<StartForm> = {}): StartForm => ({
  shortlist: ['a', 'b', 'c'],
  method: 'ranking',
  maxPicks: '10',
  rankTop: '5',
  weights: equalWeightsForm(),
  minGroupBallots: '10',
  ...over,
});

describe('defaultStartForm', () => {
  it('takes the questions marked shortlisted, when there are at least two', () => {
    const f = defaultStartForm([
      rq('a', 'draft'),
      rq('b', 'shortlisted'),
      rq('c', 'final'),
      rq('d', 'merged'),
    ]);
    expect(f.shortlist).toEqual(['b', 'c']);
    expect(f.maxPicks).toBe('10');
  });

  it('otherwise every live question, never merged or archived ones', () => {
    const f = defaultStartForm([
      rq('a', 'draft'),
      rq('b', 'shortlisted'),
      rq('x', 'archived'),
      rq('y', 'merged'),
    ]);
    expect(f.shortlist).toEqual(['a', 'b']);
    expect(f.method).toBe('ranking');
    expect(f.rankTop).toBe('5');
  });
});

describe('parseNumber', () => {
  it('reads a decimal comma or point, and refuses junk', () => {
    expect(parseNumber('0,5')).toBe(0.5);
    expect(parseNumber(' 2 ')).toBe(2);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('1e3')).toBeNaN();
    expect(parseNumber('twee')).toBeNaN();
  });
});

describe('validateStart', () => {
  it('builds the request from a good form', () => {
    const { problems, request } = validateStart(form({ weights: { ...equalWeightsForm(), youth: '2,5' } }));
    expect(problems).toEqual([]);
    expect(request).toEqual({
      researchQuestionIds: ['a', 'b', 'c'],
      method: 'ranking',
      maxPicks: 10,
      rankTop: 5,
      weights: { youth: 2.5, parent: 1, professional: 1, policy_research_education: 1 },
      minGroupBallots: 10,
    });
  });

  it('names every field that is wrong', () => {
    const { problems, request } = validateStart(
      form({
        shortlist: ['a'],
        maxPicks: '31',
        rankTop: '2',
        weights: { ...equalWeightsForm(), parent: '-1' },
        minGroupBallots: '0',
      }),
    );
    expect(request).toBeNull();
    expect(problems.map((p) => p.field)).toEqual([
      'shortlist',
      'maxPicks',
      'rankTop',
      'weight-parent',
      'minGroupBallots',
    ]);
  });

  it('refuses ranking more than may be picked, and all-zero weights', () => {
    expect(validateStart(form({ maxPicks: '4', rankTop: '5' })).problems.map((p) => p.key)).toEqual([
      'prioritisation.form.rankTopAboveMax',
    ]);
    const zero = { youth: '0', parent: '0', professional: '0', policy_research_education: '0' };
    expect(validateSettings({ weights: zero, minGroupBallots: '5' }).problems.map((p) => p.key)).toEqual([
      'prioritisation.form.weightsZero',
    ]);
  });

  it('sends no pick settings for the pairwise method', () => {
    const { request } = validateStart(form({ method: 'pairwise', maxPicks: 'x', rankTop: '' }));
    expect(request).not.toBeNull();
    expect(request).not.toHaveProperty('maxPicks');
    expect(request?.method).toBe('pairwise');
  });
});

describe('agreement', () => {
  it('puts tau into words at fixed thresholds', () => {
    expect(agreementLevel(0.85)).toBe('strong');
    expect(agreementLevel(0.5)).toBe('moderate');
    expect(agreementLevel(0.2)).toBe('weak');
    expect(agreementLevel(0)).toBe('none');
    expect(agreementLevel(-0.4)).toBe('opposite');
    expect(agreementLevel(null)).toBe('unknown');
  });

  it('builds a symmetric matrix with an empty diagonal', () => {
    const m = agreementMatrix([
      { a: 'youth', b: 'parent', tau: 0.5 },
      { a: 'professional', b: 'youth', tau: -0.2 },
    ]);
    expect(m.map((r) => r.group)).toEqual(['youth', 'parent', 'professional', 'policy_research_education']);
    const youth = m[0]?.cells.map((c) => c.tau);
    expect(youth).toEqual([undefined, 0.5, -0.2, null]);
    expect(m[1]?.cells[0]?.tau).toBe(0.5);
    expect(m[2]?.cells[0]?.tau).toBe(-0.2);
    expect(m[3]?.cells[3]?.tau).toBeUndefined();
  });
});
