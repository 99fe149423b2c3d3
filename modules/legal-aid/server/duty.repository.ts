import { sql, type ExpressionBuilder, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { AidDutyRosterTable, AidDutyServiceTable, AidDutyStationTable } from './provider-tables';

export type StationRow = Selectable<AidDutyStationTable> & { orgName: string };
type StationEb = ExpressionBuilder<Database, 'aidDutyStations'>;

/**
 * Stations are run by centres: `duty.manage` sees those of centres in scope; a duty lawyer
 * (`case.work`, bound to a provider) sees the stations whose roster names them.
 */
export function stationScope(eb: StationEb, actor: ScopedActor) {
  const conds = [];
  if (actor.permissions.has('legalAid.duty.manage')) conds.push(inOrgScope(eb, actor, 'aidDutyStations.orgId'));
  if (actor.permissions.has('legalAid.case.work') && actor.kind === 'staff')
    conds.push(
      eb(
        'aidDutyStations.id',
        'in',
        eb
          .selectFrom('aidDutyRosters')
          .innerJoin('aidProviders', 'aidProviders.id', 'aidDutyRosters.providerId')
          .select('aidDutyRosters.stationId')
          .where('aidProviders.userId', '=', actor.userId),
      ),
    );
  return conds.length ? eb.or(conds) : sql<boolean>`1 = 0`;
}

const stationSelect = (db: DbOrTrx) =>
  db
    .selectFrom('aidDutyStations')
    .innerJoin('organisations', 'organisations.id', 'aidDutyStations.orgId')
    .selectAll('aidDutyStations')
    .select('organisations.name as orgName');

export async function listStations(db: DbOrTrx, actor: ScopedActor): Promise<StationRow[]> {
  return stationSelect(db)
    .where((eb) => stationScope(eb, actor))
    .orderBy('aidDutyStations.name')
    .orderBy('aidDutyStations.id')
    .limit(500)
    .execute();
}

export async function findStationInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<StationRow | undefined> {
  return stationSelect(db)
    .where('aidDutyStations.id', '=', id)
    .where((eb) => stationScope(eb, actor))
    .executeTakeFirst();
}

export async function insertStation(db: DbOrTrx, row: Insertable<AidDutyStationTable>): Promise<void> {
  await db.insertInto('aidDutyStations').values(row).execute();
}

export async function updateStation(db: DbOrTrx, id: string, version: number, patch: Updateable<AidDutyStationTable>): Promise<boolean> {
  const res = await db
    .updateTable('aidDutyStations')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function findRosterEntry(db: DbOrTrx, stationId: string, id: string) {
  return db.selectFrom('aidDutyRosters').selectAll().where('stationId', '=', stationId).where('id', '=', id).executeTakeFirst();
}

/** Services already recorded by the lawyer at the station that day (a roster entry with services stays). */
export async function countServicesOn(db: DbOrTrx, stationId: string, providerId: string, servedOn: string): Promise<number> {
  const r = await db
    .selectFrom('aidDutyServices')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('stationId', '=', stationId)
    .where('providerId', '=', providerId)
    .where('servedOn', '=', servedOn)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function deleteRosterEntry(db: DbOrTrx, id: string): Promise<void> {
  await db.deleteFrom('aidDutyRosters').where('id', '=', id).execute();
}

export async function insertRosterEntries(db: DbOrTrx, rows: Insertable<AidDutyRosterTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('aidDutyRosters').values(rows).execute();
}

export async function listRoster(db: DbOrTrx, stationId: string, from: string, to: string) {
  return db
    .selectFrom('aidDutyRosters')
    .innerJoin('aidProviders', 'aidProviders.id', 'aidDutyRosters.providerId')
    .select([
      'aidDutyRosters.id',
      'aidDutyRosters.stationId',
      'aidDutyRosters.dutyDate',
      'aidDutyRosters.providerId',
      'aidProviders.name as providerName',
    ])
    .where('aidDutyRosters.stationId', '=', stationId)
    .where('aidDutyRosters.dutyDate', '>=', from)
    .where('aidDutyRosters.dutyDate', '<=', to)
    .orderBy('aidDutyRosters.dutyDate')
    .orderBy('aidProviders.name')
    .execute();
}

export async function isOnRoster(db: DbOrTrx, stationId: string, providerId: string, dutyDate: string): Promise<boolean> {
  const r = await db
    .selectFrom('aidDutyRosters')
    .select('id')
    .where('stationId', '=', stationId)
    .where('providerId', '=', providerId)
    .where('dutyDate', '=', dutyDate)
    .executeTakeFirst();
  return r !== undefined;
}

export async function insertServices(db: DbOrTrx, rows: Insertable<AidDutyServiceTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('aidDutyServices').values(rows).execute();
}

export async function listServices(db: DbOrTrx, stationId: string, from: string, to: string) {
  return db
    .selectFrom('aidDutyServices')
    .innerJoin('aidProviders', 'aidProviders.id', 'aidDutyServices.providerId')
    .selectAll('aidDutyServices')
    .select('aidProviders.name as providerName')
    .where('aidDutyServices.stationId', '=', stationId)
    .where('aidDutyServices.servedOn', '>=', from)
    .where('aidDutyServices.servedOn', '<=', to)
    .orderBy('aidDutyServices.servedOn', 'desc')
    .orderBy('aidDutyServices.id', 'desc')
    .limit(2000)
    .execute();
}

export async function findVisit(db: DbOrTrx, visitId: string) {
  return db
    .selectFrom('aidDutyServices')
    .innerJoin('aidProviders', 'aidProviders.id', 'aidDutyServices.providerId')
    .selectAll('aidDutyServices')
    .select('aidProviders.name as providerName')
    .where('aidDutyServices.visitId', '=', visitId)
    .orderBy('aidDutyServices.id')
    .execute();
}

/** Monthly figures of a station, aggregated in SQL. */
export async function monthlyFigures(db: DbOrTrx, stationId: string, from: string, to: string) {
  const byKind = await db
    .selectFrom('aidDutyServices')
    .select((eb) => ['kind', eb.fn.countAll<number>().as('n')])
    .where('stationId', '=', stationId)
    .where('servedOn', '>=', from)
    .where('servedOn', '<=', to)
    .groupBy('kind')
    .execute();
  const visits = await db
    .selectFrom('aidDutyServices')
    .select((eb) => eb.fn.count<number>('visitId').distinct().as('n'))
    .where('stationId', '=', stationId)
    .where('servedOn', '>=', from)
    .where('servedOn', '<=', to)
    .executeTakeFirstOrThrow();
  const roster = await db
    .selectFrom('aidDutyRosters')
    .select((eb) => [eb.fn.count<number>('dutyDate').distinct().as('days'), eb.fn.count<number>('providerId').distinct().as('lawyers')])
    .where('stationId', '=', stationId)
    .where('dutyDate', '>=', from)
    .where('dutyDate', '<=', to)
    .executeTakeFirstOrThrow();
  return {
    byKind: new Map(byKind.map((r) => [r.kind, Number(r.n)])),
    visits: Number(visits.n),
    dutyDays: Number(roster.days),
    lawyers: Number(roster.lawyers),
  };
}
