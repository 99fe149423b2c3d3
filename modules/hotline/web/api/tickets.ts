import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type { TicketAnswerBody, TicketDetail, TicketListQuery, ticketCreateBodySchema, ticketListSchema } from '../../contract/tickets';
import type { SurveySent, ticketCloseBodySchema, ticketReopenBodySchema } from '../../contract/survey';
import { hlKeys } from './keys';

export type TicketCloseBody = z.infer<typeof ticketCloseBodySchema>;
export type TicketReopenBody = z.infer<typeof ticketReopenBodySchema>;

export type TicketPage = z.infer<typeof ticketListSchema>;
export type TicketFilters = Partial<Omit<TicketListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };
export type TicketCreateRequest = z.input<typeof ticketCreateBodySchema>;

/** Contact records: create at the desk, list, detail, answer (HA, contract/tickets.ts). */
export const ticketApi = {
  list: (q: TicketFilters) => api<TicketPage>('/hotline/tickets', { query: { ...q } }),
  get: (id: string) => api<TicketDetail>(`/hotline/tickets/${id}`),
  create: (body: TicketCreateRequest) => api<TicketDetail>('/hotline/tickets', { method: 'POST', body }),
  answer: (id: string, body: TicketAnswerBody) => api<TicketDetail>(`/hotline/tickets/${id}/answer`, { method: 'PUT', body }),
};

/** GET /hotline/tickets — tickets of the centres in the user's scope, newest first. */
export function useTicketList(q: TicketFilters) {
  return useQuery({ queryKey: hlKeys.ticketList(q), queryFn: () => ticketApi.list(q), placeholderData: keepPreviousData });
}

export function useTicket(id: string | undefined) {
  return useQuery({ queryKey: hlKeys.ticket(id ?? ''), queryFn: () => ticketApi.get(id!), enabled: !!id });
}

/** Close (sends the survey SMS), reopen (supervisor), resend the survey link (HT, contract/survey.ts). */
export const ticketFlowApi = {
  close: (id: string, body: TicketCloseBody) => api<TicketDetail>(`/hotline/tickets/${id}/close`, { method: 'POST', body }),
  reopen: (id: string, body: TicketReopenBody) => api<TicketDetail>(`/hotline/tickets/${id}/reopen`, { method: 'POST', body }),
  /** A new survey link by SMS (`abilities.resendSurvey`); the earlier unanswered link expires. */
  resendSurvey: (id: string) => api<SurveySent>(`/hotline/tickets/${id}/survey`, { method: 'POST' }),
};
