import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type { CaseDetail, casePageSchema, TargetSettingsView } from '../../contract/case';
import type {
  acceptBodySchema,
  consentBodySchema,
  declineBodySchema,
  designateBodySchema,
  intakeBodySchema,
  recusalBodySchema,
  TargetSettings,
} from '../../contract/intake';
import type { CaseListFilters } from '../pages/workbench/cases/list-query';
import { medKeys } from './keys';

/** What the pages send: the schemas' input types (defaults optional). */
export type IntakeRequest = z.input<typeof intakeBodySchema>;
export type AcceptRequest = z.input<typeof acceptBodySchema>;
export type DeclineRequest = z.input<typeof declineBodySchema>;
export type DesignateRequest = z.input<typeof designateBodySchema>;
export type RecusalRequest = z.input<typeof recusalBodySchema>;
export type ConsentRequest = z.input<typeof consentBodySchema>;
export type CasePage = z.infer<typeof casePageSchema>;

const base = '/mediation';

export const casesApi = {
  list: (q: CaseListFilters) => api<CasePage>(`${base}/cases`, { query: { ...q } }),
  get: (id: string) => api<CaseDetail>(`${base}/cases/${id}`),
  intake: (body: IntakeRequest) => api<CaseDetail>(`${base}/cases`, { method: 'POST', body }),
  accept: (id: string, body: AcceptRequest) => api<CaseDetail>(`${base}/cases/${id}/accept`, { method: 'POST', body }),
  decline: (id: string, body: DeclineRequest) => api<CaseDetail>(`${base}/cases/${id}/decline`, { method: 'POST', body }),
  designate: (id: string, body: DesignateRequest) => api<CaseDetail>(`${base}/cases/${id}/mediator`, { method: 'POST', body }),
  recuse: (id: string, body: RecusalRequest) => api<CaseDetail>(`${base}/cases/${id}/recusals`, { method: 'POST', body }),
  consent: (id: string, partyId: string, body: ConsentRequest) =>
    api<CaseDetail>(`${base}/cases/${id}/parties/${partyId}/consent`, { method: 'POST', body }),
  settings: () => api<TargetSettingsView>(`${base}/settings`),
  saveSettings: (body: TargetSettings) => api<TargetSettingsView>(`${base}/settings`, { method: 'PUT', body }),
};

/** GET /cases — the scoped, filtered page; the previous page stays visible while the next loads. */
export function useCaseList(q: CaseListFilters, enabled = true) {
  return useQuery({ queryKey: medKeys.caseList(q), queryFn: () => casesApi.list(q), placeholderData: keepPreviousData, enabled });
}

/** GET /cases/:id — parties masked, consent, the time target with its explanation, documents, abilities. */
export function useCase(id: string) {
  return useQuery({ queryKey: medKeys.case(id), queryFn: () => casesApi.get(id) });
}

export function useIntake() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: casesApi.intake,
    onSuccess: (c) => {
      client.setQueryData(medKeys.case(c.id), c);
      void client.invalidateQueries({ queryKey: [...medKeys.cases, 'list'] });
    },
  });
}

/** A case-level action (accept, decline, consent …): the answer replaces the cached detail. */
export function useCaseAction<B>(id: string, action: (id: string, body: B) => Promise<CaseDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => action(id, body),
    onSuccess: (c) => {
      client.setQueryData(medKeys.case(id), c);
      void client.invalidateQueries({ queryKey: medKeys.cases });
    },
  });
}

export function useTargetSettings() {
  return useQuery({ queryKey: medKeys.settings, queryFn: casesApi.settings });
}

export function useSaveTargetSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: casesApi.saveSettings,
    onSuccess: (s) => client.setQueryData(medKeys.settings, s),
  });
}
