import { sql } from 'kysely';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTrx } from '../db/database';
import type { CalendarYearTable } from './tables';

export type CalendarYearRow = Selectable<CalendarYearTable>;

/** The latest calendar version id (0 when administrators never entered a year): one indexed max(). */
export async function latestVersionId(db: DbOrTrx): Promise<number> {
  const row = await db
    .selectFrom('calendarVersions')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return row?.id == null ? 0 : Number(row.id);
}

export async function findVersion(db: DbOrTrx, id: number) {
  return db.selectFrom('calendarVersions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listYearRows(db: DbOrTrx): Promise<CalendarYearRow[]> {
  return db.selectFrom('calendarYears').selectAll().orderBy('year').execute();
}

export async function findYearRow(db: DbOrTrx, year: number): Promise<CalendarYearRow | undefined> {
  return db.selectFrom('calendarYears').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function insertVersion(db: DbOrTrx, snapshotHash: string, snapshot: string, createdAt: string): Promise<number> {
  const row = await db
    .insertInto('calendarVersions')
    .values({ snapshotHash, snapshot, createdAt } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function insertYearRow(db: DbOrTrx, row: Insertable<CalendarYearTable>): Promise<void> {
  await db.insertInto('calendarYears').values(row).execute();
}

/** Optimistic update: returns false when the row's version is no longer `expectedVersion`. */
export async function updateYearRow(
  db: DbOrTrx,
  year: number,
  expectedVersion: number,
  patch: Omit<Updateable<CalendarYearTable>, 'year' | 'enteredBy' | 'createdAt'>,
): Promise<boolean> {
  const result = await db
    .updateTable('calendarYears')
    .set(patch)
    .where('year', '=', year)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Serialises calendar writes on PostgreSQL so that each version's snapshot contains every
 * committed year (SQLite already runs one writer at a time).
 */
export async function lockCalendarForWrite(db: DbOrTrx, isPg: boolean): Promise<void> {
  if (isPg) await sql`lock table calendar_years in share row exclusive mode`.execute(db);
}
