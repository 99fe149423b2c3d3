import { orgTypeLabel, type Org, type OrgTreeNode } from '@tianping/common/contract/org';
import type { ScopedActor } from '../access/actor';
import { orgAbilities } from './org.policy';
import type { OrgRecord, OrgRow, OrgTreeRow } from './org.repository';

export function presentOrg(row: OrgRow, actor: ScopedActor): Org {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    type: row.type,
    typeLabel: orgTypeLabel(row.type),
    regionCode: row.regionCode,
    regionName: row.regionName,
    parentId: row.parentId,
    parentName: row.parentName,
    path: row.path,
    depth: row.depth,
    active: row.active === 1,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    abilities: orgAbilities(actor, row),
  };
}

export function presentTreeNode(row: OrgTreeRow, actor: ScopedActor): OrgTreeNode {
  return { ...presentOrg(row, actor), hasChildren: row.hasChildren, children: [] };
}

/** Nests rows ordered parents-first under the node of `rootId` (rows outside that subtree are dropped). */
export function nestTree(rows: OrgTreeRow[], rootId: string, actor: ScopedActor): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>();
  const roots: OrgTreeNode[] = [];
  for (const row of rows) {
    const node = presentTreeNode(row, actor);
    nodes.set(row.id, node);
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    if (row.id === rootId) roots.push(node);
    else parent?.children.push(node);
  }
  return roots;
}

/** The fields an audit event records for an organisation. */
export function orgAuditSnapshot(row: OrgRecord) {
  return {
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    type: row.type,
    regionCode: row.regionCode,
    parentId: row.parentId,
    path: row.path,
    depth: row.depth,
    active: row.active,
    version: row.version,
  };
}
