import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { OrgTreeNode } from '../../api/types';
import { adminKeys } from '../api/keys';
import { orgsApi } from '../api/orgs';

/** Key of the top level (the tops of the user's scope) in the levels map. */
export const rootLevel = '';

export type OrgLevels = ReadonlyMap<string, OrgTreeNode[]>;

/** Records one loaded level, and any deeper levels the server sent nested along with it. */
function absorb(map: Map<string, OrgTreeNode[]>, parentId: string, nodes: OrgTreeNode[]): Map<string, OrgTreeNode[]> {
  map.set(
    parentId,
    nodes.map((n) => ({ ...n, children: [] })),
  );
  for (const n of nodes) {
    if (n.children.length) absorb(map, n.id, n.children);
    else if (!n.hasChildren) map.set(n.id, []);
  }
  return map;
}

export function isLeafOrg(node: OrgTreeNode, levels: OrgLevels): boolean {
  return !node.hasChildren || levels.get(node.id)?.length === 0;
}

/**
 * The organisation tree loaded one level at a time (GET /orgs/tree?parentId=…), as a map
 * parent id → children. `refresh()` reloads every level loaded so far, after a change.
 * Administrators see inactive organisations too (to activate them again); pickers do not.
 */
export function useOrgLevels({ includeInactive = false } = {}) {
  const queryClient = useQueryClient();
  const [loaded, setLoaded] = useState<ReadonlyMap<string, OrgTreeNode[]>>(() => new Map());
  const roots = useQuery({
    queryKey: [...adminKeys.orgs, 'tree', includeInactive, rootLevel],
    queryFn: () => orgsApi.treeLevel(undefined, includeInactive),
  });

  const levels = useMemo(() => {
    const map = roots.data ? absorb(new Map(), rootLevel, roots.data) : new Map<string, OrgTreeNode[]>();
    for (const [parentId, nodes] of loaded) absorb(map, parentId, nodes);
    return map as OrgLevels;
  }, [roots.data, loaded]);

  const fetchLevel = useCallback(
    (parentId: string, fresh = false) =>
      queryClient.fetchQuery({
        queryKey: [...adminKeys.orgs, 'tree', includeInactive, parentId],
        queryFn: () => orgsApi.treeLevel(parentId, includeInactive),
        staleTime: fresh ? 0 : 30_000,
      }),
    [queryClient, includeInactive],
  );

  const loadChildren = useCallback(
    async (parentId: string) => {
      const nodes = await fetchLevel(parentId);
      setLoaded((prev) => new Map(prev).set(parentId, nodes));
    },
    [fetchLevel],
  );

  const refresh = useCallback(async () => {
    const ids = [...loaded.keys()];
    const [, ...results] = await Promise.all([
      roots.refetch(),
      ...ids.map(async (id) => [id, await fetchLevel(id, true).catch(() => null)] as const),
    ]);
    const next = new Map<string, OrgTreeNode[]>();
    for (const [id, nodes] of results) if (nodes) next.set(id, nodes);
    setLoaded(next);
  }, [loaded, roots, fetchLevel]);

  return { levels, roots, loadChildren, refresh };
}
