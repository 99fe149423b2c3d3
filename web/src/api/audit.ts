import { api } from './client';
import type { AuditDiff, AuditEvent, AuditTimeline } from './types';

/** The audit difference `{ field: [before, after] }`; tolerant of a JSON string, as stored. */
export function parseDiff(diff: AuditEvent['diff'] | string): AuditDiff | null {
  if (!diff) return null;
  if (typeof diff !== 'string') return diff;
  try {
    return JSON.parse(diff) as AuditDiff;
  } catch {
    return null;
  }
}

export const auditTimelineApi = {
  /** GET /audit/entity/:type/:id — one record's events, oldest first; `truncated` when older ones were left out. */
  entity: (entityType: string, entityId: string) =>
    api<AuditTimeline>(`/audit/entity/${encodeURIComponent(entityType)}/${encodeURIComponent(entityId)}`),
};
