import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { isApiError } from '../../../../web/src/api/api-error';
import { api } from '../../../../web/src/api/client';
import type { IncomingCall, SimulateCallBody, simulateCallResultSchema } from '../../contract/calls';
import type { SuggestResult } from '../../contract/suggest';
import { hlKeys } from './keys';

export type SimulateCallResult = z.infer<typeof simulateCallResultSchema>;

/** The desk's incoming-call screen and the development call simulator (HA, contract/calls.ts). */
export const deskApi = {
  incoming: () => api<IncomingCall>('/hotline/desk/incoming'),
  simulate: (body: Partial<SimulateCallBody>) => api<SimulateCallResult>('/hotline/dev/simulate-call', { method: 'POST', body }),
};

/** Polls GET /hotline/desk/incoming every 3 s while the desk is open. */
export function useIncoming() {
  return useQuery({ queryKey: hlKeys.incoming, queryFn: deskApi.incoming, refetchInterval: 3000, refetchIntervalInBackground: false });
}

/** True when the server error means "this route does not exist here" (the simulator in production). */
export function isNotFound(e: unknown): boolean {
  return isApiError(e) && e.status === 404;
}

/** GET /hotline/search — the one search box over the knowledge base and the law library (HK). */
export function useHotlineSearch(q: string) {
  return useQuery({
    queryKey: hlKeys.search({ q }),
    queryFn: () => api<SuggestResult>('/hotline/search', { query: { q, kind: 'all' } }),
    enabled: q.trim().length > 0,
    staleTime: 60_000,
    retry: false,
  });
}

/** POST /hotline/suggest — suggestions for the question being typed (the caller debounces `text`). */
export function useSuggestions(text: string, category: string | undefined) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: hlKeys.suggest({ text: trimmed, category }),
    queryFn: () => api<SuggestResult>('/hotline/suggest', { method: 'POST', body: { text: trimmed, category } }),
    enabled: trimmed.length >= 2,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
