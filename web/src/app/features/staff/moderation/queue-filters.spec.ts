import { PAGE_SIZE, parseFilters, toQuery, toQueryParams } from './queue-filters';

describe('moderation queue filters', () => {
  it('defaults to pending items on page 1 and ignores unknown values from the URL', () => {
    expect(parseFilters({})).toEqual({
      status: 'pending',
      group: '',
      kind: '',
      flag: '',
      lifeDomain: '',
      page: 1,
    });
    expect(parseFilters({ status: 'deleted', group: 'alien', flag: 'x', page: '-3' })).toMatchObject({
      status: 'pending',
      group: '',
      flag: '',
      page: 1,
    });
  });

  it('turns filters into the API query with paging', () => {
    const f = parseFilters({
      status: 'rejected',
      group: 'youth',
      flag: 'urgent',
      lifeDomain: 'health',
      page: '3',
    });
    expect(toQuery(f)).toEqual({
      status: 'rejected',
      group: 'youth',
      kind: undefined,
      flag: 'urgent',
      lifeDomain: 'health',
      limit: PAGE_SIZE,
      offset: 2 * PAGE_SIZE,
    });
  });

  it('drops empty values from the URL and starts a changed filter on page 1', () => {
    expect(toQueryParams({ group: '' })).toEqual({ page: null, group: null });
    expect(toQueryParams({ flag: 'pii' })).toEqual({ page: null, flag: 'pii' });
  });
});
