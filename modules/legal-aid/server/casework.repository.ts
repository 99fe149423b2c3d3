import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTrx } from '@tianping/server/db/database';
import type {
  AidClosureTable,
  AidComplaintTable,
  AidProgressTable,
  AidReplacementTable,
  AidSubsidyTable,
  AidTerminationTable,
} from './casework-tables';

/** SQL of the aided case's records (AC): progress, closure, replacements, complaints, terminations. */

export type ProgressRow = Selectable<AidProgressTable>;
export type ClosureRow = Selectable<AidClosureTable>;
export type ReplacementRow = Selectable<AidReplacementTable>;
export type ComplaintRow = Selectable<AidComplaintTable>;
export type TerminationRow = Selectable<AidTerminationTable>;
export type SubsidyRow = Selectable<AidSubsidyTable>;

export interface CaseworkRows {
  /** When the provider in charge now was assigned (AB's open assignment), null before any. */
  assignedAt: string | null;
  progress: ProgressRow[];
  closure: ClosureRow | undefined;
  replacements: ReplacementRow[];
  complaints: ComplaintRow[];
  terminations: TerminationRow[];
  subsidy: SubsidyRow | undefined;
}

export async function loadCaseworkRows(db: DbOrTrx, caseId: string): Promise<CaseworkRows> {
  const [assignment, progress, closure, replacements, complaints, terminations, subsidy] = await Promise.all([
    db
      .selectFrom('aidAssignments')
      .select('createdAt')
      .where('caseId', '=', caseId)
      .where('endedOn', 'is', null)
      .orderBy('createdAt', 'desc')
      .executeTakeFirst(),
    db.selectFrom('aidProgress').selectAll().where('caseId', '=', caseId).orderBy('occurredOn', 'desc').orderBy('id', 'desc').execute(),
    db.selectFrom('aidClosures').selectAll().where('caseId', '=', caseId).executeTakeFirst(),
    db.selectFrom('aidReplacements').selectAll().where('caseId', '=', caseId).orderBy('id').execute(),
    db.selectFrom('aidComplaints').selectAll().where('caseId', '=', caseId).orderBy('id').execute(),
    db.selectFrom('aidTerminations').selectAll().where('caseId', '=', caseId).orderBy('id').execute(),
    db.selectFrom('aidSubsidies').selectAll().where('caseId', '=', caseId).executeTakeFirst(),
  ]);
  return { assignedAt: assignment?.createdAt ?? null, progress, closure, replacements, complaints, terminations, subsidy };
}

export async function insertProgress(db: DbOrTrx, row: Insertable<AidProgressTable>) {
  await db.insertInto('aidProgress').values(row).execute();
}

export async function insertClosure(db: DbOrTrx, row: Insertable<AidClosureTable>) {
  await db.insertInto('aidClosures').values(row).execute();
}

export async function insertReplacement(db: DbOrTrx, row: Insertable<AidReplacementTable>) {
  await db.insertInto('aidReplacements').values(row).execute();
}

export async function pendingReplacement(db: DbOrTrx, caseId: string) {
  return db.selectFrom('aidReplacements').selectAll().where('caseId', '=', caseId).where('status', '=', 'pending').executeTakeFirst();
}

export async function findReplacement(db: DbOrTrx, caseId: string, id: string) {
  return db.selectFrom('aidReplacements').selectAll().where('caseId', '=', caseId).where('id', '=', id).executeTakeFirst();
}

/** Decides a pending request; false when it was no longer pending. */
export async function decideReplacement(db: DbOrTrx, id: string, patch: Updateable<AidReplacementTable>): Promise<boolean> {
  const res = await db.updateTable('aidReplacements').set(patch).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertComplaint(db: DbOrTrx, row: Insertable<AidComplaintTable>) {
  await db.insertInto('aidComplaints').values(row).execute();
}

export async function findComplaint(db: DbOrTrx, caseId: string, id: string) {
  return db.selectFrom('aidComplaints').selectAll().where('caseId', '=', caseId).where('id', '=', id).executeTakeFirst();
}

export async function handleComplaintRow(db: DbOrTrx, id: string, patch: Updateable<AidComplaintTable>): Promise<boolean> {
  const res = await db.updateTable('aidComplaints').set(patch).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertTermination(db: DbOrTrx, row: Insertable<AidTerminationTable>) {
  await db.insertInto('aidTerminations').values(row).execute();
}

export async function pendingTerminationReport(db: DbOrTrx, caseId: string) {
  return db.selectFrom('aidTerminations').selectAll().where('caseId', '=', caseId).where('status', '=', 'reported').executeTakeFirst();
}

export async function decideTerminationRow(db: DbOrTrx, id: string, patch: Updateable<AidTerminationTable>): Promise<boolean> {
  const res = await db.updateTable('aidTerminations').set(patch).where('id', '=', id).where('status', '=', 'reported').executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The decision in force that terminated the case (the latest). */
export async function lastTermination(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('aidTerminations')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('status', '=', 'terminated')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
