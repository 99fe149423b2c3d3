import { sql, type ExpressionBuilder, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { MedCampaignFindingTable, MedCampaignTable } from './organisation-tables';

export type CampaignRecord = Selectable<MedCampaignTable>;
export type FindingRecord = Selectable<MedCampaignFindingTable>;

function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Campaigns are visible to staff whose data scope holds the organisation running them. */
export function campaignScope(eb: ExpressionBuilder<Database, 'medCampaigns'>, actor: ScopedActor) {
  return inOrgScope(eb, actor, 'medCampaigns.orgId');
}

function countFindings(eb: ExpressionBuilder<Database, 'medCampaigns'>) {
  return eb
    .selectFrom('medCampaignFindings')
    .select((s) => s.fn.countAll<number>().as('n'))
    .whereRef('medCampaignFindings.campaignId', '=', 'medCampaigns.id');
}

function selectCampaigns(db: DbOrTrx) {
  return db
    .selectFrom('medCampaigns')
    .innerJoin('organisations', 'organisations.id', 'medCampaigns.orgId')
    .leftJoin('regions', 'regions.code', 'medCampaigns.regionCode')
    .selectAll('medCampaigns')
    .select((eb) => [
      'organisations.name as orgName',
      'regions.name as regionName',
      countFindings(eb).as('findings'),
      countFindings(eb).where('medCampaignFindings.status', 'in', ['open', 'assigned']).as('openFindings'),
      countFindings(eb).where('medCampaignFindings.riskLevel', '=', 'high').as('highRisk'),
    ]);
}
export type CampaignRow = NonNullable<Awaited<ReturnType<ReturnType<typeof selectCampaigns>['executeTakeFirst']>>>;

export async function listCampaigns(
  db: DbOrTrx,
  actor: ScopedActor,
  f: { status?: string | undefined; q?: string | undefined },
  page: { page: number; pageSize: number },
) {
  const where = (eb: ExpressionBuilder<Database, 'medCampaigns'>) => {
    const conds = [campaignScope(eb, actor)];
    if (f.status) conds.push(eb('medCampaigns.status', '=', f.status));
    if (f.q) conds.push(sql<boolean>`lower(${eb.ref('medCampaigns.title')}) like ${likeContains(f.q)} escape '\\'`);
    return eb.and(conds);
  };
  const [rows, count] = await Promise.all([
    selectCampaigns(db)
      .where(where)
      .orderBy('medCampaigns.periodStart', 'desc')
      .orderBy('medCampaigns.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    db
      .selectFrom('medCampaigns')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findCampaignInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CampaignRow | undefined> {
  return selectCampaigns(db)
    .where('medCampaigns.id', '=', id)
    .where((eb) => campaignScope(eb, actor))
    .executeTakeFirst();
}

export async function insertCampaign(db: DbOrTrx, row: Insertable<MedCampaignTable>): Promise<void> {
  await db.insertInto('medCampaigns').values(row).execute();
}

export async function updateCampaign(db: DbOrTrx, id: string, version: number, patch: Updateable<MedCampaignTable>): Promise<boolean> {
  const res = await db
    .updateTable('medCampaigns')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

function selectFindings(db: DbOrTrx) {
  return db
    .selectFrom('medCampaignFindings')
    .leftJoin('regions as district', 'district.code', 'medCampaignFindings.districtCode')
    .leftJoin('regions as place', 'place.code', 'medCampaignFindings.regionCode')
    .leftJoin('organisations as assignee', 'assignee.id', 'medCampaignFindings.assignedOrgId')
    .leftJoin('medMediators', 'medMediators.id', 'medCampaignFindings.assignedMediatorId')
    .selectAll('medCampaignFindings')
    .select([
      'district.name as districtName',
      'place.name as regionName',
      'assignee.name as assignedOrgName',
      'medMediators.name as assignedMediatorName',
    ]);
}
export type FindingRow = NonNullable<Awaited<ReturnType<ReturnType<typeof selectFindings>['executeTakeFirst']>>>;

export interface FindingFilter {
  status?: string | undefined;
  riskLevel?: string | undefined;
  districtCode?: string | undefined;
}

export async function listFindings(db: DbOrTrx, campaignId: string, f: FindingFilter, page: { page: number; pageSize: number }) {
  const where = (eb: ExpressionBuilder<Database, 'medCampaignFindings'>) => {
    const conds = [eb('medCampaignFindings.campaignId', '=', campaignId)];
    if (f.status) conds.push(eb('medCampaignFindings.status', '=', f.status));
    if (f.riskLevel) conds.push(eb('medCampaignFindings.riskLevel', '=', f.riskLevel));
    if (f.districtCode) conds.push(eb('medCampaignFindings.districtCode', '=', f.districtCode));
    return eb.and(conds);
  };
  const [rows, count] = await Promise.all([
    selectFindings(db)
      .where(where)
      .orderBy('medCampaignFindings.foundOn', 'desc')
      .orderBy('medCampaignFindings.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    db
      .selectFrom('medCampaignFindings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findFinding(db: DbOrTrx, campaignId: string, id: string): Promise<FindingRow | undefined> {
  return selectFindings(db)
    .where('medCampaignFindings.id', '=', id)
    .where('medCampaignFindings.campaignId', '=', campaignId)
    .executeTakeFirst();
}

export async function insertFinding(db: DbOrTrx, row: Insertable<MedCampaignFindingTable>): Promise<void> {
  await db.insertInto('medCampaignFindings').values(row).execute();
}

export async function updateFinding(
  db: DbOrTrx,
  id: string,
  version: number,
  patch: Updateable<MedCampaignFindingTable>,
): Promise<boolean> {
  const res = await db
    .updateTable('medCampaignFindings')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Counts per district, risk level and status: the campaign report. */
export async function findingCounts(db: DbOrTrx, campaignId: string) {
  const rows = await db
    .selectFrom('medCampaignFindings')
    .leftJoin('regions', 'regions.code', 'medCampaignFindings.districtCode')
    .select((eb) => [
      'medCampaignFindings.districtCode',
      'regions.name as districtName',
      'medCampaignFindings.riskLevel',
      'medCampaignFindings.status',
      eb.fn.countAll<number>().as('n'),
    ])
    .where('medCampaignFindings.campaignId', '=', campaignId)
    .groupBy(['medCampaignFindings.districtCode', 'regions.name', 'medCampaignFindings.riskLevel', 'medCampaignFindings.status'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export async function regionExists(db: DbOrTrx, code: string): Promise<boolean> {
  return Boolean(await db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst());
}
