import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type {
  ReconClosureTable,
  ReconConsultationTable,
  ReconHearingTable,
  ReconReplyTable,
  ReconSettingTable,
  ReconSuspensionTable,
  ReconWithdrawalTable,
} from './tables';

/** SQL of handling after acceptance: replies, hearings, consultations, suspensions, withdrawals, closures, settings. */

export type ReplyRow = Selectable<ReconReplyTable>;
export type HearingRow = Selectable<ReconHearingTable>;
export type ConsultationRow = Selectable<ReconConsultationTable>;
export type SuspensionRow = Selectable<ReconSuspensionTable>;
export type WithdrawalRow = Selectable<ReconWithdrawalTable>;
export type ClosureRow = Selectable<ReconClosureTable>;

export interface HandlingRows {
  replies: ReplyRow[];
  hearings: HearingRow[];
  consultations: ConsultationRow[];
  suspensions: SuspensionRow[];
  withdrawals: WithdrawalRow[];
  closures: ClosureRow[];
}

export async function loadHandlingRows(db: DbOrTrx, caseId: string): Promise<HandlingRows> {
  const [replies, hearings, consultations, suspensions, withdrawals, closures] = await Promise.all([
    db.selectFrom('reconReplies').selectAll().where('caseId', '=', caseId).orderBy('createdAt').orderBy('id').execute(),
    db.selectFrom('reconHearings').selectAll().where('caseId', '=', caseId).orderBy('scheduledOn').orderBy('id').execute(),
    db.selectFrom('reconConsultations').selectAll().where('caseId', '=', caseId).orderBy('requestedOn').orderBy('id').execute(),
    db.selectFrom('reconSuspensions').selectAll().where('caseId', '=', caseId).orderBy('suspendedOn').orderBy('id').execute(),
    db.selectFrom('reconWithdrawals').selectAll().where('caseId', '=', caseId).orderBy('createdAt').orderBy('id').execute(),
    db.selectFrom('reconClosures').selectAll().where('caseId', '=', caseId).orderBy('createdAt').orderBy('id').execute(),
  ]);
  return { replies, hearings, consultations, suspensions, withdrawals, closures };
}

export async function insertReply(db: DbOrTrx, row: Insertable<ReconReplyTable>) {
  await db.insertInto('reconReplies').values(row).execute();
}
export async function updateReply(db: DbOrTrx, id: string, patch: Updateable<ReconReplyTable>) {
  await db.updateTable('reconReplies').set(patch).where('id', '=', id).execute();
}
export async function insertHearing(db: DbOrTrx, row: Insertable<ReconHearingTable>) {
  await db.insertInto('reconHearings').values(row).execute();
}
export async function findHearing(db: DbOrTrx, caseId: string, id: string) {
  return db.selectFrom('reconHearings').selectAll().where('caseId', '=', caseId).where('id', '=', id).executeTakeFirst();
}
export async function updateHearing(db: DbOrTrx, id: string, patch: Updateable<ReconHearingTable>) {
  await db.updateTable('reconHearings').set(patch).where('id', '=', id).execute();
}
export async function insertConsultation(db: DbOrTrx, row: Insertable<ReconConsultationTable>) {
  await db.insertInto('reconConsultations').values(row).execute();
}
export async function findConsultation(db: DbOrTrx, caseId: string, id: string) {
  return db.selectFrom('reconConsultations').selectAll().where('caseId', '=', caseId).where('id', '=', id).executeTakeFirst();
}
export async function updateConsultation(db: DbOrTrx, id: string, patch: Updateable<ReconConsultationTable>) {
  await db.updateTable('reconConsultations').set(patch).where('id', '=', id).execute();
}
export async function insertSuspension(db: DbOrTrx, row: Insertable<ReconSuspensionTable>) {
  await db.insertInto('reconSuspensions').values(row).execute();
}
export async function openSuspension(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('reconSuspensions')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('resumedOn', 'is', null)
    .orderBy('suspendedOn', 'desc')
    .executeTakeFirst();
}
export async function updateSuspension(db: DbOrTrx, id: string, patch: Updateable<ReconSuspensionTable>) {
  await db.updateTable('reconSuspensions').set(patch).where('id', '=', id).execute();
}
export async function insertWithdrawal(db: DbOrTrx, row: Insertable<ReconWithdrawalTable>) {
  await db.insertInto('reconWithdrawals').values(row).execute();
}
export async function pendingWithdrawal(db: DbOrTrx, caseId: string) {
  return db.selectFrom('reconWithdrawals').selectAll().where('caseId', '=', caseId).where('status', '=', 'pending').executeTakeFirst();
}
export async function updateWithdrawal(db: DbOrTrx, id: string, patch: Updateable<ReconWithdrawalTable>) {
  await db.updateTable('reconWithdrawals').set(patch).where('id', '=', id).execute();
}
export async function insertClosure(db: DbOrTrx, row: Insertable<ReconClosureTable>) {
  await db.insertInto('reconClosures').values(row).execute();
}

