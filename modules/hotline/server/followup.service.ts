import { createHash } from 'node:crypto';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { fail, notFound } from '@tianping/server/http/errors';
import { findOrgInScope } from '@tianping/server/org/org.repository';
import { hotlineErrors } from '../contract/errors';
import type { FollowUpDraw, FollowUpDrawBody, FollowUpListQuery, FollowUpRecordBody, FollowUpView } from '../contract/followup';
import { drawFollowUpSample, followUpSampleSize, followUpSeed, followUpSteps, reopensTicket } from '../domain/followup-sample';
import { beijingDayStart, daysInclusive } from './dates';
import { handlingScope } from './handling.repository';
import { reopenInTrx } from './ticket-close.service';
import { categoryZh, maskedPhone } from './ticket.presenter';
import { findTicketById, ticketScope } from './ticket.repository';
import { readHotlineSettings } from './settings';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii'>;
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

function followUpQuery(k: Pick<Kernel, 'db'>, actor: ScopedActor) {
  return k.db
    .selectFrom('hlFollowups')
    .innerJoin('hlTickets', 'hlTickets.id', 'hlFollowups.ticketId')
    .innerJoin('organisations', 'organisations.id', 'hlFollowups.orgId')
    .selectAll('hlFollowups')
    .select([
      'hlTickets.number as ticketNumber',
      'hlTickets.category',
      'hlTickets.subCategory',
      'hlTickets.callerPhoneEnc',
      'hlTickets.closedAt',
      'organisations.name as orgName',
    ])
    .where((eb) => handlingScope(eb, actor, 'hlFollowups.orgId'));
}
type FollowUpRow = Awaited<ReturnType<ReturnType<typeof followUpQuery>['execute']>>[number];

function followUpView(pii: Pick<Kernel['pii'], 'decrypt'>, r: FollowUpRow): FollowUpView {
  const shown = r.subCategory ?? r.category;
  return {
    id: r.id,
    drawId: r.drawId,
    ticketId: r.ticketId,
    ticketNumber: r.ticketNumber,
    orgId: r.orgId,
    orgName: r.orgName,
    category: shown,
    categoryZh: categoryZh(shown),
    callerPhoneMasked: maskedPhone(pii, r.callerPhoneEnc),
    closedAt: r.closedAt,
    state: r.state as FollowUpView['state'],
    reached: r.reached === null ? null : r.reached === 1,
    satisfaction: r.satisfaction as FollowUpView['satisfaction'],
    note: r.note,
    recordedAt: r.recordedAt,
  };
}

/**
 * POST /api/hotline/followups/draw: a reproducible sample (domain/followup-sample.ts) of the tickets
 * closed from `from` to `to` (Beijing days) at the centres in scope (or the one named), `percent` or the
 * LOCAL setting `followUpSamplePercent`; the draw and one pending follow-up per sampled ticket recorded.
 */
