import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../../../web/src/api/client';
import type { MediatorSummary } from '../../contract/organisation';
import { handlingApi } from './handling';
import { medKeys } from './keys';

/**
 * The signed-in user's mediator record: among the committee's active mediators, the one whose staff
 * account (`userId`) is this user. Null when the user is not a registered mediator or may not read the
 * committee's mediators.
 */
export function useMyMediator(orgId: string | undefined, userId: string) {
  return useQuery({
    queryKey: ['mediation', 'me', orgId, userId],
    enabled: Boolean(orgId),
    staleTime: 300_000,
    retry: false,
    queryFn: async (): Promise<MediatorSummary | null> => {
      const page = await api<{ items: MediatorSummary[] }>('/mediation/mediators', {
        query: { orgId, status: 'active', pageSize: 200 },
      }).catch(() => ({ items: [] as MediatorSummary[] }));
      return page.items.find((m) => m.userId === userId) ?? null;
    },
  });
}

/** The handling views of a few open cases, to find the sessions held (or planned) today. */
export function useHandlingOf(caseIds: readonly string[]) {
  return useQueries({
    queries: caseIds.map((id) => ({ queryKey: medKeys.handling(id), queryFn: () => handlingApi.get(id), staleTime: 60_000 })),
  });
}
