import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  approvalInputSchema,
  DecisionView,
  draftInputSchema,
  draftPatchSchema,
  extensionInputSchema,
  issueInputSchema,
  letterInputSchema,
  letterReportInputSchema,
} from '../../contract/decision';
import { stageKeys, useInvalidateCase } from './handling';

export type DraftRequest = z.input<typeof draftInputSchema>;
export type DraftPatchRequest = z.input<typeof draftPatchSchema>;
export type ApprovalRequest = z.input<typeof approvalInputSchema>;
export type ExtensionRequest = z.input<typeof extensionInputSchema>;
export type IssueRequest = z.input<typeof issueInputSchema>;
export type LetterRequest = z.input<typeof letterInputSchema>;
export type LetterReportRequest = z.input<typeof letterReportInputSchema>;

const casePath = (caseId: string) => `/reconsideration/cases/${caseId}`;
const post = <B>(path: string, body?: B) => api<DecisionView>(path, { method: 'POST', body });

export const decisionApi = {
  get: (caseId: string) => api<DecisionView>(`${casePath(caseId)}/decision`),
  extend: (caseId: string, body: ExtensionRequest) => post(`${casePath(caseId)}/extension`, body),
  createDraft: (caseId: string, body: DraftRequest) => post(`${casePath(caseId)}/decision-drafts`, body),
  patchDraft: (caseId: string, draftId: string, body: DraftPatchRequest) =>
    api<DecisionView>(`${casePath(caseId)}/decision-drafts/${draftId}`, { method: 'PATCH', body }),
  submit: (caseId: string, draftId: string) => post(`${casePath(caseId)}/decision-drafts/${draftId}/submit`),
  approve: (caseId: string, draftId: string, body: ApprovalRequest) =>
    post(`${casePath(caseId)}/decision-drafts/${draftId}/approvals`, body),
  issue: (caseId: string, draftId: string, body: IssueRequest) => post(`${casePath(caseId)}/decision-drafts/${draftId}/issue`, body),
  publish: (caseId: string, draftId: string) => post(`${casePath(caseId)}/decision-drafts/${draftId}/publish`),
  letter: (caseId: string, body: LetterRequest) => post(`${casePath(caseId)}/opinion-letters`, body),
  report: (caseId: string, letterId: string, body: LetterReportRequest) =>
    post(`${casePath(caseId)}/opinion-letters/${letterId}/report`, body),
};

export function useDecision(caseId: string) {
  return useQuery({ queryKey: stageKeys.decision(caseId), queryFn: () => decisionApi.get(caseId) });
}

/** Any decision call, then the case's views are refetched. */
export function useDecisionMutation<A>(caseId: string, fn: (args: A) => Promise<DecisionView>) {
  const invalidate = useInvalidateCase(caseId);
  return useMutation({ mutationFn: fn, onSuccess: invalidate });
}
