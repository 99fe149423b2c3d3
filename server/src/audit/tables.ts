import type { Instant } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    auditEvents: AuditEventTable;
    auditChainHead: AuditChainHeadTable;
  }
}

/** Append-only; each row's hash covers its content and the previous row's hash. */
export interface AuditEventTable {
  seq: number;
  id: string;
  occurredAt: Instant;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  orgId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** JSON `{ field: [before, after] }`, sensitive values masked. */
  diff: string | null;
  reason: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  hashAlg: string;
  prevHash: string;
  hash: string;
}

/** One row: the sequence number and hash of the latest event (locked while appending on PostgreSQL). */
export interface AuditChainHeadTable {
  id: number;
  lastSeq: number;
  lastHash: string;
}
