import type { Insertable, Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { SubsidyScheduleEntry } from '../domain/subsidy';
import type { AidSubsidyScheduleTable, AidSubsidyTable } from './casework-tables';

/** SQL of the subsidy schedule (city-wide data) and of the subsidies of closed cases (scoped by the centre). */

export async function scheduleRows(db: DbOrTrx, q: { caseKind?: string } = {}) {
  let query = db.selectFrom('aidSubsidySchedules').selectAll();
  if (q.caseKind) query = query.where('caseKind', '=', q.caseKind);
  return query.orderBy('caseKind').orderBy('stage').orderBy('effectiveFrom').execute();
}

export async function scheduleEntries(db: DbOrTrx): Promise<SubsidyScheduleEntry[]> {
  return db.selectFrom('aidSubsidySchedules').select(['id', 'caseKind', 'stage', 'amountYuan', 'effectiveFrom', 'effectiveTo']).execute();
}

export async function insertScheduleEntry(db: DbOrTrx, row: Insertable<AidSubsidyScheduleTable>) {
  await db.insertInto('aidSubsidySchedules').values(row).execute();
}

export async function endScheduleEntry(db: DbOrTrx, id: string, effectiveTo: string) {
  await db.updateTable('aidSubsidySchedules').set({ effectiveTo }).where('id', '=', id).execute();
}

export async function insertSubsidy(db: DbOrTrx, row: Insertable<AidSubsidyTable>) {
  await db.insertInto('aidSubsidies').values(row).execute();
}

const withCase = (db: DbOrTrx) =>
  db
    .selectFrom('aidSubsidies')
    .innerJoin('aidCases', 'aidCases.id', 'aidSubsidies.caseId')
    .selectAll('aidSubsidies')
    .select('aidCases.caseNumber');

export async function findSubsidyInScope(db: DbOrTrx, actor: ScopedActor, id: string) {
  return withCase(db)
    .where('aidSubsidies.id', '=', id)
    .where((eb) => inOrgScope(eb, actor, 'aidSubsidies.orgId'))
    .executeTakeFirst();
}

export async function listSubsidies(db: DbOrTrx, actor: ScopedActor, q: { status?: string; page: number; pageSize: number }) {
  let count = db.selectFrom('aidSubsidies').where((eb) => inOrgScope(eb, actor, 'aidSubsidies.orgId'));
  let items = withCase(db).where((eb) => inOrgScope(eb, actor, 'aidSubsidies.orgId'));
  if (q.status) {
    count = count.where('status', '=', q.status);
    items = items.where('aidSubsidies.status', '=', q.status);
  }
  const total = Number((await count.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await items
    .orderBy('aidSubsidies.computedOn', 'desc')
    .orderBy('aidSubsidies.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total };
}

/** Optimistic step from one status: false when the version or status moved on. */
export async function updateSubsidy(db: DbOrTrx, id: string, version: number, fromStatus: string, patch: Updateable<AidSubsidyTable>) {
  const res = await db
    .updateTable('aidSubsidies')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
