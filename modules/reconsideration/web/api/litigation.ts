import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  Litigation,
  LitigationDetail,
  litigationCreateSchema,
  LitigationResult,
  litigationUpdateSchema,
} from '../../contract/litigation';
import type { Page } from '../../../../web/src/api/types';

export type LitigationCreateRequest = z.input<typeof litigationCreateSchema>;
export type LitigationUpdateRequest = z.input<typeof litigationUpdateSchema>;

/** The list filters as the page keeps them. */
export interface LitigationFilters {
  result?: LitigationResult;
  headAppeared?: 'true' | 'false';
  court?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const litigationKeys = {
  root: ['reconsideration', 'litigations'] as const,
  list: (q: LitigationFilters) => ['reconsideration', 'litigations', 'list', q] as const,
  detail: (id: string) => ['reconsideration', 'litigations', 'detail', id] as const,
};

export const litigationApi = {
  list: (q: LitigationFilters) => api<Page<Litigation>>('/reconsideration/litigations', { query: { ...q } }),
  get: (id: string) => api<LitigationDetail>(`/reconsideration/litigations/${id}`),
  create: (body: LitigationCreateRequest) => api<Litigation>('/reconsideration/litigations', { method: 'POST', body }),
  update: (id: string, body: LitigationUpdateRequest) => api<Litigation>(`/reconsideration/litigations/${id}`, { method: 'PATCH', body }),
};

export function useLitigations(q: LitigationFilters) {
  return useQuery({ queryKey: litigationKeys.list(q), queryFn: () => litigationApi.list(q), placeholderData: keepPreviousData });
}

export function useLitigation(id: string | undefined) {
  return useQuery({ queryKey: litigationKeys.detail(id ?? ''), queryFn: () => litigationApi.get(id ?? ''), enabled: !!id });
}

export function useCreateLitigation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: litigationApi.create,
    onSuccess: () => qc.invalidateQueries({ queryKey: litigationKeys.root }),
  });
}

export function useUpdateLitigation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LitigationUpdateRequest) => litigationApi.update(id, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: litigationKeys.root }),
  });
}
