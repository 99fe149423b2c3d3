import { sql, type ExpressionBuilder, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { HlTicketTable } from './tables';

export type TicketRow = Selectable<HlTicketTable>;
type TicketEb = ExpressionBuilder<Database, 'hlTickets'>;

/**
 * The data scope of tickets: staff with `hotline.ticket.read` or `hotline.ticket.handle` see the
 * tickets of the centres in their data scope (an agent with scope `own`: their centre only; the
 * city 12348 supervisor with scope `city`: all). A telephony token (`hotline.callEvent.submit`
 * only) sees none. Everything outside is invisible (404).
 */
export function ticketScope(eb: TicketEb, actor: ScopedActor) {
  if (actor.permissions.has('hotline.ticket.read') || actor.permissions.has('hotline.ticket.handle'))
    return inOrgScope(eb, actor, 'hlTickets.orgId');
  return sql<boolean>`1 = 0`;
}

/** One ticket within the actor's scope (undefined outside it: the API answers 404). */
export async function findTicketInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<TicketRow | undefined> {
  return db
    .selectFrom('hlTickets')
    .selectAll()
    .where('hlTickets.id', '=', id)
    .where((eb) => ticketScope(eb, actor))
    .executeTakeFirst();
}

/** Without scope: for re-reading a record the service has just written, and for jobs. */
export async function findTicketById(db: DbOrTrx, id: string): Promise<TicketRow | undefined> {
  return db.selectFrom('hlTickets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTicket(db: DbOrTrx, row: Insertable<HlTicketTable>): Promise<void> {
  await db.insertInto('hlTickets').values(row).execute();
}

/** Optimistic update: false when the version moved on (the caller answers 409 CONFLICT). */
export async function updateTicket(db: DbOrTrx, id: string, version: number, patch: Updateable<HlTicketTable>): Promise<boolean> {
  const res = await db
    .updateTable('hlTickets')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
