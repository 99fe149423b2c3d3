import { useMutation, useQueryClient } from '@tanstack/react-query';

/** react-query key roots of the hotline's desk pages; every mutation refreshes the module's queries. */
export const hlKeys = {
  all: ['hotline'] as const,
  ticketList: (q: object) => ['hotline', 'tickets', 'list', q] as const,
  ticket: (id: string) => ['hotline', 'tickets', 'detail', id] as const,
  ticketSub: (id: string, part: string) => ['hotline', 'tickets', 'detail', id, part] as const,
  incoming: ['hotline', 'desk', 'incoming'] as const,
  search: (q: object) => ['hotline', 'search', q] as const,
  suggest: (q: object) => ['hotline', 'suggest', q] as const,
  part: (name: string, q?: object) => ['hotline', name, q ?? {}] as const,
};

/** A write: on success every hotline query is refetched (the views carry the new abilities). */
export function useHlMutation<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void client.invalidateQueries({ queryKey: hlKeys.all }),
  });
}
