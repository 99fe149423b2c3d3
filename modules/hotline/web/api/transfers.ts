import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  HandoffTargets,
  TransferCreateBody,
  TransferListQuery,
  TransferResultBody,
  TransferView,
  transferListSchema,
  transferPageSchema,
} from '../../contract/transfer';
import { hlKeys } from './keys';

export type TransferPage = z.infer<typeof transferPageSchema>;
export type TransferList = z.infer<typeof transferListSchema>;
export type TransferFilters = Partial<Omit<TransferListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

/** One-click transfer (一键转接) and the referrals' results (HT, contract/transfer.ts). */
export const transferApi = {
  targets: () => api<HandoffTargets>('/hotline/handoff-targets'),
  create: (ticketId: string, body: TransferCreateBody) =>
    api<TransferView>(`/hotline/tickets/${ticketId}/transfers`, { method: 'POST', body }),
  ofTicket: (ticketId: string) => api<TransferList>(`/hotline/tickets/${ticketId}/transfers`),
  list: (q: TransferFilters) => api<TransferPage>('/hotline/transfers', { query: { ...q } }),
  result: (id: string, body: TransferResultBody) => api<TransferView>(`/hotline/transfers/${id}/result`, { method: 'PATCH', body }),
};

export function useHandoffTargets(enabled = true) {
  return useQuery({ queryKey: hlKeys.part('handoffTargets'), queryFn: transferApi.targets, staleTime: 300_000, enabled });
}

export function useTicketTransfers(ticketId: string) {
  return useQuery({ queryKey: hlKeys.ticketSub(ticketId, 'transfers'), queryFn: () => transferApi.ofTicket(ticketId) });
}

export function useTransferList(q: TransferFilters) {
  return useQuery({ queryKey: hlKeys.part('transfers', q), queryFn: () => transferApi.list(q), placeholderData: keepPreviousData });
}
