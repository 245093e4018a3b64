import {
  WORKBENCH_PAGE_SIZE,
  activeFilterCount,
  parseWorkbenchFilters,
  toWorkbenchParams,
  toWorkbenchQuery,
} from './workbench-filters';

describe('workbench filters', () => {
  it('reads known values from the URL and drops unknown groups and knowledge types', () => {
    const f = parseWorkbenchFilters({
      group: 'professional',
      knowledgeType: 'practice',
      lifeDomain: 'school_work',
      wijk: 'overvecht',
      inputLine: 'spoor1',
      search: '  wachtlijst  ',
      theme: 'none',
      page: '3',
    });
    expect(f).toEqual({
      group: 'professional',
      knowledgeType: 'practice',
      lifeDomain: 'school_work',
      wijk: 'overvecht',
      inputLine: 'spoor1',
      search: 'wachtlijst',
      theme: 'none',
      page: 3,
    });
    const bad = parseWorkbenchFilters({ group: 'admin', knowledgeType: 'magic', page: '-2' });
    expect(bad.group).toBe('');
    expect(bad.knowledgeType).toBe('');
    expect(bad.page).toBe(1);
    expect(parseWorkbenchFilters({ page: 'abc' }).page).toBe(1);
    expect(parseWorkbenchFilters({ search: 'x'.repeat(500) }).search).toHaveLength(200);
  });

  it('takes a theme id or "none" for the theme filter, nothing else (the API would refuse it)', () => {
    const id = '0B7C2E0A-1D2F-4A5B-9C8D-112233445566';
    expect(parseWorkbenchFilters({ theme: id }).theme).toBe(id.toLowerCase());
    expect(parseWorkbenchFilters({ theme: 'none' }).theme).toBe('none');
    expect(parseWorkbenchFilters({ theme: 'wachtlijsten' }).theme).toBe('');
    expect(parseWorkbenchFilters({ theme: `${id}x` }).theme).toBe('');
  });

  it('turns filters into an API query without empty values, with paging', () => {
    const q = toWorkbenchQuery(parseWorkbenchFilters({ group: 'youth', page: '2' }));
    expect(q).toEqual({
      group: 'youth',
      knowledgeType: undefined,
      lifeDomain: undefined,
      wijk: undefined,
      inputLine: undefined,
      search: undefined,
      theme: undefined,
      page: 2,
      pageSize: WORKBENCH_PAGE_SIZE,
    });
  });

  it('clears empty values from the URL and starts paging over on a filter change', () => {
    expect(toWorkbenchParams({ group: 'parent', search: '' })).toEqual({
      page: null,
      group: 'parent',
      search: null,
    });
    expect(toWorkbenchParams({ page: 1 })).toEqual({ page: null });
    expect(toWorkbenchParams({ page: 4 })).toEqual({ page: 4 });
  });

  it('counts the filters that narrow the list', () => {
    expect(activeFilterCount(parseWorkbenchFilters({}))).toBe(0);
    expect(activeFilterCount(parseWorkbenchFilters({ group: 'youth', search: 'school', page: '5' }))).toBe(2);
  });
});
