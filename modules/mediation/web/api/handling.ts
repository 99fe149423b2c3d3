import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  assessRiskSchema,
  HandlingView,
  recordFollowupSchema,
  recordPerformanceSchema,
  recordSessionSchema,
} from '../../contract/handling';
import type {
  applyConfirmationSchema,
  courtAcceptanceSchema,
  courtRulingSchema,
  failMediationSchema,
  recordAgreementSchema,
  withdrawMediationSchema,
} from '../../contract/outcome';
import { medKeys } from './keys';

export type SessionRequest = z.input<typeof recordSessionSchema>;
export type RiskRequest = z.input<typeof assessRiskSchema>;
export type PerformanceRequest = z.input<typeof recordPerformanceSchema>;
export type FollowupRequest = z.input<typeof recordFollowupSchema>;
export type AgreementRequest = z.input<typeof recordAgreementSchema>;
export type FailRequest = z.input<typeof failMediationSchema>;
export type WithdrawRequest = z.input<typeof withdrawMediationSchema>;
export type ConfirmationRequest = z.input<typeof applyConfirmationSchema>;
export type CourtAcceptanceRequest = z.input<typeof courtAcceptanceSchema>;
export type CourtRulingRequest = z.input<typeof courtRulingSchema>;

const c = (id: string) => `/mediation/cases/${id}`;
const post = <B>(path: string, body: B) => api<HandlingView>(path, { method: 'POST', body });

/** Handling of one case (MC's routes): every action answers the whole handling view. */
export const handlingApi = {
  get: (id: string) => api<HandlingView>(`${c(id)}/handling`),
  session: (id: string, body: SessionRequest) => post(`${c(id)}/sessions`, body),
  risk: (id: string, body: RiskRequest) => post(`${c(id)}/risks`, body),
  agreement: (id: string, body: AgreementRequest) => post(`${c(id)}/agreement`, body),
  fail: (id: string, body: FailRequest) => post(`${c(id)}/failure`, body),
  withdraw: (id: string, body: WithdrawRequest) => post(`${c(id)}/withdrawal`, body),
  performance: (id: string, body: PerformanceRequest) => post(`${c(id)}/performance`, body),
  followup: (id: string, body: FollowupRequest) => post(`${c(id)}/followups`, body),
  confirmation: (id: string, body: ConfirmationRequest) => post(`${c(id)}/confirmations`, body),
  courtAcceptance: (id: string, cid: string, body: CourtAcceptanceRequest) => post(`${c(id)}/confirmations/${cid}/acceptance`, body),
  courtRuling: (id: string, cid: string, body: CourtRulingRequest) => post(`${c(id)}/confirmations/${cid}/ruling`, body),
};

/** GET /cases/:id/handling — sessions, risk, agreement, performance, follow-ups, confirmation, abilities. */
export function useHandling(id: string, enabled = true) {
  return useQuery({ queryKey: medKeys.handling(id), queryFn: () => handlingApi.get(id), enabled });
}

/** A handling action: the answer replaces the cached handling view; the case detail (state, documents) reloads. */
export function useHandlingAction<B>(id: string, action: (id: string, body: B) => Promise<HandlingView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => action(id, body),
    onSuccess: (h) => {
      client.setQueryData(medKeys.handling(id), h);
      void client.invalidateQueries({ queryKey: medKeys.case(id) });
      void client.invalidateQueries({ queryKey: [...medKeys.cases, 'list'] });
    },
  });
}
