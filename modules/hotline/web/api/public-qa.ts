import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type { publicQaListSchema, publicQaReviewBodySchema, publicQaSchema, staffPublicQaListSchema } from '../../contract/consultation';
import { hlKeys, useHlMutation } from './keys';

export type PublicQa = z.infer<typeof publicQaSchema>;
export type PublicQaList = z.infer<typeof publicQaListSchema>;
export type StaffPublicQaList = z.infer<typeof staffPublicQaListSchema>;
export type StaffPublicQa = StaffPublicQaList['items'][number];
export type PublicQaReviewBody = z.input<typeof publicQaReviewBodySchema>;
export type PublicQaState = StaffPublicQa['state'];

export interface PublicQaFilters {
  page: number;
  pageSize: number;
  q?: string;
  category?: string;
}

/** Public Q&A: the portal's search and article (no login) and the staff review of proposed items. */
export const publicQaApi = {
  search: (q: PublicQaFilters) => api<PublicQaList>('/hotline/public/qa', { query: { ...q }, authRedirect: false }),
  get: (id: string) => api<PublicQa>(`/hotline/public/qa/${encodeURIComponent(id)}`, { authRedirect: false }),
  staffList: (q: { page: number; pageSize: number; state?: PublicQaState }) =>
    api<StaffPublicQaList>('/hotline/public-qa', { query: { ...q } }),
  review: (id: string, body: PublicQaReviewBody) =>
    api<StaffPublicQa>(`/hotline/public-qa/${encodeURIComponent(id)}/review`, { method: 'POST', body }),
};

export function usePublicQaSearch(q: PublicQaFilters) {
  return useQuery({
    queryKey: hlKeys.part('public-qa-search', q),
    queryFn: () => publicQaApi.search(q),
    placeholderData: keepPreviousData,
  });
}

export function usePublicQa(id: string) {
  return useQuery({ queryKey: hlKeys.part('public-qa-item', { id }), queryFn: () => publicQaApi.get(id), retry: false });
}

export function useStaffPublicQa(q: { page: number; pageSize: number; state?: PublicQaState }) {
  return useQuery({
    queryKey: hlKeys.part('public-qa-staff', q),
    queryFn: () => publicQaApi.staffList(q),
    placeholderData: keepPreviousData,
  });
}

export const useReviewPublicQa = () =>
  useHlMutation(({ id, body }: { id: string; body: PublicQaReviewBody }) => publicQaApi.review(id, body));
