import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type { centreListSchema, EligibilityResultView, precheckBodySchema, staffApplicationBodySchema } from '../../contract/application';
import type {
  CaseDetail,
  CaseListQuery,
  casePageSchema,
  denyBodySchema,
  grantBodySchema,
  materialsAnswerBodySchema,
  materialsRequestBodySchema,
  paperworkBodySchema,
  transferBodySchema,
} from '../../contract/case';
import type { HardshipVerification } from '../../contract/hardship';
import type { paperNoticeBodySchema } from '../../contract/notice';
import { aidKeys } from './keys';

export type CasePage = z.infer<typeof casePageSchema>;
export type CaseListFilters = Partial<Omit<CaseListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };
export type StaffApplicationRequest = z.input<typeof staffApplicationBodySchema>;
export type PaperNoticeRequest = z.input<typeof paperNoticeBodySchema>;
export type PrecheckRequest = z.input<typeof precheckBodySchema>;
export type CentreList = z.infer<typeof centreListSchema>;

const base = '/legal-aid';
const post = <R>(path: string, body: unknown) => api<R>(`${base}${path}`, { method: 'POST', body });

/** The review steps of 第四十三条 and the transfer of 第三十八条: each answers the refreshed detail. */
export const caseApi = {
  list: (q: CaseListFilters) => api<CasePage>(`${base}/cases`, { query: { ...q } }),
  get: (id: string) => api<CaseDetail>(`${base}/cases/${id}`),
  precheck: (body: PrecheckRequest) => post<EligibilityResultView>('/precheck', body),
  intake: (body: StaffApplicationRequest) => post<CaseDetail>('/applications', body),
  paperNotice: (body: PaperNoticeRequest) => post<CaseDetail>('/paper-notices', body),
  grant: (id: string, body: z.input<typeof grantBodySchema>) => post<CaseDetail>(`/cases/${id}/grant`, body),
  deny: (id: string, body: z.input<typeof denyBodySchema>) => post<CaseDetail>(`/cases/${id}/deny`, body),
  requestMaterials: (id: string, body: z.input<typeof materialsRequestBodySchema>) =>
    post<CaseDetail>(`/cases/${id}/materials-request`, body),
  recordMaterials: (id: string, body: z.input<typeof materialsAnswerBodySchema>) => post<CaseDetail>(`/cases/${id}/materials`, body),
  transfer: (id: string, body: z.input<typeof transferBodySchema>) => post<CaseDetail>(`/cases/${id}/transfer`, body),
  paperwork: (id: string, body: z.input<typeof paperworkBodySchema>) => post<CaseDetail>(`/cases/${id}/paperwork`, body),
  verifyHardship: (id: string) => post<HardshipVerification>(`/cases/${id}/hardship-verification`, {}),
  centres: () => api<CentreList>('/citizen/legal-aid/centres', { authRedirect: false }),
};

/** GET /legal-aid/cases — the review queue in the user's data scope (a lawyer sees only their own cases). */
export function useCaseList(q: CaseListFilters) {
  return useQuery({ queryKey: aidKeys.caseList(q), queryFn: () => caseApi.list(q), placeholderData: keepPreviousData });
}

export function useCase(id: string) {
  return useQuery({ queryKey: aidKeys.case(id), queryFn: () => caseApi.get(id) });
}

/** The legal aid centres (public list), for intake, transfer and the portal. */
export function useCentres() {
  return useQuery({ queryKey: aidKeys.registry('centres'), queryFn: caseApi.centres, staleTime: 300_000 });
}
