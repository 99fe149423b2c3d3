import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { LitigationListQuery } from '../contract/litigation';
import type { ReconLitigationTable } from './tables';

export type LitigationRecord = Selectable<ReconLitigationTable>;

/** The columns of a lawsuit only just recorded: no defence, hearing or outcome yet. */
const pendingDefaults = {
  defenceSubmittedOn: null,
  hearings: '[]',
  headAppeared: null,
  absenceReason: null,
  firstInstanceOutcome: null,
  secondInstanceOutcome: null,
  result: 'pending',
  closedOn: null,
  version: 1,
} as const;

export type NewLitigationFields = Omit<ReconLitigationTable, keyof typeof pendingDefaults | 'createdAt' | 'updatedAt'>;

/** A complete `recon_litigations` row for a lawsuit just served (the litigation service and the demo seed). */
export function pendingLitigationRow(fields: NewLitigationFields, now: string): ReconLitigationTable {
  return { ...pendingDefaults, ...fields, createdAt: now, updatedAt: now };
}
export type LitigationRow = LitigationRecord & { orgName: string; reconCaseNumber: string | null };

/** Litigations with the defendant body's name and the linked case number; scope on the defendant body. */
function scoped(db: DbOrTrx, actor: ScopedActor) {
  return db
    .selectFrom('reconLitigations')
    .innerJoin('organisations', 'organisations.id', 'reconLitigations.orgId')
    .leftJoin('reconCases', 'reconCases.id', 'reconLitigations.reconCaseId')
    .where((eb) => inOrgScope(eb, actor, 'reconLitigations.orgId'));
}

export async function findLitigationInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<LitigationRow | undefined> {
  return scoped(db, actor)
    .selectAll('reconLitigations')
    .select(['organisations.name as orgName', 'reconCases.caseNumber as reconCaseNumber'])
    .where('reconLitigations.id', '=', id)
    .executeTakeFirst();
}

export async function listLitigations(
  db: DbOrTrx,
  actor: ScopedActor,
  filter: Omit<LitigationListQuery, 'page' | 'pageSize'>,
  page: { page: number; pageSize: number },
): Promise<{ rows: LitigationRow[]; total: number }> {
  let q = scoped(db, actor);
  if (filter.result) q = q.where('reconLitigations.result', '=', filter.result);
  if (filter.headAppeared !== undefined) q = q.where('reconLitigations.headAppeared', '=', filter.headAppeared ? 1 : 0);
  if (filter.court) q = q.where('reconLitigations.court', 'like', `%${filter.court.replace(/[%_\\]/g, '')}%`);
  if (filter.from) q = q.where('reconLitigations.complaintServedOn', '>=', filter.from);
  if (filter.to) q = q.where('reconLitigations.complaintServedOn', '<=', filter.to);
  const [rows, count] = await Promise.all([
    q
      .selectAll('reconLitigations')
      .select(['organisations.name as orgName', 'reconCases.caseNumber as reconCaseNumber'])
      .orderBy('reconLitigations.complaintServedOn', 'desc')
      .orderBy('reconLitigations.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Whether this body already responds to the court case (one record per body and court case number). */
export async function isLitigationRecorded(db: DbOrTrx, orgId: string, court: string, courtCaseNumber: string): Promise<boolean> {
  const row = await db
    .selectFrom('reconLitigations')
    .select('id')
    .where('orgId', '=', orgId)
    .where('court', '=', court)
    .where('courtCaseNumber', '=', courtCaseNumber)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertLitigation(db: DbOrTrx, row: Insertable<ReconLitigationTable>): Promise<void> {
  await db.insertInto('reconLitigations').values(row).execute();
}

/** Optimistic update: false when the version moved on (409 CONFLICT). */
export async function updateLitigation(
  db: DbOrTrx,
  id: string,
  version: number,
  patch: Updateable<ReconLitigationTable>,
): Promise<boolean> {
  const res = await db
    .updateTable('reconLitigations')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
