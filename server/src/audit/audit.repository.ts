import type { AuditEventQuery } from '@tianping/common/contract/audit';
import { PostgresAdapter, sql, type ExpressionBuilder, type Selectable, type SqlBool } from 'kysely';
import type { ScopedActor } from '../access/actor';
import { inOrgScope } from '../access/scope';
import type { DbOrTrx } from '../db/database';
import type { Database } from '../db/schema';
import type { AuditChainHeadTable, AuditEventTable } from './tables';

/** All SQL of the audit log. Nothing here updates or deletes an event. */

export type AuditEventRow = Selectable<AuditEventTable>;
export type AuditEventListRow = AuditEventRow & { orgName: string | null };
export type AuditHeadRow = Pick<AuditChainHeadTable, 'lastSeq' | 'lastHash'>;

const chainHeadId = 1;

function isPg(db: DbOrTrx): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The chain head; `lock` takes the row lock on PostgreSQL so appends queue behind each other. */
export function readHead(db: DbOrTrx, lock: boolean): Promise<AuditHeadRow | undefined> {
  return db
    .selectFrom('auditChainHead')
    .select(['lastSeq', 'lastHash'])
    .where('id', '=', chainHeadId)
    .$if(lock && isPg(db), (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function appendEvent(trx: DbOrTrx, row: AuditEventTable): Promise<void> {
  await trx.insertInto('auditEvents').values(row).execute();
  await trx.updateTable('auditChainHead').set({ lastSeq: row.seq, lastHash: row.hash }).where('id', '=', chainHeadId).execute();
}

/** One keyset batch of the chain for verification: `afterSeq < seq <= uptoSeq`, in order. */
export function chainBatch(db: DbOrTrx, afterSeq: number, uptoSeq: number, limit: number): Promise<AuditEventRow[]> {
  return db
    .selectFrom('auditEvents')
    .selectAll()
    .where('seq', '>', afterSeq)
    .where('seq', '<=', uptoSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export async function firstSeqAfter(db: DbOrTrx, seq: number): Promise<number | undefined> {
  const row = await db.selectFrom('auditEvents').select('seq').where('seq', '>', seq).orderBy('seq').limit(1).executeTakeFirst();
  return row?.seq;
}

type AuditEb = ExpressionBuilder<Database, 'auditEvents'>;

/** A case-insensitive "contains" pattern with `%`, `_` and `\` escaped (used with `escape '\'`). */
function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filterConditions(eb: AuditEb, f: AuditEventQuery, actor: ScopedActor) {
  const conds = [inOrgScope(eb, actor, 'auditEvents.orgId')];
  if (f.actorId) conds.push(eb('auditEvents.actorId', '=', f.actorId));
  if (f.actorName) conds.push(sql<SqlBool>`lower(${eb.ref('auditEvents.actorName')}) like ${likeContains(f.actorName)} escape '\\'`);
  if (f.entityType) conds.push(eb('auditEvents.entityType', '=', f.entityType));
  if (f.entityId) conds.push(eb('auditEvents.entityId', '=', f.entityId));
  if (f.action) {
    // Segment-wise prefix: `org` matches `org` and `org.…`, never `orgX.…`.
    const action = f.action.replace(/\.$/, '');
    conds.push(eb.or([eb('auditEvents.action', '=', action), eb('auditEvents.action', 'like', `${action}.%`)]));
  }
  if (f.from) conds.push(eb('auditEvents.occurredAt', '>=', new Date(f.from).toISOString()));
  if (f.to) conds.push(eb('auditEvents.occurredAt', '<', new Date(f.to).toISOString()));
  return eb.and(conds);
}

/** A page of events, newest first, within the auditor's data scope (by the event's organisation). */
export async function listEvents(
  db: DbOrTrx,
  actor: ScopedActor,
  f: AuditEventQuery,
): Promise<{ rows: AuditEventListRow[]; total: number }> {
  const rows = await db
    .selectFrom('auditEvents')
    .leftJoin('organisations', 'organisations.id', 'auditEvents.orgId')
    .selectAll('auditEvents')
    .select('organisations.name as orgName')
    .where((eb) => filterConditions(eb, f, actor))
    .orderBy('auditEvents.seq', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const { total } = await db
    .selectFrom('auditEvents')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where((eb) => filterConditions(eb, f, actor))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}

/** The newest `limit` events of one entity (newest first); scoped when an actor is given. */
export function entityEvents(
  db: DbOrTrx,
  entityType: string,
  entityId: string,
  limit: number,
  actor?: ScopedActor,
): Promise<AuditEventListRow[]> {
  return db
    .selectFrom('auditEvents')
    .leftJoin('organisations', 'organisations.id', 'auditEvents.orgId')
    .selectAll('auditEvents')
    .select('organisations.name as orgName')
    .where('auditEvents.entityType', '=', entityType)
    .where('auditEvents.entityId', '=', entityId)
    .$if(actor !== undefined, (q) => q.where((eb) => inOrgScope(eb, actor!, 'auditEvents.orgId')))
    .orderBy('auditEvents.seq', 'desc')
    .limit(limit)
    .execute();
}
