import { sql } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { CaseListQuery } from '../contract/intake';
import { caseScope, ofCitizen } from './case.repository';

/** States whose time target runs (the list's deadline filter looks at `target_due_on`). */
export const targetRunningStates = ['accepted', 'mediating'];

export interface CaseListFilter extends Omit<CaseListQuery, 'page' | 'pageSize'> {
  /** For `deadline`: today and the last due date that is already "due soon". */
  today: string;
  dueSoonHorizon: string;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The workbench list: scoped (`caseScope`), filtered in SQL, newest received first, with the total
 * and the committee's name. Served by the (org_id, received_on, id) index.
 */
export async function listCasesInScope(db: DbOrTrx, actor: ScopedActor, f: CaseListFilter, page: number, pageSize: number) {
  const like = (q: string) => sql<string>`${`%${escapeLike(q)}%`} escape '\\'`;
  const base = db
    .selectFrom('medCases')
    .where((eb) => caseScope(eb, actor))
    .$if(f.state !== undefined, (q) =>
      // Not sargable on purpose: the planner keeps the (org_id, received_on) index of the scope instead of
      // scanning every case of the state city-wide (2 s → 50 ms on 200,000 cases; as reconsideration does).
      q.where(sql<string>`(${sql.ref('medCases.state')} || '')`, '=', f.state!),
    )
    .$if(f.kind !== undefined, (q) => q.where('medCases.kind', '=', f.kind!))
    .$if(f.source !== undefined, (q) => q.where('medCases.source', '=', f.source!))
    .$if(f.orgId !== undefined, (q) => q.where('medCases.orgId', '=', f.orgId!))
    .$if(f.mediatorId !== undefined, (q) => q.where('medCases.mediatorId', '=', f.mediatorId!))
    .$if(f.receivedFrom !== undefined, (q) => q.where('medCases.receivedOn', '>=', f.receivedFrom!))
    .$if(f.receivedTo !== undefined, (q) => q.where('medCases.receivedOn', '<=', f.receivedTo!))
    .$if(f.q !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('medCases.caseNumber', 'like', like(f.q!)),
          eb('medCases.title', 'like', like(f.q!)),
          eb.exists(
            eb
              .selectFrom('medParties')
              .select('medParties.id')
              .whereRef('medParties.caseId', '=', 'medCases.id')
              .where('medParties.name', 'like', like(f.q!)),
          ),
        ]),
      ),
    )
    .$if(f.deadline === 'overdue', (q) => q.where('medCases.state', 'in', targetRunningStates).where('medCases.targetDueOn', '<', f.today))
    .$if(f.deadline === 'dueSoon', (q) =>
      q
        .where('medCases.state', 'in', targetRunningStates)
        .where('medCases.targetDueOn', '>=', f.today)
        .where('medCases.targetDueOn', '<=', f.dueSoonHorizon),
    );
  const [items, count] = await Promise.all([
    base
      .innerJoin('organisations', 'organisations.id', 'medCases.orgId')
      .selectAll('medCases')
      .select('organisations.name as orgName')
      .orderBy('medCases.receivedOn', 'desc')
      .orderBy('medCases.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** "申请人 与 被申请人" for the cases of a page (one query). */
export async function partiesSummaries(db: DbOrTrx, caseIds: readonly string[]): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('medParties')
    .select(['caseId', 'role', 'name'])
    .where('caseId', 'in', caseIds)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const by = new Map<string, { applicants: string[]; respondents: string[] }>();
  for (const r of rows) {
    const e = by.get(r.caseId) ?? { applicants: [], respondents: [] };
    if (r.role === 'applicant') e.applicants.push(r.name);
    if (r.role === 'respondent') e.respondents.push(r.name);
    by.set(r.caseId, e);
  }
  return new Map([...by].map(([id, e]) => [id, `${e.applicants.join('、')} 与 ${e.respondents.join('、')}`]));
}

/** Citizen accounts by phone blind index (a party with an account answers in the portal). */
export async function citizenIdsByPhone(db: DbOrTrx, phoneIndexes: readonly string[]): Promise<Map<string, string>> {
  if (phoneIndexes.length === 0) return new Map();
  const rows = await db.selectFrom('citizens').select(['id', 'phoneIndex']).where('phoneIndex', 'in', phoneIndexes).execute();
  return new Map(rows.map((r) => [r.phoneIndex, r.id]));
}

/** Moves the files the uploader put into draft `draftId` (owner `medDraft`) to the case. */
export async function attachDraftToCase(db: DbOrTrx, draftId: string, uploaderId: string, caseId: string, orgId: string): Promise<void> {
  await db
    .updateTable('attachments')
    .set({ entityType: 'medCase', entityId: caseId, orgId })
    .where('entityType', '=', 'medDraft')
    .where('entityId', '=', draftId)
    .where('createdById', '=', uploaderId)
    .execute();
}

/**
 * The committee for a dispute's place (village, else street, else district): an active 人民调解委员会
 * of that region, else the 司法所 hosting the street's committee.
 */
export async function proposeCommittee(db: DbOrTrx, regionCode: string) {
  const prefixes = [regionCode, regionCode.slice(0, 9), regionCode.slice(0, 6)].filter((p, i, a) => p.length >= 6 && a.indexOf(p) === i);
  for (const code of prefixes) {
    const org = await db
      .selectFrom('organisations')
      .select(['id', 'name', 'type', 'regionCode'])
      .where('active', '=', 1)
      .where('regionCode', '=', code)
      .where('type', 'in', ['mediationCommittee', 'justiceOffice'])
      .orderBy(sql`case when type = 'mediationCommittee' then 0 else 1 end`)
      .orderBy('path')
      .executeTakeFirst();
    if (org) return org;
  }
  return undefined;
}

/** Committees a citizen may choose (public list), optionally within a region. */
export async function listCommitteeOptions(db: DbOrTrx, regionCode: string | undefined, q: string | undefined) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'type', 'regionCode'])
    .where('active', '=', 1)
    .where('type', 'in', ['mediationCommittee', 'justiceOffice'])
    .$if(!!regionCode, (qb) => qb.where('regionCode', 'like', `${regionCode}%`))
    .$if(!!q, (qb) => qb.where('name', 'like', sql<string>`${`%${escapeLike(q!)}%`} escape '\\'`))
    .orderBy('path')
    .limit(100)
    .execute();
}

