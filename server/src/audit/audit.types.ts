import type { RequestContext } from '../access/actor';
import type { DbOrTrx } from '../db/database';

export interface AuditEntry {
  /** `<module>.<entity>.<verb>`, e.g. `org.organisation.create`. */
  action: string;
  entityType: string;
  entityId: string | null;
  /** Organisation the record belongs to (for the auditor's filters). */
  orgId?: string | null;
  /** States before and after; the service stores their difference with sensitive fields masked. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

export interface AuditService {
  /**
   * Appends one event to the hash chain, inside the caller's transaction: if this write
   * fails, the caller's change fails with it.
   */
  record(trx: DbOrTrx, ctx: RequestContext, entry: AuditEntry): Promise<void>;
}
