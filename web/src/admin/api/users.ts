import { api } from '../../api/client';
import type { Assignment, DataScope, Page, UserDetail, UserSummary } from '../../api/types';

export interface UserListQuery {
  orgId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export const usersApi = {
  list: (q: UserListQuery) => api<Page<UserSummary>>('/users', { query: { ...q } }),
  get: (id: string) => api<UserDetail>(`/users/${id}`),
  create: (body: { username: string; displayName: string; orgId: string; phone?: string }) =>
    api<UserDetail & { initialPassword: string }>('/users', { method: 'POST', body }),
  update: (id: string, body: { displayName?: string; phone?: string; orgId?: string; version: number }) =>
    api<UserDetail>(`/users/${id}`, { method: 'PATCH', body }),
  resetPassword: (id: string) => api<UserDetail & { temporaryPassword: string }>(`/users/${id}/reset-password`, { method: 'POST' }),
  unlock: (id: string) => api<UserDetail>(`/users/${id}/unlock`, { method: 'POST' }),
  deactivate: (id: string) => api<UserDetail>(`/users/${id}/deactivate`, { method: 'POST' }),
  activate: (id: string) => api<UserDetail>(`/users/${id}/activate`, { method: 'POST' }),
  addAssignment: (id: string, body: { roleId: string; orgId: string; scope: DataScope }) =>
    api<Assignment>(`/users/${id}/assignments`, { method: 'POST', body }),
  removeAssignment: (id: string, assignmentId: string) => api<void>(`/users/${id}/assignments/${assignmentId}`, { method: 'DELETE' }),
};
