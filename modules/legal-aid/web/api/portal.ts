import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type { citizenApplicationBodySchema, EligibilityResultView, precheckBodySchema } from '../../contract/application';
import type { CitizenCase, citizenCaseListSchema, materialsAnswerBodySchema } from '../../contract/case';
import type {
  CitizenCaseworkView,
  citizenRequestViewSchema,
  complaintCreateSchema,
  replacementRequestSchema,
} from '../../contract/casework';
import type { citizenObjectionSchema, CitizenObjectionView } from '../../contract/objection';
import type { followupViewSchema, satisfactionSchema } from '../../contract/quality';
import { aidKeys } from './keys';

export type CitizenApplicationRequest = z.input<typeof citizenApplicationBodySchema>;
export type CitizenPrecheckRequest = Omit<z.input<typeof precheckBodySchema>, 'applicationDate'>;
export type CitizenCaseList = z.infer<typeof citizenCaseListSchema>;
type RequestView = z.infer<typeof citizenRequestViewSchema>;

const b = '/citizen/legal-aid';
const post = <R>(path: string, body: unknown) => api<R>(`${b}${path}`, { method: 'POST', body, authRedirect: false });
const get = <R>(path: string) => api<R>(`${b}${path}`, { authRedirect: false });

/** The applicant's side: pre-check, apply, follow the case, materials, objection, requests, rating. */
export const portalApi = {
  precheck: (body: CitizenPrecheckRequest) => post<EligibilityResultView>('/precheck', body),
  apply: (body: CitizenApplicationRequest) => post<CitizenCase>('/applications', body),
  cases: () => get<CitizenCaseList>('/cases'),
  case: (id: string) => get<CitizenCase>(`/cases/${id}`),
  casework: (id: string) => get<CitizenCaseworkView>(`/cases/${id}/casework`),
  objections: (id: string) => get<{ items: CitizenObjectionView[] }>(`/cases/${id}/objections`),
  answerMaterials: (id: string, body: z.input<typeof materialsAnswerBodySchema>) => post<CitizenCase>(`/cases/${id}/materials`, body),
  withdraw: (id: string) => post<CitizenCase>(`/cases/${id}/withdraw`, {}),
  object: (id: string, body: z.input<typeof citizenObjectionSchema>) => post<CitizenObjectionView>(`/cases/${id}/objection`, body),
  replacement: (id: string, body: z.input<typeof replacementRequestSchema>) => post<RequestView>(`/cases/${id}/replacement-request`, body),
  complain: (id: string, body: z.input<typeof complaintCreateSchema>) => post<RequestView>(`/cases/${id}/complaints`, body),
  rate: (id: string, body: z.input<typeof satisfactionSchema>) =>
    post<z.infer<typeof followupViewSchema>>(`/cases/${id}/satisfaction`, body),
};

export function useMyCases(enabled: boolean) {
  return useQuery({ queryKey: aidKeys.portal('cases'), queryFn: portalApi.cases, enabled });
}
export function useMyCase(id: string) {
  return useQuery({ queryKey: aidKeys.portal('case', id), queryFn: () => portalApi.case(id) });
}
/** The casework view and objections may be missing (older server parts): their errors stay quiet. */
export function useMyCasework(id: string) {
  return useQuery({ queryKey: aidKeys.portal('casework', id), queryFn: () => portalApi.casework(id), retry: false });
}
export function useMyObjections(id: string) {
  return useQuery({ queryKey: aidKeys.portal('objections', id), queryFn: () => portalApi.objections(id), retry: false });
}
