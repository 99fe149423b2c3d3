import { sql, type ExpressionBuilder, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { ProviderListQuery } from '../contract/provider';
import type { AidProviderHistoryTable, AidProviderTable } from './provider-tables';

export type ProviderRow = Selectable<AidProviderTable>;
export type ProviderListRow = ProviderRow & { orgName: string; firmName: string | null; userName: string | null; openCases: number };
export type HistoryRow = Selectable<AidProviderHistoryTable>;
type ProviderEb = ExpressionBuilder<Database, 'aidProviders'>;

/**
 * The registry is kept by the centres: whoever manages providers, assigns cases or runs duty
 * stations sees the providers serving centres in their data scope (404 outside it).
 */
export function providerScope(eb: ProviderEb, actor: ScopedActor) {
  const reads = ['legalAid.provider.manage', 'legalAid.assignment.manage', 'legalAid.duty.manage'];
  return reads.some((p) => actor.permissions.has(p)) ? inOrgScope(eb, actor, 'aidProviders.orgId') : sql<boolean>`1 = 0`;
}

function listSelect(db: DbOrTrx) {
  return db
    .selectFrom('aidProviders')
    .innerJoin('organisations as centre', 'centre.id', 'aidProviders.orgId')
    .leftJoin('organisations as firm', 'firm.id', 'aidProviders.firmOrgId')
    .leftJoin('users', 'users.id', 'aidProviders.userId')
    .selectAll('aidProviders')
    .select((eb) => [
      'centre.name as orgName',
      'firm.name as firmName',
      'users.displayName as userName',
      eb
        .selectFrom('aidAssignments')
        .innerJoin('aidCases', 'aidCases.id', 'aidAssignments.caseId')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('aidAssignments.providerId', '=', 'aidProviders.id')
        .where('aidAssignments.endedOn', 'is', null)
        .where('aidCases.state', '=', 'assigned')
        .as('openCases'),
    ]);
}

const asListRow = (r: Omit<ProviderListRow, 'openCases'> & { openCases: unknown }): ProviderListRow => ({
  ...r,
  openCases: Number(r.openCases ?? 0),
});

export async function listProviders(db: DbOrTrx, actor: ScopedActor, q: ProviderListQuery) {
  let base = db.selectFrom('aidProviders').where((eb) => providerScope(eb, actor));
  if (q.q) base = base.where('aidProviders.name', 'like', `%${q.q.replace(/[%_]/g, '')}%`);
  if (q.kind) base = base.where('aidProviders.kind', '=', q.kind);
  if (q.active) base = base.where('aidProviders.active', '=', q.active === 'true' ? 1 : 0);
  if (q.orgId) base = base.where('aidProviders.orgId', '=', q.orgId);
  if (q.speciality) base = base.where('aidProviders.specialities', 'like', `%"${q.speciality}"%`);
  const total = Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const ids = await base
    .select('aidProviders.id')
    .orderBy('aidProviders.name')
    .orderBy('aidProviders.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const rows = ids.length
    ? await listSelect(db)
        .where(
          'aidProviders.id',
          'in',
          ids.map((r) => r.id),
        )
        .execute()
    : [];
  const byId = new Map(rows.map((r) => [r.id, asListRow(r)]));
  return { items: ids.map((r) => byId.get(r.id)!), total };
}

export async function findProviderInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<ProviderListRow | undefined> {
  const r = await listSelect(db)
    .where('aidProviders.id', '=', id)
    .where((eb) => providerScope(eb, actor))
    .executeTakeFirst();
  return r && asListRow(r);
}

/** Without scope: re-reading after a write, the assignment's candidate, the notice reply. */
export async function findProviderById(db: DbOrTrx, id: string): Promise<ProviderListRow | undefined> {
  const r = await listSelect(db).where('aidProviders.id', '=', id).executeTakeFirst();
  return r && asListRow(r);
}

/** The provider bound to a login (a lawyer's own view, the duty lawyer recording a service). */
export async function findProviderOfUser(db: DbOrTrx, userId: string): Promise<ProviderRow | undefined> {
  return db.selectFrom('aidProviders').selectAll().where('userId', '=', userId).executeTakeFirst();
}

export async function insertProvider(db: DbOrTrx, row: Insertable<AidProviderTable>): Promise<void> {
  await db.insertInto('aidProviders').values(row).execute();
}

export async function updateProvider(db: DbOrTrx, id: string, version: number, patch: Updateable<AidProviderTable>): Promise<boolean> {
  const res = await db
    .updateTable('aidProviders')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function listHistory(db: DbOrTrx, providerId: string, limit = 200): Promise<HistoryRow[]> {
  return db
    .selectFrom('aidProviderHistory')
    .selectAll()
    .where('providerId', '=', providerId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function insertHistory(db: DbOrTrx, rows: Insertable<AidProviderHistoryTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('aidProviderHistory').values(rows).execute();
}

/**
 * The history the conflict check reads for a set of candidates: their own entries and those of every
 * provider of the same firms (colleagues and the firm itself), with the owner's name.
 */
export async function historyForConflictCheck(db: DbOrTrx, providerIds: string[], firmOrgIds: string[]) {
  if (!providerIds.length) return [];
  return db
    .selectFrom('aidProviderHistory')
    .innerJoin('aidProviders', 'aidProviders.id', 'aidProviderHistory.providerId')
    .select([
      'aidProviderHistory.id',
      'aidProviderHistory.providerId',
      'aidProviders.name as providerName',
      'aidProviders.firmOrgId',
      'aidProviderHistory.side',
      'aidProviderHistory.name',
      'aidProviderHistory.idNumberIndex',
      'aidProviderHistory.matter',
      'aidProviderHistory.date',
      'aidProviderHistory.caseId',
    ])
    .where((eb) =>
      eb.or([
        eb('aidProviderHistory.providerId', 'in', providerIds),
        ...(firmOrgIds.length ? [eb('aidProviders.firmOrgId', 'in', firmOrgIds)] : []),
      ]),
    )
    .execute();
}
