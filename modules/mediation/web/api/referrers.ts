import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  CaseReferrals,
  referrerCreateBodySchema,
  referrerListSchema,
  referrerOptionsSchema,
  referrerPatchBodySchema,
  ReferrerView,
} from '../../contract/referral';
import { medKeys } from './keys';

export type ReferrerList = z.infer<typeof referrerListSchema>;
export type ReferrerOptions = z.infer<typeof referrerOptionsSchema>;
export type ReferrerCreateRequest = z.input<typeof referrerCreateBodySchema>;
export type ReferrerPatchRequest = z.input<typeof referrerPatchBodySchema>;

export const referrersApi = {
  list: (includeInactive: boolean) =>
    api<ReferrerList>('/mediation/referrers', { query: { includeInactive: includeInactive ? 'true' : 'false' } }),
  create: (body: ReferrerCreateRequest) => api<ReferrerView>('/mediation/referrers', { method: 'POST', body }),
  patch: (id: string, body: ReferrerPatchRequest) => api<ReferrerView>(`/mediation/referrers/${id}`, { method: 'PATCH', body }),
  options: () => api<ReferrerOptions>('/mediation/referrers/options'),
  caseReferrals: (caseId: string) => api<CaseReferrals>(`/mediation/cases/${caseId}/referrals`),
};

/** GET /referrers — the registry of referring bodies (settings managers only). */
export function useReferrers(includeInactive = false, enabled = true) {
  return useQuery({
    queryKey: [...medKeys.referrers, includeInactive],
    queryFn: () => referrersApi.list(includeInactive),
    staleTime: 60_000,
    enabled,
  });
}

/** GET /referrers/options — active referring bodies, for case staff (intake, the court of a confirmation). */
export function useReferrerOptions(enabled = true) {
  return useQuery({ queryKey: [...medKeys.referrers, 'options'], queryFn: referrersApi.options, staleTime: 60_000, enabled });
}

export function useSaveReferrer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id?: string; create?: ReferrerCreateRequest; patch?: ReferrerPatchRequest }) =>
      v.id && v.patch ? referrersApi.patch(v.id, v.patch) : referrersApi.create(v.create as ReferrerCreateRequest),
    onSuccess: () => void client.invalidateQueries({ queryKey: medKeys.referrers }),
  });
}

/** GET /cases/:id/referrals — the case's referrals (outcome returned, webhook log) and linked cases. */
export function useCaseReferrals(caseId: string, enabled: boolean) {
  return useQuery({ queryKey: ['mediation', 'cases', 'referrals', caseId], queryFn: () => referrersApi.caseReferrals(caseId), enabled });
}
