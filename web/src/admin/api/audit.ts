import { api } from '../../api/client';
import type { AuditEvent, AuditVerifyResult, Page } from '../../api/types';

export interface AuditQuery {
  actorName?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const auditApi = {
  events: (q: AuditQuery) => api<Page<AuditEvent>>('/audit/events', { query: { ...q } }),
  verify: () => api<AuditVerifyResult>('/audit/verify'),
};
