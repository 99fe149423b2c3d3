import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import { caseScope, type CaseRow } from './case.repository';
import type { AidObjectionTable } from './casework-tables';

/** SQL of objections (第四十九条). The bureau sees the objections against centres in its data scope. */

export type ObjectionRow = Selectable<AidObjectionTable> & { caseNumber: string };

const base = (db: DbOrTrx) =>
  db
    .selectFrom('aidObjections')
    .innerJoin('aidCases', 'aidCases.id', 'aidObjections.caseId')
    .selectAll('aidObjections')
    .select('aidCases.caseNumber');

export async function openObjectionOf(db: DbOrTrx, caseId: string) {
  return db.selectFrom('aidObjections').selectAll().where('caseId', '=', caseId).where('status', '=', 'open').executeTakeFirst();
}

export async function objectionsOfCase(db: DbOrTrx, caseId: string): Promise<ObjectionRow[]> {
  return base(db).where('aidObjections.caseId', '=', caseId).orderBy('aidObjections.id').execute();
}

export async function findObjectionInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<ObjectionRow | undefined> {
  return base(db)
    .where('aidObjections.id', '=', id)
    .where((eb) => inOrgScope(eb, actor, 'aidObjections.orgId'))
    .executeTakeFirst();
}

export async function findObjectionById(db: DbOrTrx, id: string): Promise<ObjectionRow | undefined> {
  return base(db).where('aidObjections.id', '=', id).executeTakeFirst();
}

export async function listObjections(db: DbOrTrx, actor: ScopedActor, q: { status?: string; page: number; pageSize: number }) {
  let query = db.selectFrom('aidObjections').where((eb) => inOrgScope(eb, actor, 'aidObjections.orgId'));
  if (q.status) query = query.where('aidObjections.status', '=', q.status);
  const total = Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  let items = base(db).where((eb) => inOrgScope(eb, actor, 'aidObjections.orgId'));
  if (q.status) items = items.where('aidObjections.status', '=', q.status);
  const rows = await items
    .orderBy('aidObjections.dueOn')
    .orderBy('aidObjections.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total };
}

export async function insertObjection(db: DbOrTrx, row: Insertable<AidObjectionTable>) {
  await db.insertInto('aidObjections').values(row).execute();
}

/** Optimistic decision: false when the version moved on or it is no longer open. */
export async function decideObjectionRow(db: DbOrTrx, id: string, version: number, patch: Updateable<AidObjectionTable>): Promise<boolean> {
  const res = await db
    .updateTable('aidObjections')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * A case as seen for objections: the centre's staff through the case scope, and the justice bureau
 * (`legalAid.objection.decide`) for the centres in its data scope (第四十九条: it set them up).
 */
export async function findCaseForObjection(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom('aidCases')
    .selectAll()
    .where('aidCases.id', '=', id)
    .where((eb) =>
      actor.permissions.has('legalAid.objection.decide')
        ? eb.or([caseScope(eb, actor), inOrgScope(eb, actor, 'aidCases.orgId')])
        : caseScope(eb, actor),
    )
    .executeTakeFirst();
}