/** Whether the respondent organisation lies in the actor's data scope (the actor answers for it). */
export async function respondentInScope(db: DbOrTrx, actor: ScopedActor, respondentOrgId: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select('organisations.id')
    .where('organisations.id', '=', respondentOrgId)
    .where((eb) => inOrgScope(eb, actor, 'organisations.id'))
    .executeTakeFirst();
  return row !== undefined;
}

/** An active user holding a role in an organisation of the subtree of `orgId` (eligible to handle its cases). */
export async function eligibleHandler(db: DbOrTrx, orgId: string, userId: string) {
  const org = await db.selectFrom('organisations').select('path').where('id', '=', orgId).executeTakeFirst();
  if (!org) return undefined;
  return db
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .innerJoin('organisations', 'organisations.id', 'userRoles.orgId')
    .select(['users.id', 'users.displayName'])
    .where('users.id', '=', userId)
    .where('users.active', '=', 1)
    .where('organisations.path', 'like', `${org.path}%`)
    .executeTakeFirst();
}

export async function userName(db: DbOrTrx, userId: string): Promise<string | null> {
  return (await db.selectFrom('users').select('displayName').where('id', '=', userId).executeTakeFirst())?.displayName ?? null;
}

/** Attachments among `ids` that belong to the case. */
export async function attachmentsOfCase(db: DbOrTrx, entityType: string, caseId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('attachments')
    .select('id')
    .where('entityType', '=', entityType)
    .where('entityId', '=', caseId)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.id);
}

export async function readSetting(db: DbOrTrx, key: string): Promise<Selectable<ReconSettingTable> | undefined> {
  return db.selectFrom('reconSettings').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function writeSetting(db: DbOrTrx, row: Selectable<ReconSettingTable>) {
  const done = await db
    .updateTable('reconSettings')
    .set({ value: row.value, updatedBy: row.updatedBy, updatedAt: row.updatedAt })
    .where('key', '=', row.key)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) await db.insertInto('reconSettings').values(row).execute();
}

/** Suspensions on grounds 1, 2, 4 past their 60th day, still running and not yet notified (for the daily job). */
export async function lapsedSuspensions(db: DbOrTrx, today: string, limit: number) {
  return db
    .selectFrom('reconSuspensions')
    .innerJoin('reconCases', 'reconCases.id', 'reconSuspensions.caseId')
    .select([
      'reconSuspensions.id',
      'reconSuspensions.caseId',
      'reconSuspensions.terminationDueOn',
      'reconCases.orgId',
      'reconCases.handlerId',
      'reconCases.caseNumber',
      'reconCases.applicantName',
      'reconCases.respondentName',
    ])
    .where('reconSuspensions.terminationDueOn', '<', today)
    .where('reconSuspensions.resumedOn', 'is', null)
    .where('reconSuspensions.lapseNotifiedAt', 'is', null)
    .where('reconCases.state', '=', 'suspended')
    .orderBy('reconSuspensions.terminationDueOn')
    .limit(limit)
    .execute();
}
