import type { z } from 'zod';
import type { CitizenActor, RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { notFound } from '@tianping/server/http/errors';
import type { followupCreateSchema, QualityView, qualityReviewCreateSchema } from '../contract/quality';
import { caseFileRubric, scoreReview } from '../domain/quality';
import { findCaseOfCitizen, type CaseRow } from './case.repository';
import { aidFail, auditCase, createdBy, loadCase, notBefore, notInFuture, nowIso, requireState, today } from './casework-support';
import { presentFollowup, presentReview } from './quality.presenter';
import { findDrawInScope, followupsOf, insertFollowup, insertReview, portalRatingOf, reviewsOf } from './quality.repository';

/**
 * Service quality (法律援助法 第五十七条、第五十九条): case-file review (案卷评查) with the rubric of
 * domain/quality.ts (a local rule), follow-up calls (回访) and satisfaction, also rated by the recipient in
 * the portal (once per case). Only finished cases (closed or terminated) are reviewed and rated.
 */

const finished = ['closed', 'terminated'];

export const rubricView = () => ({
  version: caseFileRubric.version,
  items: caseFileRubric.items.map((i) => ({ ...i })),
  grades: caseFileRubric.grades.map((g) => ({ ...g })),
  note: {
    zh: '评查标准为本地规则（法律未规定具体分值），可按市司法局质量标准调整',
    en: 'The rubric is a local rule (the law sets no points) and can follow the bureau’s quality standard',
    article: '法律援助法 第五十七条、第五十九条',
  },
});

async function qualityView(k: Kernel, actor: ScopedActor, c: CaseRow): Promise<QualityView> {
  const [reviews, followups] = await Promise.all([reviewsOf(k.db, c.id), followupsOf(k.db, c.id)]);
  const can = finished.includes(c.state) && actor.permissions.has('legalAid.quality.manage');
  return {
    caseId: c.id,
    reviews: reviews.map(presentReview),
    followups: followups.map(presentFollowup),
    abilities: { canReview: can, canFollowUp: can },
  };
}

export async function getQuality(k: Kernel, actor: ScopedActor, id: string) {
  return qualityView(k, actor, await loadCase(k.db, actor, id));
}

export async function reviewCaseFile(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: z.infer<typeof qualityReviewCreateSchema>,
) {
  const c = await loadCase(k.db, actor, id);
  requireState(c, finished, 'AID_CASE_NOT_CLOSED');
  notInFuture(k, input.reviewedOn, 'reviewedOn');
  notBefore(input.reviewedOn, c.closedOn, 'reviewedOn');
  const scored = scoreReview(caseFileRubric, input.scores);
  if (!scored.ok) throw aidFail('AID_QUALITY_SCORE_INVALID', scored.field);
  if (input.drawId) {
    const draw = await findDrawInScope(k.db, actor, input.drawId);
    if (!draw || !(JSON.parse(draw.sampleIds) as string[]).includes(c.id)) throw notFound();
  }
  const row = {
    id: newId(),
    caseId: c.id,
    orgId: c.orgId,
    drawId: input.drawId ?? null,
    rubricVersion: caseFileRubric.version,
    scores: JSON.stringify(input.scores),
    total: scored.total,
    grade: scored.grade,
    comments: input.comments ?? null,
    reviewedOn: input.reviewedOn,
    reviewedBy: createdBy(actor),
    createdAt: nowIso(k),
  };
  await k.db.transaction().execute(async (trx) => {
    await insertReview(trx, row);
    await auditCase(k, trx, ctx, c, 'legalAid.quality.review', {
      reviewId: row.id,
      total: row.total,
      grade: row.grade,
      drawId: row.drawId,
    });
  });
  return qualityView(k, actor, c);
}

export async function recordFollowup(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: z.infer<typeof followupCreateSchema>,
) {
  const c = await loadCase(k.db, actor, id);
  requireState(c, finished, 'AID_CASE_NOT_CLOSED');
  notInFuture(k, input.contactedOn, 'contactedOn');
  const row = {
    id: newId(),
    caseId: c.id,
    orgId: c.orgId,
    channel: input.channel,
    contactedOn: input.contactedOn,
    reached: input.reached ? (1 as const) : (0 as const),
    satisfaction: input.reached ? (input.satisfaction ?? null) : null,
    comment: input.comment ?? null,
    recordedBy: createdBy(actor),
    createdAt: nowIso(k),
  };
  await k.db.transaction().execute(async (trx) => {
    await insertFollowup(trx, row);
    await auditCase(k, trx, ctx, c, 'legalAid.quality.followup', {
      followupId: row.id,
      channel: row.channel,
      reached: input.reached,
      satisfaction: row.satisfaction,
    });
  });
  return qualityView(k, actor, c);
}

/** The recipient rates the service in the portal, once per finished case. */
export async function rateService(
  k: Kernel,
  ctx: RequestContext,
  citizen: CitizenActor,
  id: string,
  input: { rating: number; comment?: string },
) {
  const c = await findCaseOfCitizen(k.db, citizen.citizenId, id);
  if (!c) throw notFound();
  requireState(c, finished, 'AID_CASE_NOT_CLOSED');
  if (await portalRatingOf(k.db, c.id)) throw aidFail('AID_SATISFACTION_ALREADY_RATED', 'rating');
  const row = {
    id: newId(),
    caseId: c.id,
    orgId: c.orgId,
    channel: 'portal',
    contactedOn: today(k),
    reached: 1 as const,
    satisfaction: input.rating,
    comment: input.comment ?? null,
    recordedBy: citizen.citizenId,
    createdAt: nowIso(k),
  };
  await k.db.transaction().execute(async (trx) => {
    await insertFollowup(trx, row);
    await auditCase(k, trx, ctx, c, 'legalAid.quality.rate', { followupId: row.id, satisfaction: input.rating });
  });
  return presentFollowup(row);
}
