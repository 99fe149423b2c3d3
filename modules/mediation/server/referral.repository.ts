import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { MedCaseLinkTable, MedReferralTable, MedReferrerTable, MedWebhookDeliveryTable } from './referral-tables';
import './referral-tables';

export type ReferrerRow = Selectable<MedReferrerTable>;
export type ReferralRow = Selectable<MedReferralTable>;
export type DeliveryRow = Selectable<MedWebhookDeliveryTable>;

/** All SQL of the referrers registry, referrals, webhook deliveries and case links. */

export function selectReferrers(db: DbOrTrx) {
  return db
    .selectFrom('medReferrers')
    .leftJoin('regions', 'regions.code', 'medReferrers.regionCode')
    .leftJoin('apiTokens', 'apiTokens.id', 'medReferrers.tokenId')
    .selectAll('medReferrers')
    .select(['regions.name as regionName', 'apiTokens.name as tokenName', 'apiTokens.prefix as tokenPrefix']);
}
export type ReferrerListRow = Awaited<ReturnType<typeof findReferrerView>> & object;

export function findReferrerView(db: DbOrTrx, id: string) {
  return selectReferrers(db).where('medReferrers.id', '=', id).executeTakeFirst();
}

export function listReferrers(db: DbOrTrx, f: { kind?: string; q?: string; includeInactive: boolean }) {
  let q = selectReferrers(db);
  if (f.kind) q = q.where('medReferrers.kind', '=', f.kind);
  if (f.q) {
    // Matched literally (% and _ escaped) and case-insensitively on both dialects.
    const like = sql<string>`${`%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;
    const lower = (col: 'medReferrers.name' | 'medReferrers.code') => sql<string>`lower(${sql.ref(col)})`;
    q = q.where((eb) => eb.or([eb(lower('medReferrers.name'), 'like', like), eb(lower('medReferrers.code'), 'like', like)]));
  }
  if (!f.includeInactive) q = q.where('medReferrers.active', '=', 1);
  return q.orderBy('medReferrers.kind').orderBy('medReferrers.code').execute();
}

