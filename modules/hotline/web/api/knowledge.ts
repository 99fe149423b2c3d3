import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LawSearchHit } from '@tianping/common/contract/laws';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  ArticleBody,
  ArticleDetail,
  articleListSchema,
  ArticleReviewBody,
  ArticleState,
  ArticleUpdateBody,
  articleVersionsSchema,
} from '../../contract/knowledge';
import { hlKeys, useHlMutation } from './keys';

export type ArticleList = z.infer<typeof articleListSchema>;
export type ArticleListItem = ArticleList['items'][number];
export type ArticleVersions = z.infer<typeof articleVersionsSchema>;
export type ArticleVersion = ArticleVersions['items'][number];
export type { LawSearchHit };

export interface ArticleFilters {
  page: number;
  pageSize: number;
  q?: string;
  category?: string;
  state?: ArticleState;
}

const b = '/hotline/articles';
const one = (id: string) => `${b}/${encodeURIComponent(id)}`;

/** The knowledge base (contract/knowledge.ts, HK): list, edit, submit, review, versions. */
export const knowledgeApi = {
  list: (q: ArticleFilters) => api<ArticleList>(b, { query: { ...q } }),
  get: (id: string) => api<ArticleDetail>(one(id)),
  create: (body: ArticleBody) => api<ArticleDetail>(b, { method: 'POST', body }),
  update: (id: string, body: ArticleUpdateBody) => api<ArticleDetail>(one(id), { method: 'PUT', body }),
  submit: (id: string) => api<ArticleDetail>(`${one(id)}/submit`, { method: 'POST', body: {} }),
  review: (id: string, body: ArticleReviewBody) => api<ArticleDetail>(`${one(id)}/review`, { method: 'POST', body }),
  versions: (id: string) => api<ArticleVersions>(`${one(id)}/versions`),
  /** The core law library search (articles with their ids), for linking law articles. */
  searchLaws: (q: string) => api<{ items: LawSearchHit[] }>('/laws/search', { query: { q } }),
};

export function useArticleList(q: ArticleFilters) {
  return useQuery({ queryKey: hlKeys.part('articles', q), queryFn: () => knowledgeApi.list(q), placeholderData: keepPreviousData });
}

export function useArticle(id: string | undefined) {
  return useQuery({ queryKey: hlKeys.part('article', { id }), queryFn: () => knowledgeApi.get(id!), enabled: Boolean(id) });
}

export function useArticleVersions(id: string) {
  return useQuery({ queryKey: hlKeys.part('article-versions', { id }), queryFn: () => knowledgeApi.versions(id) });
}

export function useLawSearch(q: string) {
  return useQuery({
    queryKey: hlKeys.part('law-pick', { q }),
    queryFn: () => knowledgeApi.searchLaws(q),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export const useCreateArticle = () => useHlMutation(knowledgeApi.create);
export const useUpdateArticle = (id: string) => useHlMutation((body: ArticleUpdateBody) => knowledgeApi.update(id, body));
export const useSubmitArticle = (id: string) => useHlMutation(() => knowledgeApi.submit(id));
export const useReviewArticle = (id: string) => useHlMutation((body: ArticleReviewBody) => knowledgeApi.review(id, body));
