import { sql, type Insertable, type Selectable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { DbOrTrx } from '@tianping/server/db/database';
import { closedCaseStates } from '../contract/enums';
import type { CaseListQuery } from '../contract/intake';
import { caseScope, type CaseRow } from './case.repository';
import type { ReconCorrectionTable, ReconPartyTable } from './tables';

export type PartyRow = Selectable<ReconPartyTable>;
export type CorrectionRow = Selectable<ReconCorrectionTable>;

/** States whose decision clock runs (the list's deadline filter looks at `decision_due_on`). */
const runningStates = ['accepted', 'suspended', 'deciding'];

export interface CaseListFilter extends Omit<CaseListQuery, 'page' | 'pageSize'> {
  /** For `deadline`: today and the last due date that is already "due soon". */
  today: string;
  dueSoonHorizon: string;
}

/**
 * The workbench list: scoped (`caseScope`), filtered in SQL, newest received first, with the
 * total. Served by the (org_id, received_on, id) index; one query for the page, one for the count.
 */
export async function listCasesInScope(db: DbOrTrx, actor: ScopedActor, f: CaseListFilter, page: number, pageSize: number) {
  const base = db
    .selectFrom('reconCases')
    .where((eb) => caseScope(eb, actor))
    .$if(f.state !== undefined, (q) => q.where('reconCases.state', '=', f.state!))
    .$if(f.procedure !== undefined, (q) => q.where('reconCases.procedure', '=', f.procedure!))
    .$if(f.actKind !== undefined, (q) => q.where('reconCases.actKind', '=', f.actKind!))
    .$if(f.late !== undefined, (q) => q.where('reconCases.late', '=', f.late === 'true' ? 1 : 0))
    .$if(f.orgId !== undefined, (q) => q.where('reconCases.orgId', '=', f.orgId!))
    .$if(f.respondentOrgId !== undefined, (q) => q.where('reconCases.respondentOrgId', '=', f.respondentOrgId!))
    .$if(f.receivedFrom !== undefined, (q) => q.where('reconCases.receivedOn', '>=', f.receivedFrom!))
    .$if(f.receivedTo !== undefined, (q) => q.where('reconCases.receivedOn', '<=', f.receivedTo!))
    .$if(f.q !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('reconCases.caseNumber', 'like', sql<string>`${`%${escapeLike(f.q!)}%`} escape '\\'`),
          eb('reconCases.applicantName', 'like', sql<string>`${`%${escapeLike(f.q!)}%`} escape '\\'`),
        ]),
      ),
    )
    .$if(f.deadline === 'overdue', (q) => q.where('reconCases.state', 'in', runningStates).where('reconCases.decisionDueOn', '<', f.today))
    .$if(f.deadline === 'dueSoon', (q) =>
      q
        .where('reconCases.state', 'in', runningStates)
        .where('reconCases.decisionDueOn', '>=', f.today)
        .where('reconCases.decisionDueOn', '<=', f.dueSoonHorizon),
    );
  const [items, count] = await Promise.all([
    base
      .selectAll('reconCases')
      .orderBy('reconCases.receivedOn', 'desc')
      .orderBy('reconCases.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Due dates of the open review / correction timers of the given cases (one query for a page). */
export async function openIntakeTimerDue(db: DbOrTrx, caseIds: readonly string[]): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('workflowTimers')
    .innerJoin('workflowInstances', 'workflowInstances.id', 'workflowTimers.instanceId')
    .select(['workflowInstances.entityId', 'workflowTimers.dueDate'])
    .where('workflowInstances.entityType', '=', 'reconCase')
    .where('workflowInstances.entityId', 'in', caseIds)
    .where('workflowTimers.key', 'in', ['review', 'correction'])
    .where('workflowTimers.status', '=', 'open')
    .execute();
  return new Map(rows.map((r) => [r.entityId, r.dueDate]));
}

/** 第二十二条 / 第三十条第一款第（七）项: an open case of the same applicant against the same act. */
export async function findOpenDuplicate(
  db: DbOrTrx,
  key: { idIndexes: string[]; applicantName: string; respondentName: string; respondentOrgId: string | null; actDocumentNo: string },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('reconCases')
    .select('id')
    .where((eb) =>
      eb.or([
        key.idIndexes.length ? eb('applicantIdNumberIndex', 'in', key.idIndexes) : sql<boolean>`1 = 0`,
        eb.and([eb('applicantIdNumberIndex', 'is', null), eb('applicantName', '=', key.applicantName)]),
      ]),
    )
    .where((eb) =>
      key.respondentOrgId
        ? eb.or([eb('respondentOrgId', '=', key.respondentOrgId), eb('respondentName', '=', key.respondentName)])
        : eb('respondentName', '=', key.respondentName),
    )
    .where('actDocumentNo', '=', key.actDocumentNo)
    .where('state', 'not in', [...closedCaseStates])
    .executeTakeFirst();
  return row?.id;
}

export async function insertParties(db: DbOrTrx, rows: Insertable<ReconPartyTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('reconParties').values(rows).execute();
}

export async function listParties(db: DbOrTrx, caseId: string): Promise<PartyRow[]> {
  return db.selectFrom('reconParties').selectAll().where('caseId', '=', caseId).orderBy('createdAt').orderBy('id').execute();
}

export async function listCorrections(db: DbOrTrx, caseId: string): Promise<CorrectionRow[]> {
  return db.selectFrom('reconCorrections').selectAll().where('caseId', '=', caseId).orderBy('noticeOn').orderBy('id').execute();
}

export async function findOpenCorrection(db: DbOrTrx, caseId: string): Promise<CorrectionRow | undefined> {
  return db.selectFrom('reconCorrections').selectAll().where('caseId', '=', caseId).where('status', '=', 'open').executeTakeFirst();
}

export async function insertCorrection(db: DbOrTrx, row: Insertable<ReconCorrectionTable>): Promise<void> {
  await db.insertInto('reconCorrections').values(row).execute();
}

export async function updateCorrection(db: DbOrTrx, id: string, patch: Partial<CorrectionRow>): Promise<void> {
  await db.updateTable('reconCorrections').set(patch).where('id', '=', id).execute();
}

/** Letters of authorisation uploaded in advance (owner `reconDraft`) by this uploader. */
export async function findDraftAttachments(db: DbOrTrx, ids: readonly string[], createdById: string) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('attachments')
    .select(['id', 'entityType', 'entityId'])
    .where('id', 'in', ids)
    .where('entityType', '=', 'reconDraft')
    .where('createdById', '=', createdById)
    .execute();
}

/** Moves letters uploaded in advance to the case they were filed with. */
export async function attachDraftsToCase(db: DbOrTrx, ids: readonly string[], caseId: string, orgId: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('attachments').set({ entityType: 'reconCase', entityId: caseId, orgId }).where('id', 'in', ids).execute();
}

export async function listCaseAttachments(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('attachments')
    .select(['id', 'fileName', 'fileType', 'size', 'createdAt', 'templateId', 'documentVersion', 'createdByType'])
    .where('entityType', '=', 'reconCase')
    .where('entityId', '=', caseId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** Service records of a case; with `recipientCitizenId`, only those served to that account. */
export async function listCaseServices(db: DbOrTrx, caseId: string, recipientCitizenId?: string) {
  return db
    .selectFrom('serviceRecords')
    .innerJoin('attachments', 'attachments.id', 'serviceRecords.attachmentId')
    .select([
      'serviceRecords.id',
      'serviceRecords.attachmentId',
      'serviceRecords.channel',
      'serviceRecords.status',
      'serviceRecords.sentAt',
      'serviceRecords.acknowledgedAt',
      'attachments.fileName',
    ])
    .where('serviceRecords.entityType', '=', 'reconCase')
    .where('serviceRecords.entityId', '=', caseId)
    .$if(recipientCitizenId !== undefined, (q) => q.where('serviceRecords.recipientCitizenId', '=', recipientCitizenId!))
    .orderBy('serviceRecords.sentAt')
    .orderBy('serviceRecords.id')
    .execute();
}

export async function listCasesOfCitizen(db: DbOrTrx, citizenId: string) {
  return db
    .selectFrom('reconCases')
    .innerJoin('organisations', 'organisations.id', 'reconCases.orgId')
    .selectAll('reconCases')
    .select('organisations.name as orgName')
    .where('reconCases.applicantCitizenId', '=', citizenId)
    .orderBy('reconCases.receivedOn', 'desc')
    .orderBy('reconCases.id', 'desc')
    .limit(200)
    .execute();
}

export async function orgNameOf(db: DbOrTrx, orgId: string): Promise<string> {
  const row = await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst();
  return row?.name ?? '';
}

/** Public list of bodies taking applications (区人民政府行政复议机构 are the district bureaus). */
export async function listHandlingBodies(db: DbOrTrx) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'type'])
    .where('active', '=', 1)
    .where('type', 'in', ['districtBureau', 'reconsiderationOffice'])
    .orderBy('path')
    .execute();
}

export async function searchRespondents(db: DbOrTrx, q: string | undefined) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('active', '=', 1)
    .where('type', '=', 'enforcementAgency')
    .$if(!!q, (qb) => qb.where('name', 'like', sql<string>`${`%${escapeLike(q!)}%`} escape '\\'`))
    .orderBy('name')
    .limit(50)
    .execute();
}

export type CaseWithOrg = CaseRow & { orgName: string };
