import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  CallbackCompleteBody,
  CallbackCreateBody,
  CallbackListQuery,
  CallbackView,
  callbackPageSchema,
} from '../../contract/callback';
import { hlKeys } from './keys';

export type CallbackPage = z.infer<typeof callbackPageSchema>;
export type CallbackFilters = Partial<Omit<CallbackListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

/** Callbacks (回拨): schedule on a ticket, the queue, complete (HT, contract/callback.ts). */
export const callbackApi = {
  create: (ticketId: string, body: CallbackCreateBody) =>
    api<CallbackView>(`/hotline/tickets/${ticketId}/callbacks`, { method: 'POST', body }),
  list: (q: CallbackFilters) => api<CallbackPage>('/hotline/callbacks', { query: { ...q } }),
  complete: (id: string, body: CallbackCompleteBody) => api<CallbackView>(`/hotline/callbacks/${id}/complete`, { method: 'POST', body }),
};

export function useCallbackList(q: CallbackFilters) {
  return useQuery({ queryKey: hlKeys.part('callbacks', q), queryFn: () => callbackApi.list(q), placeholderData: keepPreviousData });
}
