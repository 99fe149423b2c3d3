import type { Org, OrgTreeNode } from '@tianping/common/contract/org';
import type { ScopedActor } from '../access/actor';
import type { Db } from '../db/database';
import { notFound } from '../http/errors';
import { presentOrg, presentTreeNode, nestTree } from './org.presenter';
import { findOrgInScope, listOrgChildren, listOrgs, listScopeRoots, listSubtree, type OrgListFilter } from './org.repository';

export async function listOrganisations(db: Db, actor: ScopedActor, filter: OrgListFilter, page: { page: number; pageSize: number }) {
  const { items, total } = await listOrgs(db, actor, filter, page);
  return { items: items.map((r) => presentOrg(r, actor)), total, page: page.page, pageSize: page.pageSize };
}

export async function getOrganisation(db: Db, actor: ScopedActor, id: string): Promise<Org> {
  const row = await findOrgInScope(db, actor, id);
  if (!row) throw notFound();
  return presentOrg(row, actor);
}

/**
 * The organisation tree within the actor's scope:
 * - `parentId`: one level (the children of that organisation), for lazy expansion;
 * - `rootId`: that organisation with its whole subtree nested;
 * - neither: the tops of the actor's scope, one level.
 * Each node says whether it has children; `children` is filled only for `rootId`.
 */
export async function getOrganisationTree(
  db: Db,
  actor: ScopedActor,
  q: { rootId?: string; parentId?: string; includeInactive?: boolean },
): Promise<OrgTreeNode[]> {
  const includeInactive = q.includeInactive ?? false;
  if (q.parentId) {
    if (!(await findOrgInScope(db, actor, q.parentId))) throw notFound();
    const rows = await listOrgChildren(db, actor, q.parentId, includeInactive);
    return rows.map((r) => presentTreeNode(r, actor));
  }
  if (q.rootId) {
    const root = await findOrgInScope(db, actor, q.rootId);
    if (!root) throw notFound();
    const rows = await listSubtree(db, actor, root.path, includeInactive);
    return nestTree(rows, root.id, actor);
  }
  const rows = await listScopeRoots(db, actor, includeInactive);
  return rows.map((r) => presentTreeNode(r, actor));
}
