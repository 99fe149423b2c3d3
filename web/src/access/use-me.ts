import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import { authApi } from '../api/auth';
import type { Me } from '../api/types';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in staff member, or `null` when nobody is signed in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await authApi.me();
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

/** GET /api/auth/me, cached for the whole app; sign-in and switching replace the cached value. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

export function activeAssignment(me: Me) {
  return me.assignments.find((a) => a.id === me.activeAssignmentId) ?? null;
}
