import { describe, expect, it } from 'vitest';
import { filtersFromSearch, searchFromFilters } from './list-query';

describe('mediation case list filters in the address', () => {
  it('round-trips the filters, leaving defaults out of the address', () => {
    const q = { page: 1, pageSize: 20, state: 'mediating' as const, deadline: 'dueSoon' as const, kind: 'labour' as const, q: '王' };
    const search = searchFromFilters(q);
    expect(search).toEqual({ state: 'mediating', deadline: 'dueSoon', kind: 'labour', q: '王' });
    expect(filtersFromSearch(new URLSearchParams(search))).toEqual(q);
  });

  it('falls back to the first page when the address holds an unknown value', () => {
    expect(filtersFromSearch(new URLSearchParams({ state: 'nonsense' }))).toEqual({ page: 1, pageSize: 20 });
  });

  it('keeps the page and page size when they differ from the defaults', () => {
    expect(searchFromFilters({ page: 3, pageSize: 50 })).toEqual({ page: '3', pageSize: '50' });
  });
});
