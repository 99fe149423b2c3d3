import { sql, type ExpressionBuilder, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { ReconCaseTable } from './tables';

export type CaseRow = Selectable<ReconCaseTable>;
type CaseEb = ExpressionBuilder<Database, 'reconCases'>;

/**
 * The data scope of reconsideration cases: staff who read cases see those handled by
 * organisations in their scope; respondent agencies (`reply.submit`) see the cases where an
 * organisation in their scope is the respondent. Everything else is invisible (404).
 */
export function caseScope(eb: CaseEb, actor: ScopedActor) {
  const conds = [];
  if (actor.permissions.has('reconsideration.case.read')) conds.push(inOrgScope(eb, actor, 'reconCases.orgId'));
  if (actor.permissions.has('reconsideration.reply.submit'))
    conds.push(eb.and([eb('reconCases.respondentOrgId', 'is not', null), inOrgScope(eb, actor, 'reconCases.respondentOrgId')]));
  return conds.length ? eb.or(conds) : sql<boolean>`1 = 0`;
}

/** One case within the actor's scope (undefined outside it: the API answers 404). */
export async function findCaseInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom('reconCases')
    .selectAll()
    .where('reconCases.id', '=', id)
    .where((eb) => caseScope(eb, actor))
    .executeTakeFirst();
}

/** One case of a citizen's own (applicant account). */
export async function findCaseOfCitizen(db: DbOrTrx, citizenId: string, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('reconCases').selectAll().where('id', '=', id).where('applicantCitizenId', '=', citizenId).executeTakeFirst();
}

/** Without scope: for re-reading a record the service has just written, and for jobs. */
export async function findCaseById(db: DbOrTrx, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('reconCases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCase(db: DbOrTrx, row: Insertable<ReconCaseTable>): Promise<void> {
  await db.insertInto('reconCases').values(row).execute();
}

/** Optimistic update: false when the version moved on (the caller answers 409 CONFLICT). */
export async function updateCase(db: DbOrTrx, id: string, version: number, patch: Updateable<ReconCaseTable>): Promise<boolean> {
  const res = await db
    .updateTable('reconCases')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
