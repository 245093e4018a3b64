import { ROUND_STATUSES } from '@inbreng/contracts';
import {
  DEFAULT_LIFE_DOMAIN_OPTIONS,
  OPTION_CODE_PATTERN,
  SLUG_PATTERN,
  UTRECHT_WIJKEN,
  fromLocalInput,
  nextStatuses,
  toCode,
  toLocalInput,
  transitionKey,
} from './round-options';

describe('round form helpers', () => {
  it('makes codes the API accepts from Dutch labels', () => {
    expect(toCode('Leidsche Rijn')).toBe('leidsche-rijn');
    expect(toCode('Vleuten-De Meern')).toBe('vleuten-de-meern');
    expect(toCode('financiën')).toBe('financien');
    expect(toCode('  school/werk ')).toBe('school-werk');
    for (const o of [...UTRECHT_WIJKEN, ...DEFAULT_LIFE_DOMAIN_OPTIONS]) {
      expect(o.code).toMatch(OPTION_CODE_PATTERN);
    }
  });

  it('offers the ten Utrecht wijken and the eight default life domains', () => {
    expect(UTRECHT_WIJKEN.map((w) => w.label)).toEqual([
      'Noordwest',
      'Overvecht',
      'Noordoost',
      'Oost',
      'Binnenstad',
      'Zuid',
      'Zuidwest',
      'West',
      'Leidsche Rijn',
      'Vleuten-De Meern',
    ]);
    expect(DEFAULT_LIFE_DOMAIN_OPTIONS.map((d) => d.code)).toEqual([
      'housing',
      'finances',
      'school_work',
      'health',
      'safety',
      'home_family',
      'leisure',
      'friends_relationships',
    ]);
  });

  it('validates slugs like the API does', () => {
    expect('jeugdhulp-2027').toMatch(SLUG_PATTERN);
    expect('Jeugdhulp').not.toMatch(SLUG_PATTERN);
    expect('a').not.toMatch(SLUG_PATTERN);
    expect('met spatie').not.toMatch(SLUG_PATTERN);
  });

  it('round-trips datetime-local values through ISO and sends null for empty', () => {
    const iso = fromLocalInput('2027-03-01T09:30');
    expect(iso).toMatch(/^2027-0[23]-\d\dT\d\d:30:00\.000Z$/);
    expect(toLocalInput(iso)).toBe('2027-03-01T09:30');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('geen datum')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });

  it('offers only the lifecycle moves of ROUND_TRANSITIONS, naming closed → open "reopen"', () => {
    expect(nextStatuses('draft')).toEqual(['open']);
    expect(nextStatuses('closed')).toEqual(['open', 'synthesis']);
    expect(nextStatuses('archived')).toEqual([]);
    for (const s of ROUND_STATUSES) expect(nextStatuses(s)).not.toContain(s);
    expect(transitionKey('closed', 'open')).toBe('reopen');
    expect(transitionKey('draft', 'open')).toBe('open');
  });
});
