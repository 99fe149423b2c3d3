import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  FollowUpDraw,
  FollowUpDrawBody,
  FollowUpDrawDetail,
  followUpDrawPageSchema,
  FollowUpListQuery,
  FollowUpRecordBody,
  FollowUpView,
  followUpPageSchema,
} from '../../contract/followup';
import { hlKeys } from './keys';

export type FollowUpPage = z.infer<typeof followUpPageSchema>;
export type FollowUpDrawPage = z.infer<typeof followUpDrawPageSchema>;
export type FollowUpFilters = Partial<Omit<FollowUpListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

/** Follow-up visits (回访) on a reproducible sample of closed tickets (HT, contract/followup.ts). */
export const followUpApi = {
  draw: (body: FollowUpDrawBody) => api<FollowUpDraw>('/hotline/followups/draw', { method: 'POST', body }),
  list: (q: FollowUpFilters) => api<FollowUpPage>('/hotline/followups', { query: { ...q } }),
  record: (id: string, body: FollowUpRecordBody) => api<FollowUpView>(`/hotline/followups/${id}/record`, { method: 'POST', body }),
  draws: (q: { page: number; pageSize: number }) => api<FollowUpDrawPage>('/hotline/followups/draws', { query: { ...q } }),
  drawDetail: (id: string) => api<FollowUpDrawDetail>(`/hotline/followups/draws/${id}`),
};

export function useFollowUpList(q: FollowUpFilters) {
  return useQuery({ queryKey: hlKeys.part('followups', q), queryFn: () => followUpApi.list(q), placeholderData: keepPreviousData });
}

/** The recorded draws (newest first), fetched while the list is shown. */
export function useFollowUpDraws(q: { page: number; pageSize: number }, enabled: boolean) {
  return useQuery({
    queryKey: hlKeys.part('followupDraws', q),
    queryFn: () => followUpApi.draws(q),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** One draw with its verification (recomputed by the server on every read). */
export function useFollowUpDrawDetail(id: string | null) {
  return useQuery({ queryKey: hlKeys.part('followupDraw', { id }), queryFn: () => followUpApi.drawDetail(id!), enabled: !!id });
}
