import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useCan } from '../../../../web/src/access/can';
import { api } from '../../../../web/src/api/client';
import type { Org, Page } from '../../../../web/src/api/types';
import { hlKeys } from './keys';

/**
 * Centres to filter by: the legal service centres and the city bureau (GET /api/orgs, when the user may
 * read organisations), plus the centres of the loaded rows (so an agent without the
 * organisation permission still gets a useful list).
 */
export function useCentreOptions(seen: readonly { orgId: string; orgName: string }[] | undefined) {
  const can = useCan();
  const mayRead = can('org.organisation.read');
  const centres = useQuery({
    queryKey: hlKeys.part('centres'),
    queryFn: () => api<Page<Org>>('/orgs', { query: { type: 'legalServiceCentre', pageSize: 100 } }),
    enabled: mayRead,
    staleTime: 600_000,
  });
  return useMemo(() => {
    const map = new Map<string, string>();
    for (const o of centres.data?.items ?? []) map.set(o.id, o.name);
    for (const r of seen ?? []) map.set(r.orgId, r.orgName);
    return [...map].map(([value, label]) => ({ value, label }));
  }, [centres.data, seen]);
}
