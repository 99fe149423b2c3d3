import { useMutation, useQueryClient } from '@tanstack/react-query';

/** react-query key roots of the legal-aid pages; every mutation refreshes the module's queries. */
export const aidKeys = {
  all: ['legalAid'] as const,
  caseList: (q: object) => ['legalAid', 'cases', 'list', q] as const,
  case: (id: string) => ['legalAid', 'cases', 'detail', id] as const,
  caseSub: (id: string, part: string) => ['legalAid', 'cases', 'detail', id, part] as const,
  registry: (name: string, q?: object) => ['legalAid', 'registry', name, q ?? {}] as const,
  portal: (part: string, id?: string) => ['legalAid', 'portal', part, id ?? ''] as const,
};

/** A write: on success every legal-aid query is refetched (the views carry the new abilities). */
export function useAidMutation<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void client.invalidateQueries({ queryKey: aidKeys.all }),
  });
}
