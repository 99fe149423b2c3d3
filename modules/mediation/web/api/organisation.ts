import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type {
  CommitteeCandidate,
  CommitteeDetail,
  CommitteeListQuery,
  CommitteePage,
  committeeCreateSchema,
  committeeUpdateSchema,
  disciplineCreateSchema,
  MediatorDetail,
  MediatorListQuery,
  MediatorPage,
  mediatorCreateSchema,
  mediatorUpdateSchema,
  trainingCreateSchema,
} from '../../contract/organisation';

/** What the pages send: the schemas' input types (defaults optional). */
export type CommitteeCreateRequest = z.input<typeof committeeCreateSchema>;
export type CommitteeUpdateRequest = z.input<typeof committeeUpdateSchema>;
export type MediatorCreateRequest = z.input<typeof mediatorCreateSchema>;
export type MediatorUpdateRequest = z.input<typeof mediatorUpdateSchema>;
export type TrainingRequest = z.input<typeof trainingCreateSchema>;
export type DisciplineRequest = z.input<typeof disciplineCreateSchema>;
export type CommitteeFilters = Partial<Pick<CommitteeListQuery, 'kind' | 'q' | 'termWarning'>> & { page: number; pageSize: number };
export type MediatorFilters = Partial<Omit<MediatorListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

export const orgKeys = {
  committees: ['mediation', 'committees'] as const,
  committeeList: (q: object) => ['mediation', 'committees', 'list', q] as const,
  committee: (id: string) => ['mediation', 'committees', 'detail', id] as const,
  candidates: (q: string) => ['mediation', 'committees', 'candidates', q] as const,
  mediators: ['mediation', 'mediator-admin'] as const,
  mediatorList: (q: object) => ['mediation', 'mediator-admin', 'list', q] as const,
  mediator: (id: string) => ['mediation', 'mediator-admin', 'detail', id] as const,
};

const base = '/mediation';

export const organisationApi = {
  committees: (q: CommitteeFilters) => api<CommitteePage>(`${base}/committees`, { query: { ...q } }),
  committee: (orgId: string) => api<CommitteeDetail>(`${base}/committees/${orgId}`),
  candidates: (q: string) => api<{ items: CommitteeCandidate[] }>(`${base}/committee-candidates`, { query: { q: q || undefined } }),
  createCommittee: (body: CommitteeCreateRequest) => api<CommitteeDetail>(`${base}/committees`, { method: 'POST', body }),
  updateCommittee: (orgId: string, body: CommitteeUpdateRequest) =>
    api<CommitteeDetail>(`${base}/committees/${orgId}`, { method: 'PUT', body }),
  mediators: (q: MediatorFilters) => api<MediatorPage>(`${base}/mediators`, { query: { ...q } }),
  mediator: (id: string) => api<MediatorDetail>(`${base}/mediators/${id}`),
  createMediator: (body: MediatorCreateRequest) => api<MediatorDetail>(`${base}/mediators`, { method: 'POST', body }),
  updateMediator: (id: string, body: MediatorUpdateRequest) => api<MediatorDetail>(`${base}/mediators/${id}`, { method: 'PATCH', body }),
  addTraining: (id: string, body: TrainingRequest) => api<MediatorDetail>(`${base}/mediators/${id}/trainings`, { method: 'POST', body }),
  addDiscipline: (id: string, body: DisciplineRequest) =>
    api<MediatorDetail>(`${base}/mediators/${id}/disciplines`, { method: 'POST', body }),
};

export function useCommittees(q: CommitteeFilters) {
  return useQuery({ queryKey: orgKeys.committeeList(q), queryFn: () => organisationApi.committees(q), placeholderData: keepPreviousData });
}

export function useCommittee(orgId: string | undefined) {
  return useQuery({ queryKey: orgKeys.committee(orgId ?? ''), queryFn: () => organisationApi.committee(orgId!), enabled: Boolean(orgId) });
}

export function useCommitteeCandidates(q: string, enabled: boolean) {
  return useQuery({
    queryKey: orgKeys.candidates(q),
    queryFn: () => organisationApi.candidates(q),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useSaveCommittee(orgId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CommitteeCreateRequest | CommitteeUpdateRequest) =>
      orgId
        ? organisationApi.updateCommittee(orgId, body as CommitteeUpdateRequest)
        : organisationApi.createCommittee(body as CommitteeCreateRequest),
    onSuccess: (c) => {
      client.setQueryData(orgKeys.committee(c.orgId), c);
      void client.invalidateQueries({ queryKey: [...orgKeys.committees, 'list'] });
    },
  });
}

export function useMediators(q: MediatorFilters, enabled = true) {
  return useQuery({
    queryKey: orgKeys.mediatorList(q),
    queryFn: () => organisationApi.mediators(q),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMediator(id: string) {
  return useQuery({ queryKey: orgKeys.mediator(id), queryFn: () => organisationApi.mediator(id) });
}

/** Mutations of one mediator: each answers the new detail, which replaces the cached one. */
export function useMediatorActions(id: string) {
  const client = useQueryClient();
  const done = (m: MediatorDetail) => {
    client.setQueryData(orgKeys.mediator(id), m);
    void client.invalidateQueries({ queryKey: [...orgKeys.mediators, 'list'] });
  };
  return {
    update: useMutation({ mutationFn: (b: MediatorUpdateRequest) => organisationApi.updateMediator(id, b), onSuccess: done }),
    training: useMutation({ mutationFn: (b: TrainingRequest) => organisationApi.addTraining(id, b), onSuccess: done }),
    discipline: useMutation({ mutationFn: (b: DisciplineRequest) => organisationApi.addDiscipline(id, b), onSuccess: done }),
  };
}

export function useCreateMediator() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: organisationApi.createMediator,
    onSuccess: (m) => {
      client.setQueryData(orgKeys.mediator(m.id), m);
      void client.invalidateQueries({ queryKey: orgKeys.mediators });
      void client.invalidateQueries({ queryKey: orgKeys.committees });
    },
  });
}
