import type { Insertable } from 'kysely';
import type { DbOrTrx } from '../db/database';
import type { CitizenLoginCodeTable } from './tables';

/** Takes the throttle row's lock (PostgreSQL: row lock until commit) and stamps it. */
export async function holdThrottle(db: DbOrTrx, key: string, at: string): Promise<void> {
  await db
    .insertInto('citizenSmsThrottle')
    .values({ key, lastSentAt: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ lastSentAt: at }))
    .execute();
}

/** Stamps the throttle row only if its last send is at or before `notAfter`; false when it is too recent. */
export async function claimThrottle(db: DbOrTrx, key: string, at: string, notAfter: string): Promise<boolean> {
  const res = await db
    .insertInto('citizenSmsThrottle')
    .values({ key, lastSentAt: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ lastSentAt: at }).where('citizenSmsThrottle.lastSentAt', '<=', notAfter))
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function throttleTime(db: DbOrTrx, key: string): Promise<string | null> {
  const row = await db.selectFrom('citizenSmsThrottle').select('lastSentAt').where('key', '=', key).executeTakeFirst();
  return row?.lastSentAt ?? null;
}

/** How many codes went to a phone, or were requested from an IP, since `since`, and the oldest of them. */
export async function codesSince(db: DbOrTrx, by: { phoneIndex: string } | { ip: string }, since: string) {
  const row = await db
    .selectFrom('citizenLoginCodes')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('createdAt').as('oldest')])
    .$call((q) => ('phoneIndex' in by ? q.where('phoneIndex', '=', by.phoneIndex) : q.where('ip', '=', by.ip)))
    .where('createdAt', '>', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldest: row.oldest as string | null };
}

export async function insertLoginCode(db: DbOrTrx, row: Insertable<CitizenLoginCodeTable>): Promise<void> {
  await db.insertInto('citizenLoginCodes').values(row).execute();
}

/** The newest code sent to a phone: only it can sign in (a new code supersedes the older ones). */
export function latestLoginCode(db: DbOrTrx, phoneIndex: string) {
  return db
    .selectFrom('citizenLoginCodes')
    .select(['id', 'codeHash', 'expiresAt', 'attempts', 'consumedAt'])
    .where('phoneIndex', '=', phoneIndex)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function countWrongAttempt(db: DbOrTrx, id: string, maxAttempts: number): Promise<void> {
  await db
    .updateTable('citizenLoginCodes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('attempts', '<', maxAttempts)
    .execute();
}

/** Marks a code used, only if it still is usable at `at` (a concurrent sign-in with the same code loses). */
export async function consumeLoginCode(db: DbOrTrx, id: string, at: string, maxAttempts: number): Promise<boolean> {
  const res = await db
    .updateTable('citizenLoginCodes')
    .set({ consumedAt: at })
    .where('id', '=', id)
    .where('consumedAt', 'is', null)
    .where('expiresAt', '>', at)
    .where('attempts', '<', maxAttempts)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Housekeeping: codes and throttle stamps older than any window that reads them. */
export async function purgeLoginCodes(db: DbOrTrx, codesBefore: string, throttleBefore: string): Promise<void> {
  await db.deleteFrom('citizenLoginCodes').where('createdAt', '<', codesBefore).execute();
  await db.deleteFrom('citizenSmsThrottle').where('lastSentAt', '<', throttleBefore).execute();
}
