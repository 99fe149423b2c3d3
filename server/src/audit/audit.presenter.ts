import type { AuditEvent } from '@tianping/common/contract/audit';
import type { AuditEventListRow } from './audit.repository';

function parseDiff(diff: string | null): AuditEvent['diff'] {
  if (diff == null) return null;
  try {
    return JSON.parse(diff) as AuditEvent['diff'];
  } catch {
    // Only a row altered outside the application can hold broken JSON; verification names it.
    return null;
  }
}

export function presentAuditEvent(row: AuditEventListRow): AuditEvent {
  return {
    seq: row.seq,
    id: row.id,
    occurredAt: row.occurredAt,
    actorType: row.actorType,
    actorId: row.actorId,
    actorName: row.actorName,
    orgId: row.orgId,
    orgName: row.orgName,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    diff: parseDiff(row.diff),
    reason: row.reason,
    ip: row.ip,
    userAgent: row.userAgent,
    requestId: row.requestId,
    hashAlg: row.hashAlg,
    hash: row.hash,
  };
}