export async function listCaseAttachments(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('attachments')
    .select(['id', 'fileName', 'fileType', 'size', 'createdAt', 'templateId', 'documentVersion', 'createdByType'])
    .where('entityType', '=', 'medCase')
    .where('entityId', '=', caseId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** Service records of a case; with `recipientCitizenId`, only those served to that account. */
export async function listCaseServices(db: DbOrTrx, caseId: string, recipientCitizenId?: string) {
  return db
    .selectFrom('serviceRecords')
    .select(['id', 'attachmentId', 'channel', 'status', 'sentAt', 'acknowledgedAt'])
    .where('entityType', '=', 'medCase')
    .where('entityId', '=', caseId)
    .$if(recipientCitizenId !== undefined, (q) => q.where('recipientCitizenId', '=', recipientCitizenId!))
    .orderBy('sentAt')
    .orderBy('id')
    .execute();
}

export async function listRecusals(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('medRecusals')
    .leftJoin('medMediators', 'medMediators.id', 'medRecusals.mediatorId')
    .selectAll('medRecusals')
    .select('medMediators.name as mediatorName')
    .where('medRecusals.caseId', '=', caseId)
    .orderBy('medRecusals.createdAt')
    .orderBy('medRecusals.id')
    .execute();
}

/** The citizen's cases: requested by them, or they are a party (`ofCitizen`). */
export async function listCasesOfCitizen(db: DbOrTrx, citizenId: string) {
  return db
    .selectFrom('medCases')
    .innerJoin('organisations', 'organisations.id', 'medCases.orgId')
    .selectAll('medCases')
    .select('organisations.name as orgName')
    .where((eb) => ofCitizen(eb, citizenId))
    .orderBy('medCases.receivedOn', 'desc')
    .orderBy('medCases.id', 'desc')
    .limit(200)
    .execute();
}

export async function orgNameOf(db: DbOrTrx, orgId: string): Promise<string> {
  const row = await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst();
  return row?.name ?? '';
}

export async function mediatorNameOf(db: DbOrTrx, mediatorId: string | null): Promise<string | null> {
  if (!mediatorId) return null;
  const row = await db.selectFrom('medMediators').select('name').where('id', '=', mediatorId).executeTakeFirst();
  return row?.name ?? null;
}
