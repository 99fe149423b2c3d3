import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error';
import { portalApi } from '../../api/portal';
import type { Citizen } from '../../api/types';

export const citizenQueryKey = ['citizen', 'me'] as const;

/**
 * The session cookie is httpOnly, so the browser remembers only that a citizen signed in here;
 * without that hint GET /citizen/me is not asked (it would answer 401 to every visitor).
 */
const hintKey = 'tp.citizenSignedIn';

export function rememberCitizen(signedIn: boolean) {
  try {
    if (signedIn) localStorage.setItem(hintKey, '1');
    else localStorage.removeItem(hintKey);
  } catch {
    // Storage refused: the portal then simply shows the sign-in link.
  }
}

function hasHint(): boolean {
  try {
    return localStorage.getItem(hintKey) === '1';
  } catch {
    return false;
  }
}

/** The signed-in citizen (GET /api/citizen/me), or null. */
export function useCitizen(): { citizen: Citizen | null; isLoading: boolean } {
  const query = useQuery({
    queryKey: citizenQueryKey,
    enabled: hasHint(),
    queryFn: async (): Promise<Citizen | null> => {
      try {
        return (await portalApi.me()).citizen;
      } catch (e) {
        if (isApiError(e) && e.status === 401) {
          rememberCitizen(false);
          return null;
        }
        throw e;
      }
    },
    staleTime: 60_000,
  });
  return { citizen: query.data ?? null, isLoading: query.isLoading };
}
