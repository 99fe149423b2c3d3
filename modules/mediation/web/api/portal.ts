import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type { CitizenCaseDetail, citizenCaseListSchema, committeeOptionListSchema } from '../../contract/case';
import type { CitizenHandlingView, rateMediationSchema } from '../../contract/handling';
import type { CitizenConsentBody, citizenRequestBodySchema } from '../../contract/intake';
import { medKeys } from './keys';

export type CitizenCaseList = z.infer<typeof citizenCaseListSchema>;
export type CommitteeOptions = z.infer<typeof committeeOptionListSchema>;
export type RateRequest = z.input<typeof rateMediationSchema>;
export type CitizenRequest = z.input<typeof citizenRequestBodySchema>;

const citizen = '/citizen/mediation';

/** The party's side of mediation (citizen session) and the public committee choice. */
export const medPortalApi = {
  committees: (regionCode?: string, q?: string) => api<CommitteeOptions>('/mediation/committees/options', { query: { regionCode, q } }),
  request: (body: CitizenRequest) => api<CitizenCaseDetail>(`${citizen}/requests`, { method: 'POST', body }),
  cases: () => api<CitizenCaseList>(`${citizen}/cases`),
  get: (id: string) => api<CitizenCaseDetail>(`${citizen}/cases/${id}`),
  handling: (id: string) => api<CitizenHandlingView>(`${citizen}/cases/${id}/handling`),
  consent: (id: string, body: CitizenConsentBody) => api<CitizenCaseDetail>(`${citizen}/cases/${id}/consent`, { method: 'POST', body }),
  rate: (id: string, body: RateRequest) => api<CitizenHandlingView>(`${citizen}/cases/${id}/satisfaction`, { method: 'POST', body }),
};

/** GET /mediation/committees/options (public) — committees matching the typed name. */
export function useCommitteeOptions(q: string) {
  return useQuery({
    queryKey: ['mediation', 'committee-options', q],
    queryFn: () => medPortalApi.committees(undefined, q || undefined),
    staleTime: 300_000,
    placeholderData: (prev) => prev,
  });
}

export function useMyCases(enabled: boolean) {
  return useQuery({ queryKey: medKeys.citizenCases, queryFn: medPortalApi.cases, enabled });
}

export function useMyCase(id: string, enabled: boolean) {
  return useQuery({ queryKey: medKeys.citizenCase(id), queryFn: () => medPortalApi.get(id), enabled });
}

/** Sessions, agreement, confirmation: only once the case is accepted (before, there is nothing to show). */
export function useMyHandling(id: string, enabled: boolean) {
  return useQuery({ queryKey: medKeys.citizenHandling(id), queryFn: () => medPortalApi.handling(id), enabled });
}

export function useRequestMediation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: medPortalApi.request,
    onSuccess: (c) => {
      client.setQueryData(medKeys.citizenCase(c.id), c);
      void client.invalidateQueries({ queryKey: medKeys.citizenCases });
    },
  });
}

export function useConsent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CitizenConsentBody) => medPortalApi.consent(id, body),
    onSuccess: (c) => {
      client.setQueryData(medKeys.citizenCase(id), c);
      void client.invalidateQueries({ queryKey: medKeys.citizenCases });
      void client.invalidateQueries({ queryKey: medKeys.citizenHandling(id) });
    },
  });
}

export function useRate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RateRequest) => medPortalApi.rate(id, body),
    onSuccess: (h) => client.setQueryData(medKeys.citizenHandling(id), h),
  });
}
