import type { z } from 'zod';
import type { CitizenActor, RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { notFound } from '@tianping/server/http/errors';
import { closedCaseStates } from '../contract/enums';
import type {
  CitizenHandlingView,
  HandlingView,
  rateMediationSchema,
  recordFollowupSchema,
  recordPerformanceSchema,
} from '../contract/handling';
import { findCaseOfCitizen, listParties } from './case.repository';
import { presentCitizenHandling } from './handling.presenter';
import {
  auditCase,
  checkDate,
  createdBy,
  fixedCourtOf,
  handlingView,
  loadCase,
  medFail,
  requireState,
  todayOf,
  touchCase,
  windowOf,
} from './handling-steps';
import { findAgreement, insertFollowup, insertPerformance, loadHandlingRows } from './handling.repository';

/**
 * After the case: performance of the agreement (人民调解法 第三十一条: the committee checks and urges
 * it; 第三十二条: a dispute over performance may go to court), follow-up visits (回访) with
 * satisfaction, and the citizen's own view and rating in the portal.
 */

export async function recordPerformance(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: z.infer<typeof recordPerformanceSchema>,
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['succeeded']);
  const agreement = await findAgreement(k.db, c.id);
  if (!agreement) throw medFail('MED_NO_AGREEMENT');
  checkDate(k, input.checkedOn, 'checkedOn', agreement.effectiveOn);
  if (input.status === 'performed' && !input.performedOn) throw medFail('MED_PERFORMED_ON_REQUIRED', 'performedOn');
  if (input.performedOn) checkDate(k, input.performedOn, 'performedOn', agreement.reachedOn);
  const performanceId = newId();
  const row = await k.db.transaction().execute(async (trx) => {
    await insertPerformance(trx, {
      id: performanceId,
      caseId: c.id,
      status: input.status,
      checkedOn: input.checkedOn,
      performedOn: input.performedOn ?? null,
      note: input.note ?? null,
      createdBy: createdBy(actor),
      createdAt: k.clock.now().toISOString(),
    });
    await auditCase(k, trx, ctx, c, 'mediation.performance.record', { performanceId, ...input });
    return touchCase(k, trx, c);
  });
  return handlingView(k, actor, row);
}

export async function recordFollowup(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: z.infer<typeof recordFollowupSchema>,
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, closedCaseStates);
  checkDate(k, input.visitedOn, 'visitedOn', c.closedOn);
  if (input.partyId && !(await listParties(k.db, c.id)).some((p) => p.id === input.partyId)) throw medFail('MED_PARTY_UNKNOWN', 'partyId');
  const followupId = newId();
  const row = await k.db.transaction().execute(async (trx) => {
    await insertFollowup(trx, {
      id: followupId,
      caseId: c.id,
      visitedOn: input.visitedOn,
      way: input.way,
      result: input.result,
      satisfaction: input.satisfaction ?? null,
      partyId: input.partyId ?? null,
      citizenId: null,
      createdBy: createdBy(actor),
      createdAt: k.clock.now().toISOString(),
    });
    await auditCase(k, trx, ctx, c, 'mediation.followup.record', { followupId, ...input });
    return touchCase(k, trx, c);
  });
  return handlingView(k, actor, row);
}

async function citizenCase(k: Kernel, actor: CitizenActor, id: string) {
  const c = await findCaseOfCitizen(k.db, actor.citizenId, id);
  if (!c) throw notFound();
  return c;
}

export async function citizenHandling(k: Kernel, actor: CitizenActor, id: string): Promise<CitizenHandlingView> {
  const c = await citizenCase(k, actor, id);
  const [rows, parties] = await Promise.all([loadHandlingRows(k.db, c.id), listParties(k.db, c.id)]);
  const window = rows.agreement ? await windowOf(k.db, rows.agreement.effectiveOn) : null;
  return presentCitizenHandling({
    c,
    parties,
    rows,
    today: todayOf(k),
    window,
    fixedCourt: await fixedCourtOf(k.db, c),
    citizenId: actor.citizenId,
  });
}

/** The citizen rates the service once the case has ended (one rating per citizen and case). */
export async function rateMediation(
  k: Kernel,
  ctx: RequestContext,
  actor: CitizenActor,
  id: string,
  input: z.infer<typeof rateMediationSchema>,
): Promise<CitizenHandlingView> {
  const c = await citizenCase(k, actor, id);
  const view = await citizenHandling(k, actor, id);
  if (!view.abilities.canRate) throw medFail('MED_RATING_NOT_OPEN');
  const party = (await listParties(k.db, c.id)).find((p) => p.citizenId === actor.citizenId);
  const followupId = newId();
  await k.db.transaction().execute(async (trx) => {
    await insertFollowup(trx, {
      id: followupId,
      caseId: c.id,
      visitedOn: todayOf(k),
      way: 'portal',
      result: input.comment ?? null,
      satisfaction: input.rating,
      partyId: party?.id ?? null,
      citizenId: actor.citizenId,
      createdBy: 'citizen',
      createdAt: k.clock.now().toISOString(),
    });
    await auditCase(k, trx, ctx, c, 'mediation.satisfaction.rate', { followupId, rating: input.rating, comment: input.comment ?? null });
    await touchCase(k, trx, c);
  });
  return citizenHandling(k, actor, id);
}
