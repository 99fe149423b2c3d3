import { api } from '../../api/client';
import type { Org, OrgTreeNode, OrgType, Page, Region } from '../../api/types';

export interface OrgListQuery {
  parentId?: string;
  type?: string;
  q?: string;
  includeInactive?: boolean;
  page: number;
  pageSize: number;
}

export interface OrgCreate {
  name: string;
  shortName?: string;
  type: string;
  regionCode: string;
  parentId: string;
  code?: string;
}

export interface OrgUpdate {
  name?: string;
  shortName?: string | null;
  type?: string;
  regionCode?: string;
  version: number;
}

/**
 * One level of the tree: GET /orgs/tree?parentId= answers the children of `parentId`,
 * or the tops of the caller's scope without it; `hasChildren` tells which can expand.
 */
function treeLevel(parentId?: string, includeInactive = false): Promise<OrgTreeNode[]> {
  return api<OrgTreeNode[]>('/orgs/tree', { query: { parentId, includeInactive: includeInactive || undefined } });
}

export const orgsApi = {
  treeLevel,
  list: (q: OrgListQuery) => api<Page<Org>>('/orgs', { query: { ...q, includeInactive: q.includeInactive || undefined } }),
  get: (id: string) => api<Org>(`/orgs/${id}`),
  types: () => api<OrgType[]>('/orgs/types'),
  regions: (parentCode?: string) => api<Region[]>('/regions', { query: { parentCode } }),
  create: (body: OrgCreate) => api<Org>('/orgs', { method: 'POST', body }),
  update: (id: string, body: OrgUpdate) => api<Org>(`/orgs/${id}`, { method: 'PATCH', body }),
  move: (id: string, body: { parentId: string; version: number }) => api<Org>(`/orgs/${id}/move`, { method: 'POST', body }),
  deactivate: (id: string, reason: string) => api<Org>(`/orgs/${id}/deactivate`, { method: 'POST', body: { reason } }),
  activate: (id: string, reason: string) => api<Org>(`/orgs/${id}/activate`, { method: 'POST', body: { reason } }),
};
