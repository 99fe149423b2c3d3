import { describe, expect, it } from 'vitest';
import { filtersFromSearch, searchFromFilters } from './list-query';

describe('case list filters in the address', () => {
  it('round-trips the filters, leaving defaults out of the address', () => {
    const q = { page: 1, pageSize: 20, state: 'accepted' as const, deadline: 'overdue' as const, q: '张三' };
    const search = searchFromFilters(q);
    expect(search).toEqual({ state: 'accepted', deadline: 'overdue', q: '张三' });
    expect(filtersFromSearch(new URLSearchParams(search))).toEqual(q);
  });

  it('falls back to the first page when the address holds an unknown value', () => {
    expect(filtersFromSearch(new URLSearchParams({ state: 'nonsense' }))).toEqual({ page: 1, pageSize: 20 });
  });

  it('keeps the page and page size when they differ from the defaults', () => {
    expect(searchFromFilters({ page: 3, pageSize: 50 })).toEqual({ page: '3', pageSize: '50' });
  });
});
