/**
 * The public law library API (docs/core-api.md, "Search and the law library"). Types come from
 * the shared zod contract as types only, so nothing of zod reaches the browser bundle.
 */
import type {
  LawArticle,
  lawArticleListSchema,
  lawCategoryListSchema,
  LawDetail,
  LawOutlineNode,
  lawSearchResultSchema,
  LawStatus,
  LawSummary,
} from '@tianping/common/contract/laws';
import type { z } from 'zod';
import { api } from '../../../api/client';
import type { Page } from '../../../api/types';

export type { LawArticle, LawDetail, LawOutlineNode, LawStatus, LawSummary };
export type LawCategory = z.infer<typeof lawCategoryListSchema>[number];
export type LawArticleList = z.infer<typeof lawArticleListSchema>;
export type LawSearchResult = z.infer<typeof lawSearchResultSchema>;

/** Articles fetched per request on the law page (the server's default range is 100). */
export const articleBatch = 100;

export const lawsApi = {
  categories: () => api<LawCategory[]>('/laws/categories'),
  /** The whole catalogue (a few dozen laws) in one page. */
  catalogue: () => api<Page<LawSummary>>('/laws', { query: { pageSize: 200 } }),
  detail: (id: string) => api<LawDetail>(`/laws/${encodeURIComponent(id)}`),
  articles: (id: string, from: number) =>
    api<LawArticleList>(`/laws/${encodeURIComponent(id)}/articles`, { query: { from, to: from + articleBatch - 1 } }),
  search: (q: string, page: number) => api<LawSearchResult>('/laws/search', { query: { q, page } }),
};

/** The anchor id of an article on the law page: `a20` for 第二十条, `a133-1` for 第一百三十三条之一. */
export function articleAnchor(a: Pick<LawArticle, 'number' | 'suffix'>): string {
  return a.suffix ? `a${a.number}-${a.suffix}` : `a${a.number}`;
}
