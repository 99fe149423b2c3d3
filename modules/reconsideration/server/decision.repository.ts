import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { ReconOpinionLetterTable, ReconPublicationTable } from './decision-tables';
import type { ReconApprovalTable, ReconDecisionTable } from './tables';
import './decision-tables';

/** SQL of the decision stage: drafts, approvals, opinion letters, publications. */

export type DecisionRow = Selectable<ReconDecisionTable>;
export type ApprovalRow = Selectable<ReconApprovalTable>;
export type LetterRow = Selectable<ReconOpinionLetterTable>;
export type PublicationRow = Selectable<ReconPublicationTable>;

export async function listDecisions(db: DbOrTrx, caseId: string): Promise<DecisionRow[]> {
  return db.selectFrom('reconDecisions').selectAll().where('caseId', '=', caseId).orderBy('id').execute();
}

export async function findDecision(db: DbOrTrx, caseId: string, id: string): Promise<DecisionRow | undefined> {
  return db.selectFrom('reconDecisions').selectAll().where('id', '=', id).where('caseId', '=', caseId).executeTakeFirst();
}

export async function insertDecision(db: DbOrTrx, row: Insertable<ReconDecisionTable>): Promise<void> {
  await db.insertInto('reconDecisions').values(row).execute();
}

/** Optimistic update: false when the version moved on. */
export async function updateDecision(db: DbOrTrx, id: string, version: number, patch: Updateable<ReconDecisionTable>): Promise<boolean> {
  const res = await db
    .updateTable('reconDecisions')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Approvals of the given decisions, oldest first (ids are time-ordered). */
export async function listApprovals(db: DbOrTrx, decisionIds: readonly string[]): Promise<ApprovalRow[]> {
  if (decisionIds.length === 0) return [];
  return db.selectFrom('reconApprovals').selectAll().where('decisionId', 'in', decisionIds).orderBy('id').execute();
}

export async function insertApproval(db: DbOrTrx, row: Insertable<ReconApprovalTable>): Promise<void> {
  await db.insertInto('reconApprovals').values(row).execute();
}

/** 第六十一条第二款: whether a hearing (听证, not merely hearing the parties) was held. */
export async function hearingHeld(db: DbOrTrx, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('reconHearings')
    .select('id')
    .where('caseId', '=', caseId)
    .where('kind', '=', 'hearing')
    .where('heldOn', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function listConsultations(db: DbOrTrx, caseId: string) {
  return db.selectFrom('reconConsultations').selectAll().where('caseId', '=', caseId).orderBy('requestedOn').orderBy('id').execute();
}

export async function listLetters(db: DbOrTrx, caseId: string): Promise<LetterRow[]> {
  return db.selectFrom('reconOpinionLetters').selectAll().where('caseId', '=', caseId).orderBy('id').execute();
}

export async function findLetter(db: DbOrTrx, caseId: string, id: string): Promise<LetterRow | undefined> {
  return db.selectFrom('reconOpinionLetters').selectAll().where('id', '=', id).where('caseId', '=', caseId).executeTakeFirst();
}

export async function insertLetter(db: DbOrTrx, row: Insertable<ReconOpinionLetterTable>): Promise<void> {
  await db.insertInto('reconOpinionLetters').values(row).execute();
}

export async function updateLetter(db: DbOrTrx, id: string, version: number, patch: Updateable<ReconOpinionLetterTable>): Promise<boolean> {
  const res = await db
    .updateTable('reconOpinionLetters')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function findOrgName(db: DbOrTrx, orgId: string): Promise<string | undefined> {
  const row = await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst();
  return row?.name;
}

export async function publishedDecisionIds(db: DbOrTrx, decisionIds: readonly string[]): Promise<Set<string>> {
  if (decisionIds.length === 0) return new Set();
  const rows = await db.selectFrom('reconPublications').select('decisionId').where('decisionId', 'in', decisionIds).execute();
  return new Set(rows.map((r) => r.decisionId));
}

export async function insertPublication(db: DbOrTrx, row: Insertable<ReconPublicationTable>): Promise<void> {
  await db.insertInto('reconPublications').values(row).execute();
}

/** The public list: newest first; `q` matches the case number, the respondent or the (masked) text. */
export async function listPublications(db: DbOrTrx, q: string | undefined, page: { page: number; pageSize: number }) {
  let query = db.selectFrom('reconPublications');
  if (q) {
    // Wildcards typed by the public are dropped rather than escaped (ESCAPE differs between dialects).
    const like = `%${q.replace(/[\\%_]/g, '')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('caseNumber', 'like', like),
        eb('respondentName', 'like', like),
        eb('reasoning', 'like', like),
        eb('applicant', 'like', like),
      ]),
    );
  }
  const [items, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('publishedOn', 'desc')
      .orderBy('id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function findPublication(db: DbOrTrx, id: string): Promise<PublicationRow | undefined> {
  return db.selectFrom('reconPublications').selectAll().where('id', '=', id).executeTakeFirst();
}
