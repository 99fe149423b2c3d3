import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type { assignBodySchema, AssignResult, ProposalView } from '../../contract/assignment';
import type {
  CaseworkView,
  closureCreateSchema,
  complaintCreateSchema,
  complaintHandleSchema,
  progressCreateSchema,
  replacementDecisionSchema,
  replacementRequestSchema,
  terminationDecisionSchema,
  terminationReportSchema,
} from '../../contract/casework';
import type { objectionDecisionSchema, objectionListSchema, ObjectionView, staffObjectionSchema } from '../../contract/objection';
import type { followupCreateSchema, QualityView, qualityReviewCreateSchema, rubricViewSchema } from '../../contract/quality';
import { aidKeys } from './keys';

export type ObjectionList = z.infer<typeof objectionListSchema>;
export type Rubric = z.infer<typeof rubricViewSchema>;

const c = (id: string) => `/legal-aid/cases/${id}`;
const post = <R>(path: string, body: unknown) => api<R>(path, { method: 'POST', body });

/** What happens on a case after the grant: assignment (AB), casework, objections, quality (AC). */
export const workApi = {
  proposal: (id: string) => api<ProposalView>(`${c(id)}/assignment-proposal`),
  assign: (id: string, body: z.input<typeof assignBodySchema>) => post<AssignResult>(`${c(id)}/assignment`, body),
  casework: (id: string) => api<CaseworkView>(`${c(id)}/casework`),
  progress: (id: string, body: z.input<typeof progressCreateSchema>) => post<CaseworkView>(`${c(id)}/progress`, body),
  closure: (id: string, body: z.input<typeof closureCreateSchema>) => post<CaseworkView>(`${c(id)}/closure`, body),
  reportTermination: (id: string, body: z.input<typeof terminationReportSchema>) =>
    post<CaseworkView>(`${c(id)}/termination-reports`, body),
  decideTermination: (id: string, body: z.input<typeof terminationDecisionSchema>) => post<CaseworkView>(`${c(id)}/termination`, body),
  replacementRequest: (id: string, body: z.input<typeof replacementRequestSchema>) =>
    post<CaseworkView>(`${c(id)}/replacement-requests`, body),
  decideReplacement: (id: string, rid: string, body: z.input<typeof replacementDecisionSchema>) =>
    post<CaseworkView>(`${c(id)}/replacement-requests/${rid}/decision`, body),
  complaint: (id: string, body: z.input<typeof complaintCreateSchema>) => post<CaseworkView>(`${c(id)}/complaints`, body),
  handleComplaint: (id: string, cid: string, body: z.input<typeof complaintHandleSchema>) =>
    post<CaseworkView>(`${c(id)}/complaints/${cid}/handling`, body),
  objections: (id: string) => api<ObjectionList>(`${c(id)}/objections`),
  recordObjection: (id: string, body: z.input<typeof staffObjectionSchema>) => post<ObjectionView>(`${c(id)}/objections`, body),
  decideObjection: (oid: string, body: z.input<typeof objectionDecisionSchema>) =>
    post<ObjectionView>(`/legal-aid/objections/${oid}/decision`, body),
  quality: (id: string) => api<QualityView>(`${c(id)}/quality`),
  review: (id: string, body: z.input<typeof qualityReviewCreateSchema>) => post<QualityView>(`${c(id)}/quality-reviews`, body),
  followup: (id: string, body: z.input<typeof followupCreateSchema>) => post<QualityView>(`${c(id)}/followups`, body),
  rubric: () => api<Rubric>('/legal-aid/quality/rubric'),
};

const sub = <T>(id: string, part: string, fn: (id: string) => Promise<T>, enabled = true) => ({
  queryKey: aidKeys.caseSub(id, part),
  queryFn: () => fn(id),
  enabled,
  retry: false,
});

export const useProposal = (id: string, enabled: boolean) => useQuery(sub(id, 'proposal', workApi.proposal, enabled));
export const useCasework = (id: string) => useQuery(sub(id, 'casework', workApi.casework));
export const useCaseObjections = (id: string) => useQuery(sub(id, 'objections', workApi.objections));
export const useQuality = (id: string, enabled: boolean) => useQuery(sub(id, 'quality', workApi.quality, enabled));
export const useRubric = (enabled: boolean) =>
  useQuery({ queryKey: aidKeys.registry('rubric'), queryFn: workApi.rubric, enabled, staleTime: 300_000 });
