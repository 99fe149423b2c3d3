import { sql, type ExpressionBuilder, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { AidCaseTable, AidPartyTable } from './tables';

export type CaseRow = Selectable<AidCaseTable>;
export type PartyRow = Selectable<AidPartyTable>;
type CaseEb = ExpressionBuilder<Database, 'aidCases'>;

/**
 * The data scope of aid cases: centre staff (`legalAid.application.read`) see the cases of the centres
 * in their scope; the assigned lawyer or worker (`legalAid.case.work`) sees ONLY the cases assigned to
 * them (`assigneeUserId`). Everything else is invisible (404). Notice tokens read through
 * notice-intake.service.ts (their own notices only), never through this scope.
 */
export function caseScope(eb: CaseEb, actor: ScopedActor) {
  const conds = [];
  if (actor.permissions.has('legalAid.application.read')) conds.push(inOrgScope(eb, actor, 'aidCases.orgId'));
  if (actor.permissions.has('legalAid.case.work') && actor.kind === 'staff') conds.push(eb('aidCases.assigneeUserId', '=', actor.userId));
  return conds.length ? eb.or(conds) : sql<boolean>`1 = 0`;
}

/** One case within the actor's scope (undefined outside it: the API answers 404). */
export async function findCaseInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom('aidCases')
    .selectAll()
    .where('aidCases.id', '=', id)
    .where((eb) => caseScope(eb, actor))
    .executeTakeFirst();
}

/** One case of a citizen's own (the portal account that applied). */
export async function findCaseOfCitizen(db: DbOrTrx, citizenId: string, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('aidCases').selectAll().where('id', '=', id).where('citizenId', '=', citizenId).executeTakeFirst();
}

/** Without scope: for re-reading a record the service has just written, and for jobs. */
export async function findCaseById(db: DbOrTrx, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('aidCases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCase(db: DbOrTrx, row: Insertable<AidCaseTable>): Promise<void> {
  await db.insertInto('aidCases').values(row).execute();
}

/** Optimistic update: false when the version moved on (the caller answers 409 CONFLICT). */
export async function updateCase(db: DbOrTrx, id: string, version: number, patch: Updateable<AidCaseTable>): Promise<boolean> {
  const res = await db
    .updateTable('aidCases')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertParties(db: DbOrTrx, rows: Insertable<AidPartyTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('aidParties').values(rows).execute();
}

/** The parties of a case (all roles), in the order recorded. The conflict check (AB) reads `opponent`s. */
export async function findParties(db: DbOrTrx, caseId: string): Promise<PartyRow[]> {
  return db.selectFrom('aidParties').selectAll().where('caseId', '=', caseId).orderBy('createdAt').orderBy('id').execute();
}
