import type { Insertable } from 'kysely';
import type { DbOrTrx } from '../db/database';
import type { CitizenSessionTable, CitizenTable } from './tables';

export function findCitizenByPhoneIndex(db: DbOrTrx, phoneIndex: string) {
  return db.selectFrom('citizens').select(['id', 'phoneEnc', 'name']).where('phoneIndex', '=', phoneIndex).executeTakeFirst();
}

export function findCitizen(db: DbOrTrx, id: string) {
  return db.selectFrom('citizens').select(['id', 'phoneEnc', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function insertCitizen(db: DbOrTrx, row: Insertable<CitizenTable>): Promise<void> {
  await db.insertInto('citizens').values(row).execute();
}

export async function recordCitizenLogin(db: DbOrTrx, id: string, at: string): Promise<void> {
  await db.updateTable('citizens').set({ lastLoginAt: at }).where('id', '=', id).execute();
}

export async function insertCitizenSession(db: DbOrTrx, row: Insertable<CitizenSessionTable>): Promise<void> {
  await db.insertInto('citizenSessions').values(row).execute();
}

export function findCitizenSession(db: DbOrTrx, tokenHash: string) {
  return db
    .selectFrom('citizenSessions')
    .select(['id', 'citizenId', 'lastSeenAt', 'expiresAt', 'revokedAt'])
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchCitizenSession(db: DbOrTrx, id: string, at: string): Promise<void> {
  await db.updateTable('citizenSessions').set({ lastSeenAt: at }).where('id', '=', id).execute();
}

/** Ends a live session; false when it had already ended. */
export async function revokeCitizenSession(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const res = await db
    .updateTable('citizenSessions')
    .set({ revokedAt: at })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Housekeeping: sessions that ended long ago (the audit log keeps their history). */
export async function purgeCitizenSessions(db: DbOrTrx, expiredBefore: string): Promise<void> {
  await db.deleteFrom('citizenSessions').where('expiresAt', '<', expiredBefore).execute();
}