export function findReferrerById(db: DbOrTrx, id: string): Promise<ReferrerRow | undefined> {
  return db.selectFrom('medReferrers').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findReferrerByCode(db: DbOrTrx, code: string): Promise<ReferrerRow | undefined> {
  return db.selectFrom('medReferrers').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The referrer a token speaks for (its active binding), if any. */
export function findReferrerOfToken(db: DbOrTrx, tokenId: string): Promise<ReferrerRow | undefined> {
  return db.selectFrom('medReferrers').selectAll().where('tokenId', '=', tokenId).where('active', '=', 1).executeTakeFirst();
}

export async function isTokenBound(db: DbOrTrx, tokenId: string, exceptReferrerId?: string): Promise<boolean> {
  let q = db.selectFrom('medReferrers').select('id').where('tokenId', '=', tokenId);
  if (exceptReferrerId) q = q.where('id', '!=', exceptReferrerId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertReferrer(db: DbOrTrx, row: Insertable<MedReferrerTable>): Promise<void> {
  await db.insertInto('medReferrers').values(row).execute();
}

export async function updateReferrer(db: DbOrTrx, id: string, version: number, patch: Updateable<MedReferrerTable>): Promise<boolean> {
  const res = await db
    .updateTable('medReferrers')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export function findReferralByExternalRef(db: DbOrTrx, referrerId: string, externalRef: string): Promise<ReferralRow | undefined> {
  return db
    .selectFrom('medReferrals')
    .selectAll()
    .where('referrerId', '=', referrerId)
    .where('externalRef', '=', externalRef)
    .executeTakeFirst();
}

export async function insertReferral(db: DbOrTrx, row: Insertable<MedReferralTable>): Promise<void> {
  await db.insertInto('medReferrals').values(row).execute();
}

export async function updateReferral(db: DbOrTrx, id: string, patch: Updateable<MedReferralTable>): Promise<void> {
  await db.updateTable('medReferrals').set(patch).where('id', '=', id).execute();
}

/** A referral with its case and committee, as the referring body sees it. */
function selectReferralViews(db: DbOrTrx) {
  return db
    .selectFrom('medReferrals')
    .innerJoin('medCases', 'medCases.id', 'medReferrals.caseId')
    .innerJoin('organisations', 'organisations.id', 'medCases.orgId')
    .selectAll('medReferrals')
    .select([
      'medCases.caseNumber',
      'medCases.state as caseState',
      'medCases.receivedOn as caseReceivedOn',
      'organisations.name as committeeName',
    ]);
}
export type ReferralViewRow = NonNullable<Awaited<ReturnType<typeof findReferralOfReferrer>>>;

/** One referral of the referrer (undefined for anyone else's: the API answers 404). */
export function findReferralOfReferrer(db: DbOrTrx, referrerId: string, id: string) {
  return selectReferralViews(db).where('medReferrals.id', '=', id).where('medReferrals.referrerId', '=', referrerId).executeTakeFirst();
}

export async function listReferralsOfReferrer(
  db: DbOrTrx,
  referrerId: string,
  f: { externalRef?: string; closed?: boolean; page: number; pageSize: number },
) {
  let q = db.selectFrom('medReferrals').where('medReferrals.referrerId', '=', referrerId);
  if (f.externalRef) q = q.where('medReferrals.externalRef', '=', f.externalRef);
  if (f.closed !== undefined) q = q.where('medReferrals.closedOn', f.closed ? 'is not' : 'is', null);
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const ids = await q
    .select('medReferrals.id')
    .orderBy('medReferrals.receivedAt', 'desc')
    .orderBy('medReferrals.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const rows = ids.length
    ? await selectReferralViews(db)
        .where(
          'medReferrals.id',
          'in',
          ids.map((r) => r.id),
        )
        .orderBy('medReferrals.receivedAt', 'desc')
        .orderBy('medReferrals.id', 'desc')
        .execute()
    : [];
  return { rows, total: Number(total) };
}

export function findReferralViewById(db: DbOrTrx, id: string) {
  return selectReferralViews(db).where('medReferrals.id', '=', id).executeTakeFirst();
}

/** The referrals of a case with their referring bodies (the outcome goes back to each). */
export function listReferralsOfCase(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('medReferrals')
    .innerJoin('medReferrers', 'medReferrers.id', 'medReferrals.referrerId')
    .selectAll('medReferrals')
    .select(['medReferrers.name as referrerName', 'medReferrers.kind as referrerKind', 'medReferrers.webhookUrl'])
    .where('medReferrals.caseId', '=', caseId)
    .orderBy('medReferrals.receivedAt')
    .orderBy('medReferrals.id')
    .execute();
}

export async function insertDelivery(db: DbOrTrx, row: Insertable<MedWebhookDeliveryTable>): Promise<void> {
  await db.insertInto('medWebhookDeliveries').values(row).execute();
}

export function listDeliveries(db: DbOrTrx, referralIds: string[]): Promise<DeliveryRow[]> {
  if (!referralIds.length) return Promise.resolve([]);
  return db
    .selectFrom('medWebhookDeliveries')
    .selectAll()
    .where('referralId', 'in', referralIds)
    .orderBy('referralId')
    .orderBy('attempt')
    .orderBy('id')
    .execute();
}

export async function insertCaseLink(db: DbOrTrx, row: Insertable<MedCaseLinkTable>): Promise<void> {
  await db.insertInto('medCaseLinks').values(row).execute();
}

export async function caseLinkExists(db: DbOrTrx, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom('medCaseLinks')
    .select('id')
    .where((eb) =>
      eb.or([eb.and([eb('caseId', '=', a), eb('linkedCaseId', '=', b)]), eb.and([eb('caseId', '=', b), eb('linkedCaseId', '=', a)])]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** Links where the case is either side, with both case numbers. */
export function listCaseLinks(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('medCaseLinks')
    .innerJoin('medCases as a', 'a.id', 'medCaseLinks.caseId')
    .innerJoin('medCases as b', 'b.id', 'medCaseLinks.linkedCaseId')
    .select([
      'medCaseLinks.id',
      'medCaseLinks.caseId',
      'a.caseNumber as caseNumber',
      'medCaseLinks.linkedCaseId',
      'b.caseNumber as linkedCaseNumber',
      'medCaseLinks.reason',
      'medCaseLinks.createdAt',
    ])
    .where((eb) => eb.or([eb('medCaseLinks.caseId', '=', caseId), eb('medCaseLinks.linkedCaseId', '=', caseId)]))
    .orderBy('medCaseLinks.createdAt')
    .execute();
}
