import type { ScopedActor } from '../access/actor';
import { inOrgScope } from '../access/scope';
import type { DbOrTrx } from '../db/database';

/**
 * Takes the next number of a counter in one statement: the row is created at 1 or, when it
 * exists, incremented — `INSERT … ON CONFLICT DO UPDATE SET last = last + 1 RETURNING last`.
 * The database serialises concurrent increments of the row (PostgreSQL row lock, SQLite's
 * single writer), so every caller gets a distinct number and numbers have no gaps as long
 * as the caller's transaction commits.
 */
export async function nextCounterValue(db: DbOrTrx, key: { orgId: string; caseType: string; year: number }, now: string): Promise<number> {
  const row = await db
    .insertInto('caseNumberCounters')
    .values({ ...key, last: 1, updatedAt: now })
    .onConflict((oc) =>
      oc.columns(['orgId', 'caseType', 'year']).doUpdateSet((eb) => ({ last: eb('caseNumberCounters.last', '+', 1), updatedAt: now })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return Number(row.last);
}

export async function findOrgNames(
  db: DbOrTrx,
  orgId: string,
): Promise<{ name: string; shortName: string | null; code: string } | undefined> {
  return db.selectFrom('organisations').select(['name', 'shortName', 'code']).where('id', '=', orgId).executeTakeFirst();
}

export interface CounterFilter {
  orgId?: string;
  caseType?: string;
  year?: number;
}

/** Counters of organisations within the actor's scope, newest year first. */
export async function listCounters(db: DbOrTrx, actor: ScopedActor, f: CounterFilter) {
  let q = db
    .selectFrom('caseNumberCounters')
    .innerJoin('organisations', 'organisations.id', 'caseNumberCounters.orgId')
    .select([
      'caseNumberCounters.orgId',
      'caseNumberCounters.caseType',
      'caseNumberCounters.year',
      'caseNumberCounters.last',
      'caseNumberCounters.updatedAt',
      'organisations.name as orgName',
      'organisations.shortName as orgShortName',
      'organisations.code as orgCode',
    ])
    .where((eb) => inOrgScope(eb, actor, 'caseNumberCounters.orgId'));
  if (f.orgId) q = q.where('caseNumberCounters.orgId', '=', f.orgId);
  if (f.caseType) q = q.where('caseNumberCounters.caseType', '=', f.caseType);
  if (f.year) q = q.where('caseNumberCounters.year', '=', f.year);
  return q
    .orderBy('caseNumberCounters.year', 'desc')
    .orderBy('organisations.code')
    .orderBy('caseNumberCounters.caseType')
    .limit(1000)
    .execute();
}
