import type { AuditEvent, AuditEventQuery, AuditTimeline, AuditVerifyResult } from '@tianping/common/contract/audit';
import type { RequestContext, ScopedActor } from '../access/actor';
import type { Kernel } from '../core/module';
import type { DbOrTrx } from '../db/database';
import { verifyAuditChain } from './audit-verify';
import { presentAuditEvent } from './audit.presenter';
import { entityEvents, listEvents } from './audit.repository';

export async function listAuditEvents(
  db: DbOrTrx,
  actor: ScopedActor,
  query: AuditEventQuery,
): Promise<{ items: AuditEvent[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await listEvents(db, actor, query);
  return { items: rows.map(presentAuditEvent), total, page: query.page, pageSize: query.pageSize };
}

/** Most events an entity timeline returns; older ones are left out and `truncated` is set. */
export const timelineLimit = 200;

/**
 * The history of one record, oldest first, for modules' own detail pages:
 *
 *   const timeline = await entityTimeline(kernel.db, 'organisation', org.id);
 *
 * A module calls it after loading the record through its scoped repository (so the caller
 * may see the record). Pass `actor` to also restrict the events to the actor's data scope
 * by the organisation each event was recorded under (the audit search route does).
 */
export async function entityTimeline(
  db: DbOrTrx,
  entityType: string,
  entityId: string,
  opts: { limit?: number; actor?: ScopedActor } = {},
): Promise<AuditTimeline> {
  const limit = opts.limit ?? timelineLimit;
  const rows = await entityEvents(db, entityType, entityId, limit + 1, opts.actor);
  const truncated = rows.length > limit;
  return { items: rows.slice(0, limit).reverse().map(presentAuditEvent), truncated };
}

/** Verifies the whole chain and records that it was verified (and with which outcome). */
export async function verifyAndRecord(kernel: Pick<Kernel, 'db' | 'audit'>, ctx: RequestContext): Promise<AuditVerifyResult> {
  const result = await verifyAuditChain(kernel.db);
  await kernel.audit.record(kernel.db, ctx, {
    action: 'audit.chain.verify',
    entityType: 'auditChain',
    entityId: null,
    after: { ...result },
  });
  return result;
}
