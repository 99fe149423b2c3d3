import type { TableProps } from 'antd';

interface PagedList<T> {
  isFetching: boolean;
  data?: { items: T[]; total: number };
}

/**
 * The loading state, rows and server-side pagination of an admin list: page and page size
 * live in the page's query state, the total comes from the API's page envelope.
 */
export function pagedTableProps<T, Q extends { page: number; pageSize: number }>(
  list: PagedList<T>,
  query: Q,
  setQuery: (q: Q) => void,
  totalText: (n: number) => string,
): Pick<TableProps<T>, 'loading' | 'dataSource' | 'pagination'> {
  return {
    loading: list.isFetching,
    dataSource: list.data?.items,
    pagination: {
      current: query.page,
      pageSize: query.pageSize,
      total: list.data?.total ?? 0,
      showSizeChanger: true,
      showTotal: totalText,
      onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
    },
  };
}
