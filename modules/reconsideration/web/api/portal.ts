import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type { PublishedDecision, publishedPageSchema } from '../../contract/decision';
import type { citizenWithdrawalSchema, withdrawalRequestSchema } from '../../contract/handling';
import type { bodyListSchema, CitizenApplicationBody, citizenCorrectionBodySchema, respondentListSchema } from '../../contract/intake';
import type { CitizenCaseDetail, citizenCaseListSchema, satisfactionBodySchema } from '../../contract/portal';
import { newDraftId, postFile } from '../../../../web/src/api/upload';

/**
 * The applicant's side of the reconsideration API (citizen session, /api/citizen/reconsideration)
 * and the public lists the application form and the decision pages use.
 */

export type BodyList = z.infer<typeof bodyListSchema>;
export type RespondentList = z.infer<typeof respondentListSchema>;
export type CitizenCaseList = z.infer<typeof citizenCaseListSchema>;
export type PublishedPage = z.infer<typeof publishedPageSchema>;
export type SatisfactionBody = z.infer<typeof satisfactionBodySchema>;

export type WithdrawalRequest = z.infer<typeof withdrawalRequestSchema>;
export type CitizenWithdrawal = z.infer<typeof citizenWithdrawalSchema>;
export type CitizenCorrectionBody = z.infer<typeof citizenCorrectionBodySchema>;

/** An uploaded file as the attachment endpoints answer (common/contract/attachments). */
export interface UploadedFile {
  id: string;
  fileName: string;
}

const citizen = '/citizen/reconsideration';

export { newDraftId };

export const reconPortalApi = {
  bodies: () => api<BodyList>('/reconsideration/bodies', { authRedirect: false }),
  respondents: (q: string) => api<RespondentList>('/reconsideration/respondents', { query: { q }, authRedirect: false }),
  apply: (body: CitizenApplicationBody) => api<CitizenCaseDetail>(`${citizen}/applications`, { method: 'POST', body, authRedirect: false }),
  cases: () => api<CitizenCaseList>(`${citizen}/cases`, { authRedirect: false }),
  case: (id: string) => api<CitizenCaseDetail>(`${citizen}/cases/${id}`, { authRedirect: false }),
  correct: (id: string, body: CitizenCorrectionBody) =>
    api<CitizenCaseDetail>(`${citizen}/cases/${id}/correction`, { method: 'POST', body, authRedirect: false }),
  uploadToCase: (id: string, file: File) => postFile(`${citizen}/cases/${id}/attachments`, file),
  /** An agent's letter of authorisation before the application exists (owner `reconDraft`, 第十七条). */
  uploadDraft: (draftId: string, file: File) => postFile(`${citizen}/drafts/${draftId}/attachments`, file),
  /** 申请撤回 (第七十四条): a request the authority then grants (B's POST …/withdraw). */
  withdraw: (id: string, body: WithdrawalRequest) =>
    api<CitizenWithdrawal>(`${citizen}/cases/${id}/withdrawal`, { method: 'POST', body, authRedirect: false }),
  rate: (id: string, body: SatisfactionBody) =>
    api<CitizenCaseDetail>(`${citizen}/cases/${id}/satisfaction`, { method: 'POST', body, authRedirect: false }),
  published: (query: { q?: string; page: number; pageSize: number }) =>
    api<PublishedPage>('/reconsideration/published-decisions', { query, authRedirect: false }),
  publishedOne: (id: string) => api<PublishedDecision>(`/reconsideration/published-decisions/${id}`, { authRedirect: false }),
};

export const reconPortalKeys = {
  bodies: ['recon', 'portal', 'bodies'] as const,
  respondents: (q: string) => ['recon', 'portal', 'respondents', q] as const,
  cases: ['recon', 'portal', 'cases'] as const,
  case: (id: string) => ['recon', 'portal', 'case', id] as const,
  published: (q: string, page: number) => ['recon', 'portal', 'published', q, page] as const,
  publishedOne: (id: string) => ['recon', 'portal', 'published', id] as const,
};

export function useBodies() {
  return useQuery({ queryKey: reconPortalKeys.bodies, queryFn: reconPortalApi.bodies, staleTime: 10 * 60_000 });
}

export function useRespondents(q: string) {
  return useQuery({
    queryKey: reconPortalKeys.respondents(q),
    queryFn: () => reconPortalApi.respondents(q),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useMyCases(enabled: boolean) {
  return useQuery({ queryKey: reconPortalKeys.cases, queryFn: reconPortalApi.cases, enabled });
}

export function useMyCase(id: string, enabled: boolean) {
  return useQuery({ queryKey: reconPortalKeys.case(id), queryFn: () => reconPortalApi.case(id), enabled });
}

export function usePublished(q: string, page: number, pageSize = 10) {
  return useQuery({
    queryKey: reconPortalKeys.published(q, page),
    queryFn: () => reconPortalApi.published({ q: q || undefined, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function usePublishedOne(id: string) {
  return useQuery({ queryKey: reconPortalKeys.publishedOne(id), queryFn: () => reconPortalApi.publishedOne(id) });
}

export function useApply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: reconPortalApi.apply,
    onSuccess: () => qc.invalidateQueries({ queryKey: reconPortalKeys.cases }),
  });
}

/** Any action on one case: afterwards the case and the list are read again. */
export function useCaseAction<V>(id: string, fn: (id: string, v: V) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: V) => fn(id, v),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: reconPortalKeys.case(id) });
      await qc.invalidateQueries({ queryKey: reconPortalKeys.cases });
    },
  });
}
