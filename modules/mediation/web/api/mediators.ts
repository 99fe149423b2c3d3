import { useQuery } from '@tanstack/react-query';
import { api } from '../../../../web/src/api/client';
import type { MediatorSummary } from '../../contract/organisation';
import { medKeys } from './keys';

interface MediatorPage {
  items: MediatorSummary[];
  total: number;
}

/** The committee's active mediators (MB's GET /mediation/mediators), for designation and recusal. */
export function useCommitteeMediators(orgId: string, enabled = true) {
  return useQuery({
    queryKey: medKeys.mediators(orgId),
    queryFn: () => api<MediatorPage>('/mediation/mediators', { query: { orgId, status: 'active', pageSize: 200 } }),
    staleTime: 60_000,
    enabled: enabled && Boolean(orgId),
  });
}
