import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useCan } from '../../../../web/src/access/can';
import { api } from '../../../../web/src/api/client';
import type { UserListItem } from '@tianping/common/contract/identity';
import type { Page } from '../../../../web/src/api/types';
import { hlKeys } from './keys';

/**
 * People to put on a shift: the users of the organisations in scope (GET /api/users, when the user
 * may read users), plus everyone already on the rota or in the workload table. The server checks the
 * person has a hotline role at the centre (400 HOTLINE_ROSTER_USER_INVALID on the field).
 */
export function usePeopleOptions(
  rosters: readonly { userId: string; displayName: string }[] | undefined,
  workload: readonly { userId: string; displayName: string }[] | undefined,
) {
  const can = useCan();
  const users = useQuery({
    queryKey: hlKeys.part('users'),
    queryFn: () => api<Page<UserListItem>>('/users', { query: { pageSize: 200 } }),
    enabled: can({ anyOf: ['identity.user.read', 'identity.role.assign'] }),
    staleTime: 600_000,
  });
  return useMemo(() => {
    const map = new Map<string, string>();
    for (const u of users.data?.items ?? []) if (u.active) map.set(u.id, `${u.displayName}（${u.orgName}）`);
    for (const r of [...(rosters ?? []), ...(workload ?? [])]) if (!map.has(r.userId)) map.set(r.userId, r.displayName);
    return [...map].map(([value, label]) => ({ value, label }));
  }, [users.data, rosters, workload]);
}
