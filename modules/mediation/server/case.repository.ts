import { sql, type ExpressionBuilder, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { MedCaseTable, MedPartyTable } from './tables';

export type CaseRow = Selectable<MedCaseTable>;
export type PartyRow = Selectable<MedPartyTable>;
type CaseEb = ExpressionBuilder<Database, 'medCases'>;

/**
 * The data scope of mediation cases: staff who read cases see those of the committees
 * (organisations) in their scope — a village committee its own, a street office its committees, a
 * district supervisor the subtree. Everything else is invisible (404). Referrers' tokens see their
 * referrals through MR's referral routes, not through this scope.
 */
export function caseScope(eb: CaseEb, actor: ScopedActor) {
  if (!actor.permissions.has('mediation.case.read')) return sql<boolean>`1 = 0`;
  return inOrgScope(eb, actor, 'medCases.orgId');
}

/** One case within the actor's scope (undefined outside it: the API answers 404). */
export async function findCaseInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom('medCases')
    .selectAll()
    .where('medCases.id', '=', id)
    .where((eb) => caseScope(eb, actor))
    .executeTakeFirst();
}

/** The blind index of the citizen account's mobile (parties are matched to accounts by it). */
export async function citizenPhoneIndex(db: DbOrTrx, citizenId: string): Promise<string | null> {
  const row = await db.selectFrom('citizens').select('phoneIndex').where('id', '=', citizenId).executeTakeFirst();
  return row?.phoneIndex ?? null;
}

/**
 * The cases a citizen may see: they requested it, one of its parties is their account, or a party
 * without an account has their mobile (an account opened after registration).
 */
export function ofCitizen(eb: CaseEb, citizenId: string) {
  return eb.or([
    eb('medCases.citizenId', '=', citizenId),
    eb.exists(
      eb
        .selectFrom('medParties')
        .select('medParties.id')
        .whereRef('medParties.caseId', '=', 'medCases.id')
        .where((p) =>
          p.or([
            p('medParties.citizenId', '=', citizenId),
            p.and([
              p('medParties.citizenId', 'is', null),
              p('medParties.phoneIndex', 'in', p.selectFrom('citizens').select('citizens.phoneIndex').where('citizens.id', '=', citizenId)),
            ]),
          ]),
        ),
    ),
  ]);
}

/** One case of a citizen's own (see `ofCitizen`). */
export async function findCaseOfCitizen(db: DbOrTrx, citizenId: string, id: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom('medCases')
    .selectAll()
    .where('medCases.id', '=', id)
    .where((eb) => ofCitizen(eb, citizenId))
    .executeTakeFirst();
}

/** Without scope: for re-reading a record the service has just written, and for jobs. */
export async function findCaseById(db: DbOrTrx, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('medCases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCase(db: DbOrTrx, row: Insertable<MedCaseTable>): Promise<void> {
  await db.insertInto('medCases').values(row).execute();
}

/** Optimistic update: false when the version moved on (the caller answers 409 CONFLICT). */
export async function updateCase(db: DbOrTrx, id: string, version: number, patch: Updateable<MedCaseTable>): Promise<boolean> {
  const res = await db
    .updateTable('medCases')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The parties of a case, in the order they were entered. */
export async function listParties(db: DbOrTrx, caseId: string): Promise<PartyRow[]> {
  return db.selectFrom('medParties').selectAll().where('caseId', '=', caseId).orderBy('position').orderBy('id').execute();
}

export async function insertParties(db: DbOrTrx, rows: Insertable<MedPartyTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('medParties').values(rows).execute();
}

/** Updates one party row of a case; false when the row does not belong to the case. */
export async function updateParty(db: DbOrTrx, caseId: string, partyId: string, patch: Updateable<MedPartyTable>): Promise<boolean> {
  const res = await db.updateTable('medParties').set(patch).where('id', '=', partyId).where('caseId', '=', caseId).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
