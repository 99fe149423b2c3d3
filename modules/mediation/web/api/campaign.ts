import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  CampaignDetail,
  CampaignPage,
  CampaignReport,
  campaignCreateSchema,
  Finding,
  findingAssignSchema,
  findingConvertSchema,
  findingCreateSchema,
  FindingListQuery,
  FindingPage,
  findingResolveSchema,
  ReportDocument,
} from '../../contract/campaign';

export type CampaignCreateRequest = z.input<typeof campaignCreateSchema>;
export type FindingCreateRequest = z.input<typeof findingCreateSchema>;
export type FindingAssignRequest = z.input<typeof findingAssignSchema>;
export type FindingResolveRequest = z.input<typeof findingResolveSchema>;
export type FindingConvertRequest = z.input<typeof findingConvertSchema>;
export type CampaignFilters = { status?: 'open' | 'closed' | undefined; q?: string | undefined; page: number; pageSize: number };
export type FindingFilters = Partial<Omit<FindingListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

export const campaignKeys = {
  all: ['mediation', 'campaigns'] as const,
  list: (q: object) => ['mediation', 'campaigns', 'list', q] as const,
  detail: (id: string) => ['mediation', 'campaigns', 'detail', id] as const,
  findings: (id: string, q: object) => ['mediation', 'campaigns', 'findings', id, q] as const,
  report: (id: string) => ['mediation', 'campaigns', 'report', id] as const,
};

const base = '/mediation/campaigns';

export const campaignApi = {
  list: (q: CampaignFilters) => api<CampaignPage>(base, { query: { ...q } }),
  get: (id: string) => api<CampaignDetail>(`${base}/${id}`),
  create: (body: CampaignCreateRequest) => api<CampaignDetail>(base, { method: 'POST', body }),
  close: (id: string, version: number) => api<CampaignDetail>(`${base}/${id}/close`, { method: 'POST', body: { version } }),
  findings: (id: string, q: FindingFilters) => api<FindingPage>(`${base}/${id}/findings`, { query: { ...q } }),
  addFinding: (id: string, body: FindingCreateRequest) => api<Finding>(`${base}/${id}/findings`, { method: 'POST', body }),
  assign: (id: string, fid: string, body: FindingAssignRequest) =>
    api<Finding>(`${base}/${id}/findings/${fid}/assign`, { method: 'POST', body }),
  resolve: (id: string, fid: string, body: FindingResolveRequest) =>
    api<Finding>(`${base}/${id}/findings/${fid}/resolve`, { method: 'POST', body }),
  convert: (id: string, fid: string, body: FindingConvertRequest) =>
    api<Finding>(`${base}/${id}/findings/${fid}/case`, { method: 'POST', body }),
  report: (id: string) => api<CampaignReport>(`${base}/${id}/report`),
  reportDocument: (id: string) => api<ReportDocument>(`${base}/${id}/report/document`, { method: 'POST' }),
};

export function useCampaigns(q: CampaignFilters) {
  return useQuery({ queryKey: campaignKeys.list(q), queryFn: () => campaignApi.list(q), placeholderData: keepPreviousData });
}

export function useCampaign(id: string) {
  return useQuery({ queryKey: campaignKeys.detail(id), queryFn: () => campaignApi.get(id) });
}

export function useFindings(id: string, q: FindingFilters) {
  return useQuery({
    queryKey: campaignKeys.findings(id, q),
    queryFn: () => campaignApi.findings(id, q),
    placeholderData: keepPreviousData,
  });
}

export function useCampaignReport(id: string) {
  return useQuery({ queryKey: campaignKeys.report(id), queryFn: () => campaignApi.report(id) });
}

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: campaignApi.create,
    onSuccess: (c) => {
      client.setQueryData(campaignKeys.detail(c.id), c);
      void client.invalidateQueries({ queryKey: [...campaignKeys.all, 'list'] });
    },
  });
}

/** Mutations on a campaign and its findings; every success refreshes the campaign, its findings and report. */
export function useCampaignActions(id: string) {
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: campaignKeys.all });
  return {
    close: useMutation({ mutationFn: (version: number) => campaignApi.close(id, version), onSuccess: refresh }),
    addFinding: useMutation({ mutationFn: (b: FindingCreateRequest) => campaignApi.addFinding(id, b), onSuccess: refresh }),
    assign: useMutation({
      mutationFn: (a: { fid: string; body: FindingAssignRequest }) => campaignApi.assign(id, a.fid, a.body),
      onSuccess: refresh,
    }),
    resolve: useMutation({
      mutationFn: (a: { fid: string; body: FindingResolveRequest }) => campaignApi.resolve(id, a.fid, a.body),
      onSuccess: refresh,
    }),
    convert: useMutation({
      mutationFn: (a: { fid: string; body: FindingConvertRequest }) => campaignApi.convert(id, a.fid, a.body),
      onSuccess: refresh,
    }),
    document: useMutation({ mutationFn: () => campaignApi.reportDocument(id) }),
  };
}