export async function drawFollowUps(k: Services, ctx: RequestContext, actor: ScopedActor, body: FollowUpDrawBody): Promise<FollowUpDraw> {
  if (body.to < body.from || daysInclusive(body.from, body.to) > 366)
    throw fail(hotlineErrors, 'HOTLINE_DATE_RANGE_INVALID', { field: 'to' });
  const org = body.orgId ? await findOrgInScope(k.db, actor, body.orgId) : undefined;
  if (body.orgId && !org) throw fail(hotlineErrors, 'HOTLINE_CENTRE_INVALID', { field: 'orgId' });
  const percent = body.percent ?? (await readHotlineSettings(k.db)).followUpSamplePercent;
  let q = k.db
    .selectFrom('hlTickets')
    .select(['hlTickets.id', 'hlTickets.orgId'])
    .where('hlTickets.state', '=', 'closed')
    .where('hlTickets.closedAt', '>=', beijingDayStart(body.from))
    .where('hlTickets.closedAt', '<', beijingDayStart(body.to, 1))
    .where((eb) => ticketScope(eb, actor));
  if (org) q = q.where('hlTickets.orgId', '=', org.id);
  const population = await q.execute();
  if (population.length === 0) throw fail(hotlineErrors, 'HOTLINE_FOLLOWUP_EMPTY', { field: 'from' });
  const drawnAt = k.clock.now().toISOString();
  const publishedValue = body.publishedValue ?? drawnAt;
  const seed = followUpSeed(publishedValue, drawnAt, sha256);
  const sample = drawFollowUpSample(
    population.map((p) => p.id),
    seed,
    followUpSampleSize(population.length, percent),
    sha256,
  );
  const orgOf = new Map(population.map((p) => [p.id, p.orgId]));
  const drawId = newId();
  await k.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('hlFollowupDraws')
      .values({
        id: drawId,
        orgId: org?.id ?? actor.orgId,
        fromDate: body.from,
        toDate: body.to,
        percent,
        publishedValue,
        drawnAt,
        seed,
        populationCount: population.length,
        sampleIds: JSON.stringify(sample),
        drawnBy: actor.kind === 'staff' ? actor.userId : null,
      })
      .execute();
    const rows = sample.map((ticketId) => ({
      id: newId(),
      drawId,
      ticketId,
      orgId: orgOf.get(ticketId)!,
      state: 'pending',
      createdAt: drawnAt,
    }));
    for (let i = 0; i < rows.length; i += 200)
      await trx
        .insertInto('hlFollowups')
        .values(rows.slice(i, i + 200))
        .execute();
    await k.audit.record(trx, ctx, {
      action: 'hotline.followup.draw',
      entityType: 'hlFollowupDraw',
      entityId: drawId,
      orgId: org?.id ?? actor.orgId,
      after: {
        from: body.from,
        to: body.to,
        percent,
        publishedValue,
        drawnAt,
        seed,
        populationCount: population.length,
        sampleIds: sample,
      },
    });
  });
  const items = await followUpQuery(k, actor).where('hlFollowups.drawId', '=', drawId).execute();
  const order = new Map(sample.map((id, i) => [id, i]));
  items.sort((a, b) => order.get(a.ticketId)! - order.get(b.ticketId)!);
  return {
    drawId,
    seed,
    publishedValue,
    drawnAt,
    populationCount: population.length,
    percent,
    items: items.map((r) => followUpView(k.pii, r)),
    steps: { zh: [...followUpSteps.zh], en: [...followUpSteps.en] },
  };
}

export async function listFollowUps(k: Pick<Kernel, 'db' | 'pii'>, actor: ScopedActor, q: FollowUpListQuery) {
  let base = followUpQuery(k, actor);
  if (q.state) base = base.where('hlFollowups.state', '=', q.state);
  if (q.drawId) base = base.where('hlFollowups.drawId', '=', q.drawId);
  const total = await base
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .orderBy('hlFollowups.createdAt', 'desc')
    .orderBy('hlFollowups.id', 'asc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map((r) => followUpView(k.pii, r)), total: Number(total.n), page: q.page, pageSize: q.pageSize };
}

/**
 * Records a follow-up visit once: reached (with the satisfaction) or not; a dissatisfied answer
 * reopens the closed ticket to the supervisors, like the survey.
 */
export async function recordFollowUp(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  body: FollowUpRecordBody,
): Promise<FollowUpView> {
  if (body.reached && !body.satisfaction) throw fail(hotlineErrors, 'HOTLINE_FOLLOWUP_SATISFACTION_REQUIRED', { field: 'satisfaction' });
  await k.db.transaction().execute(async (trx) => {
    const f = await followUpQuery({ db: trx } as Pick<Kernel, 'db'>, actor)
      .where('hlFollowups.id', '=', id)
      .executeTakeFirst();
    if (!f) throw notFound();
    if (f.state !== 'pending') throw fail(hotlineErrors, 'HOTLINE_FOLLOWUP_RECORDED', { field: 'reached' });
    const now = k.clock.now().toISOString();
    const satisfaction = body.reached ? (body.satisfaction ?? null) : null;
    const done = await trx
      .updateTable('hlFollowups')
      .set({
        state: body.reached ? 'done' : 'unreached',
        reached: body.reached ? 1 : 0,
        satisfaction,
        note: body.note,
        recordedBy: actor.kind === 'staff' ? actor.userId : null,
        recordedAt: now,
      })
      .where('id', '=', f.id)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw fail(hotlineErrors, 'HOTLINE_FOLLOWUP_RECORDED', { field: 'reached' });
    const t = (await findTicketById(trx, f.ticketId))!;
    const reopen = reopensTicket(satisfaction) && t.state === 'closed';
    if (reopen) await reopenInTrx(k, trx, t, { reasonZh: '回访不满意', reasonEn: 'dissatisfied at the follow-up visit' });
    await k.audit.record(trx, ctx, {
      action: 'hotline.followup.record',
      entityType: 'hlTicket',
      entityId: t.id,
      orgId: t.orgId,
      after: { followUpId: f.id, reached: body.reached, satisfaction, reopened: reopen },
    });
  });
  const r = await followUpQuery(k, actor).where('hlFollowups.id', '=', id).executeTakeFirstOrThrow();
  return followUpView(k.pii, r);
}
