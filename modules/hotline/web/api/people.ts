import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../../../web/src/api/client';
import type { EligibleStaff } from '../../contract/rosters';
import { hlKeys } from './keys';

export interface PersonOption {
  value: string;
  label: string;
  orgId: string;
}

/**
 * People to put on a shift (GET /api/hotline/rosters/eligible-staff, supervisors): the active agents and
 * lawyers of the centres in scope, labelled with their centre. The server still checks the person's role
 * at the chosen centre (400 HOTLINE_ROSTER_USER_INVALID on the field).
 */
export function usePeopleOptions(enabled: boolean): PersonOption[] {
  const staff = useQuery({
    queryKey: hlKeys.part('eligibleStaff'),
    queryFn: () => api<EligibleStaff>('/hotline/rosters/eligible-staff'),
    enabled,
    staleTime: 600_000,
  });
  return useMemo(
    () => (staff.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.orgName}）`, orgId: p.orgId })),
    [staff.data],
  );
}
