import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type { agreementDraftSchema, agreementDraftViewSchema, ReminderSettingsView } from '../../contract/outcome';
import type { CaseLinkBody, CaseReferrals, DuplicateCandidateView, DuplicateRulesBody, DuplicateRulesView } from '../../contract/referral';
import { medKeys } from './keys';

export type AgreementDraftRequest = z.input<typeof agreementDraftSchema>;
type AgreementDraftView = z.infer<typeof agreementDraftViewSchema>;

const c = (id: string) => `/mediation/cases/${id}`;
const keys = {
  referrals: (id: string) => ['mediation', 'cases', 'referrals', id] as const,
  duplicates: (id: string) => ['mediation', 'cases', 'duplicates', id] as const,
  duplicateRules: ['mediation', 'rules', 'duplicates'] as const,
  reminder: ['mediation', 'rules', 'confirmation-reminder'] as const,
};

/** Referrals, links, duplicates, the local duplicate/reminder rules and the agreement printed for signing. */
export const referralsApi = {
  caseReferrals: (id: string) => api<CaseReferrals>(`${c(id)}/referrals`),
  duplicates: (id: string) => api<{ items: DuplicateCandidateView[] }>(`${c(id)}/duplicates`),
  link: (id: string, body: CaseLinkBody) => api<CaseReferrals>(`${c(id)}/links`, { method: 'POST', body }),
  duplicateRules: () => api<DuplicateRulesView>('/mediation/settings/duplicates'),
  saveDuplicateRules: (body: DuplicateRulesBody) => api<DuplicateRulesView>('/mediation/settings/duplicates', { method: 'PUT', body }),
  reminder: () => api<ReminderSettingsView>('/mediation/settings/confirmation-reminder'),
  saveReminder: (body: { daysBefore: number }) =>
    api<ReminderSettingsView>('/mediation/settings/confirmation-reminder', { method: 'PUT', body }),
  agreementDraft: (id: string, body: AgreementDraftRequest) =>
    api<AgreementDraftView>(`${c(id)}/agreement/draft`, { method: 'POST', body }),
};

/** GET /cases/:id/referrals — the referrals with their webhook delivery log, and the case links. */
export function useCaseReferrals(id: string) {
  return useQuery({ queryKey: keys.referrals(id), queryFn: () => referralsApi.caseReferrals(id) });
}

/** GET /cases/:id/duplicates — suspected duplicates by the local rules. */
export function useCaseDuplicates(id: string) {
  return useQuery({ queryKey: keys.duplicates(id), queryFn: () => referralsApi.duplicates(id) });
}

/** POST /cases/:id/links — the answer replaces the referrals view; the case (linkedCaseId) reloads. */
export function useLinkCase(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseLinkBody) => referralsApi.link(id, body),
    onSuccess: (r) => {
      client.setQueryData(keys.referrals(id), r);
      void client.invalidateQueries({ queryKey: keys.duplicates(id) });
      void client.invalidateQueries({ queryKey: medKeys.case(id) });
    },
  });
}

export function useDuplicateRules() {
  return useQuery({ queryKey: keys.duplicateRules, queryFn: referralsApi.duplicateRules });
}

export function useSaveDuplicateRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: referralsApi.saveDuplicateRules,
    onSuccess: (v) => client.setQueryData(keys.duplicateRules, v),
  });
}

export function useReminderSettings() {
  return useQuery({ queryKey: keys.reminder, queryFn: referralsApi.reminder });
}

export function useSaveReminderSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: referralsApi.saveReminder,
    onSuccess: (v) => client.setQueryData(keys.reminder, v),
  });
}

/** POST /cases/:id/agreement/draft → the stored 调解协议书 for signing (an attachment to download). */
export function useAgreementDraft(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementDraftRequest) => referralsApi.agreementDraft(id, body),
    // The draft is stored as the next version of the case's agreement document.
    onSuccess: () => void client.invalidateQueries({ queryKey: medKeys.case(id) }),
  });
}
