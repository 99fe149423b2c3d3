import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../web/src/api/client';
import type { RosterBody, RosterRangeQuery, RosterView, rosterListSchema, workloadSchema } from '../../contract/rosters';
import { hlKeys } from './keys';

export type RosterList = z.infer<typeof rosterListSchema>;
export type Workload = z.infer<typeof workloadSchema>;

/** Duty rosters (值班排班) and workload (HA, contract/rosters.ts). */
export const rosterApi = {
  list: (q: RosterRangeQuery) => api<RosterList>('/hotline/rosters', { query: { ...q } }),
  add: (body: RosterBody) => api<RosterView>('/hotline/rosters', { method: 'POST', body }),
  remove: (id: string) => api<void>(`/hotline/rosters/${id}`, { method: 'DELETE' }),
  workload: (q: RosterRangeQuery) => api<Workload>('/hotline/rosters/workload', { query: { ...q } }),
};

export function useRosters(q: RosterRangeQuery) {
  return useQuery({ queryKey: hlKeys.part('rosters', q), queryFn: () => rosterApi.list(q) });
}

export function useWorkload(q: RosterRangeQuery, enabled = true) {
  return useQuery({ queryKey: hlKeys.part('workload', q), queryFn: () => rosterApi.workload(q), enabled });
}
