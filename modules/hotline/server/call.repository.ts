import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { HlCallEventTable, HlCallTable } from './tables';

export type CallRow = Selectable<HlCallTable>;
export type CallEventRow = Selectable<HlCallEventTable>;

/**
 * Calls and call events. Calls are read by the telephony call id; staff reach them only through
 * their centre (the desk, a ticket in scope), never by listing.
 */
export async function findCallByCallId(db: DbOrTrx, callId: string): Promise<CallRow | undefined> {
  return db.selectFrom('hlCalls').selectAll().where('callId', '=', callId).executeTakeFirst();
}

export async function findCallById(db: DbOrTrx, id: string): Promise<CallRow | undefined> {
  return db.selectFrom('hlCalls').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findEventsByIds(db: DbOrTrx, eventIds: readonly string[]): Promise<CallEventRow[]> {
  if (!eventIds.length) return [];
  return db
    .selectFrom('hlCallEvents')
    .selectAll()
    .where('eventId', 'in', [...eventIds])
    .execute();
}

export async function insertCall(db: DbOrTrx, row: Insertable<HlCallTable>): Promise<void> {
  await db.insertInto('hlCalls').values(row).execute();
}

export async function updateCall(db: DbOrTrx, id: string, patch: Updateable<HlCallTable>): Promise<void> {
  await db.updateTable('hlCalls').set(patch).where('id', '=', id).execute();
}

export async function insertCallEvent(db: DbOrTrx, row: Insertable<HlCallEventTable>): Promise<void> {
  await db.insertInto('hlCallEvents').values(row).execute();
}

/** ISO text of an instant column (PostgreSQL may hand back a Date). */
export function iso(v: string | Date): string;
export function iso(v: string | Date | null): string | null;
export function iso(v: string | Date | null): string | null {
  if (v === null) return null;
  return typeof v === 'string' ? new Date(v).toISOString() : v.toISOString();
}
