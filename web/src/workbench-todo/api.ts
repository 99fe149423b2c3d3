import type { NotificationPage } from '@tianping/common/contract/notifications';
import type { TodoListQuery, TodoPage } from '@tianping/common/contract/workflow';
import { api } from '../api/client';

export const todoKeys = {
  todos: (q: Partial<TodoListQuery>) => ['todos', q] as const,
  notifications: ['notifications'] as const,
};

/** Unread count and the newest notifications are polled this often (the bell). */
export const notificationPollMs = 60_000;

export const todoApi = {
  /** GET /todos?status&sort&page&pageSize — the caller's own and organisation items. */
  list: (q: Partial<TodoListQuery>) => api<TodoPage>('/todos', { query: { ...q } }),
  /** GET /notifications — newest first, with the unread count. */
  notifications: (pageSize: number) => api<NotificationPage>('/notifications', { query: { pageSize } }),
  markRead: (id: string) => api<unknown>(`/notifications/${id}/read`, { method: 'POST' }),
  markAllRead: () => api<{ updated: number; unread: number }>('/notifications/read-all', { method: 'POST' }),
};
