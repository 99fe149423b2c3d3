import { api } from '../../api/client';
import type { PermissionInfo, Role } from '../../api/types';

export interface RoleBody {
  code: string;
  name: string;
  nameEn: string;
  permissions: string[];
  requireTotp: boolean;
}

export const rolesApi = {
  permissions: () => api<PermissionInfo[]>('/permissions'),
  list: () => api<Role[]>('/roles'),
  create: (body: RoleBody) => api<Role>('/roles', { method: 'POST', body }),
  update: (id: string, body: Partial<RoleBody> & { version: number }) => api<Role>(`/roles/${id}`, { method: 'PATCH', body }),
};
