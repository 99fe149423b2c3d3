import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type { Page, UserSummary } from '../../../../web/src/api/types';
import type {
  assignHandlerSchema,
  convertProcedureSchema,
  dismissSchema,
  HandlingView,
  mediationSchema,
  recordConsultationSchema,
  recordHearingSchema,
  reconSettingsSchema,
  reconSettingsUpdateSchema,
  requestConsultationSchema,
  resumeSchema,
  scheduleHearingSchema,
  sendCopySchema,
  submitReplySchema,
  suspendSchema,
  terminateSchema,
  withdrawSchema,
} from '../../contract/handling';
import { reconKeys } from './keys';

/** react-query key roots of the handling and decision stages; a mutation invalidates the case's roots. */
export const stageKeys = {
  handling: (caseId: string) => ['reconsideration', 'handling', caseId] as const,
  decision: (caseId: string) => ['reconsideration', 'decision', caseId] as const,
  settings: ['reconsideration', 'settings'] as const,
  users: (orgId?: string, q?: string) => ['users', 'picker', orgId ?? '', q ?? ''] as const,
};

export type ReconSettings = z.infer<typeof reconSettingsSchema>;
type In<S extends z.ZodType> = z.input<S>;

/** Every POST action of the handling stage, by its path under /cases/:id/ and its request body type. */
export interface HandlingActions {
  handler: In<typeof assignHandlerSchema>;
  procedure: In<typeof convertProcedureSchema>;
  copy: In<typeof sendCopySchema>;
  reply: In<typeof submitReplySchema>;
  hearings: In<typeof scheduleHearingSchema>;
  consultations: In<typeof requestConsultationSchema>;
  suspend: In<typeof suspendSchema>;
  resume: In<typeof resumeSchema>;
  terminate: In<typeof terminateSchema>;
  withdraw: In<typeof withdrawSchema>;
  dismiss: In<typeof dismissSchema>;
  mediation: In<typeof mediationSchema>;
}
export type HearingRecordInput = In<typeof recordHearingSchema>;
export type ConsultationOpinionsInput = In<typeof recordConsultationSchema>;

const casePath = (caseId: string) => `/reconsideration/cases/${caseId}`;

export const handlingApi = {
  get: (caseId: string) => api<HandlingView>(`${casePath(caseId)}/handling`),
  act: <K extends keyof HandlingActions>(caseId: string, action: K, body: HandlingActions[K]) =>
    api<HandlingView>(`${casePath(caseId)}/${action}`, { method: 'POST', body }),
  recordHearing: (caseId: string, hearingId: string, body: HearingRecordInput) =>
    api<HandlingView>(`${casePath(caseId)}/hearings/${hearingId}/record`, { method: 'POST', body }),
  recordConsultation: (caseId: string, cid: string, body: ConsultationOpinionsInput) =>
    api<HandlingView>(`${casePath(caseId)}/consultations/${cid}/opinions`, { method: 'POST', body }),
  settings: () => api<ReconSettings>('/reconsideration/settings'),
  updateSettings: (body: In<typeof reconSettingsUpdateSchema>) => api<ReconSettings>('/reconsideration/settings', { method: 'PUT', body }),
  users: (orgId: string | undefined, q: string | undefined) =>
    api<Page<UserSummary>>('/users', { query: { orgId, q, page: 1, pageSize: 50 } }),
};

export function useHandling(caseId: string) {
  return useQuery({ queryKey: stageKeys.handling(caseId), queryFn: () => handlingApi.get(caseId) });
}

/** After any handling action: the handling view, the decision view and the case detail/list are stale. */
export function useInvalidateCase(caseId: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: stageKeys.handling(caseId) }),
      qc.invalidateQueries({ queryKey: stageKeys.decision(caseId) }),
      qc.invalidateQueries({ queryKey: reconKeys.cases }),
    ]);
}

export function useHandlingAction<K extends keyof HandlingActions>(caseId: string, action: K) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (body: HandlingActions[K]) => handlingApi.act(caseId, action, body),
    onSuccess: invalidate,
  });
}

export function useUserOptions(orgId: string | undefined, q: string | undefined, enabled: boolean) {
  return useQuery({ queryKey: stageKeys.users(orgId, q), queryFn: () => handlingApi.users(orgId, q), enabled, retry: false });
}

export function useReconSettings() {
  return useQuery({ queryKey: stageKeys.settings, queryFn: handlingApi.settings });
}

export function useUpdateReconSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: handlingApi.updateSettings,
    onSuccess: (data) => qc.setQueryData(stageKeys.settings, data),
  });
}
