import type { Insertable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { AidFollowupTable, AidQualityReviewTable, AidSamplingDrawTable } from './casework-tables';

/** SQL of case-file reviews, follow-ups and sampling draws (法律援助法 第五十七条、第五十九条). */

export async function reviewsOf(db: DbOrTrx, caseId: string) {
  return db.selectFrom('aidQualityReviews').selectAll().where('caseId', '=', caseId).orderBy('id').execute();
}

export async function followupsOf(db: DbOrTrx, caseId: string) {
  return db.selectFrom('aidFollowups').selectAll().where('caseId', '=', caseId).orderBy('id').execute();
}

export async function insertReview(db: DbOrTrx, row: Insertable<AidQualityReviewTable>) {
  await db.insertInto('aidQualityReviews').values(row).execute();
}

export async function insertFollowup(db: DbOrTrx, row: Insertable<AidFollowupTable>) {
  await db.insertInto('aidFollowups').values(row).execute();
}

export async function portalRatingOf(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('aidFollowups')
    .select(['id', 'satisfaction'])
    .where('caseId', '=', caseId)
    .where('channel', '=', 'portal')
    .executeTakeFirst();
}

/**
 * The population of a draw: finished (closed or terminated) cases of the organisation's subtree whose
 * closing day lies in the period, optionally of one matter group; ids sorted ascending.
 */
export async function populationIds(
  db: DbOrTrx,
  q: { orgPath: string; from: string; to: string; matterKinds: readonly string[] | null },
): Promise<string[]> {
  let query = db
    .selectFrom('aidCases')
    .innerJoin('organisations', 'organisations.id', 'aidCases.orgId')
    .select('aidCases.id')
    .where('organisations.path', 'like', `${q.orgPath}%`)
    .where('aidCases.state', 'in', ['closed', 'terminated'])
    .where('aidCases.closedOn', '>=', q.from)
    .where('aidCases.closedOn', '<=', q.to);
  if (q.matterKinds) query = query.where('aidCases.matterKind', 'in', [...q.matterKinds]);
  return (await query.orderBy('aidCases.id').execute()).map((r) => r.id);
}

export async function insertDraw(db: DbOrTrx, row: Insertable<AidSamplingDrawTable>) {
  await db.insertInto('aidSamplingDraws').values(row).execute();
}

export async function findDrawInScope(db: DbOrTrx, actor: ScopedActor, id: string) {
  return db
    .selectFrom('aidSamplingDraws')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => inOrgScope(eb, actor, 'aidSamplingDraws.orgId'))
    .executeTakeFirst();
}

export async function listDraws(db: DbOrTrx, actor: ScopedActor, q: { page: number; pageSize: number }) {
  const scoped = db.selectFrom('aidSamplingDraws').where((eb) => inOrgScope(eb, actor, 'aidSamplingDraws.orgId'));
  const total = Number((await scoped.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await scoped
    .selectAll()
    .orderBy('drawnAt', 'desc')
    .orderBy('id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total };
}

export async function sampleCases(db: DbOrTrx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('aidCases')
    .select(['id', 'caseNumber', 'closedOn'])
    .where('id', 'in', [...ids])
    .execute();
}

export async function reviewedOfDraw(db: DbOrTrx, drawId: string) {
  return (await db.selectFrom('aidQualityReviews').select('caseId').where('drawId', '=', drawId).execute()).map((r) => r.caseId);
}
