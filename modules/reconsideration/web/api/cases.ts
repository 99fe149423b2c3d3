import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  acceptBodySchema,
  bodyListSchema,
  CaseDetail,
  CaseListQuery,
  correctionExtensionBodySchema,
  correctionNoticeBodySchema,
  correctionRecordBodySchema,
  intakeBodySchema,
  casePageSchema,
  rejectBodySchema,
  respondentListSchema,
} from '../../contract/intake';
import { reconKeys } from './keys';

/** What the pages send: the schemas' input types (defaults optional). */
export type IntakeRequest = z.input<typeof intakeBodySchema>;
export type AcceptRequest = z.input<typeof acceptBodySchema>;
export type RejectRequest = z.input<typeof rejectBodySchema>;
export type CorrectionNoticeRequest = z.input<typeof correctionNoticeBodySchema>;
export type CorrectionExtensionRequest = z.input<typeof correctionExtensionBodySchema>;
export type CorrectionRecordRequest = z.input<typeof correctionRecordBodySchema>;
export type CasePage = z.infer<typeof casePageSchema>;
export type BodyList = z.infer<typeof bodyListSchema>;
export type RespondentList = z.infer<typeof respondentListSchema>;
/** The list filters as the page keeps them (page and size always set). */
export type CaseListFilters = Partial<Omit<CaseListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

const base = '/reconsideration';

export const casesApi = {
  list: (q: CaseListFilters) => api<CasePage>(`${base}/cases`, { query: { ...q } }),
  get: (id: string) => api<CaseDetail>(`${base}/cases/${id}`),
  intake: (body: IntakeRequest) => api<CaseDetail>(`${base}/cases`, { method: 'POST', body }),
  accept: (id: string, body: AcceptRequest) => api<CaseDetail>(`${base}/cases/${id}/accept`, { method: 'POST', body }),
  reject: (id: string, body: RejectRequest) => api<CaseDetail>(`${base}/cases/${id}/reject`, { method: 'POST', body }),
  correctionNotice: (id: string, body: CorrectionNoticeRequest) =>
    api<CaseDetail>(`${base}/cases/${id}/correction-notice`, { method: 'POST', body }),
  correctionExtension: (id: string, body: CorrectionExtensionRequest) =>
    api<CaseDetail>(`${base}/cases/${id}/correction-extension`, { method: 'POST', body }),
  correction: (id: string, body: CorrectionRecordRequest) => api<CaseDetail>(`${base}/cases/${id}/correction`, { method: 'POST', body }),
  bodies: () => api<BodyList>(`${base}/bodies`),
  respondents: (q: string) => api<RespondentList>(`${base}/respondents`, { query: { q } }),
};

/** GET /cases — the scoped, filtered page; the previous page stays visible while the next loads. */
export function useCaseList(q: CaseListFilters) {
  return useQuery({ queryKey: reconKeys.caseList(q), queryFn: () => casesApi.list(q), placeholderData: keepPreviousData });
}

/** GET /cases/:id — the case with its timers, corrections, documents and the caller's abilities. */
export function useCase(id: string) {
  return useQuery({ queryKey: reconKeys.case(id), queryFn: () => casesApi.get(id) });
}

export function useRespondents(q: string) {
  return useQuery({ queryKey: reconKeys.respondents(q), queryFn: () => casesApi.respondents(q), staleTime: 60_000 });
}

export function useBodies() {
  return useQuery({ queryKey: reconKeys.bodies, queryFn: casesApi.bodies, staleTime: 300_000 });
}

export function useIntake() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: casesApi.intake,
    onSuccess: (c) => {
      client.setQueryData(reconKeys.case(c.id), c);
      void client.invalidateQueries({ queryKey: [...reconKeys.cases, 'list'] });
    },
  });
}

type CaseAction<B> = (id: string, body: B) => Promise<CaseDetail>;

/** A step of the acceptance review on one case: the answer replaces the cached detail. */
export function useCaseAction<B>(id: string, action: CaseAction<B>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => action(id, body),
    onSuccess: (c) => {
      client.setQueryData(reconKeys.case(id), c);
      void client.invalidateQueries({ queryKey: reconKeys.cases });
    },
  });
}
