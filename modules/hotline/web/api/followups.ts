import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  FollowUpDraw,
  FollowUpDrawBody,
  FollowUpListQuery,
  FollowUpRecordBody,
  FollowUpView,
  followUpPageSchema,
} from '../../contract/followup';
import { hlKeys } from './keys';

export type FollowUpPage = z.infer<typeof followUpPageSchema>;
export type FollowUpFilters = Partial<Omit<FollowUpListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

/** Follow-up visits (回访) on a reproducible sample of closed tickets (HT, contract/followup.ts). */
export const followUpApi = {
  draw: (body: FollowUpDrawBody) => api<FollowUpDraw>('/hotline/followups/draw', { method: 'POST', body }),
  list: (q: FollowUpFilters) => api<FollowUpPage>('/hotline/followups', { query: { ...q } }),
  record: (id: string, body: FollowUpRecordBody) => api<FollowUpView>(`/hotline/followups/${id}/record`, { method: 'POST', body }),
};

export function useFollowUpList(q: FollowUpFilters) {
  return useQuery({ queryKey: hlKeys.part('followups', q), queryFn: () => followUpApi.list(q), placeholderData: keepPreviousData });
}
