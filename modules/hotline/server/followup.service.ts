import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { fail, notFound } from '@tianping/server/http/errors';
import { hotlineErrors } from '../contract/errors';
import type { FollowUpListQuery, FollowUpRecordBody, FollowUpView } from '../contract/followup';
import { reopensTicket } from '../domain/followup-sample';
import { handlingScope } from './handling.repository';
import { reopenInTrx } from './ticket-close.service';
import { categoryZh, maskedPhone } from './ticket.presenter';
import { findTicketById } from './ticket.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii'>;

export function followUpQuery(k: Pick<Kernel, 'db'>, actor: ScopedActor) {
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
export type FollowUpRow = Awaited<ReturnType<ReturnType<typeof followUpQuery>['execute']>>[number];

export function followUpView(pii: Pick<Kernel['pii'], 'decrypt'>, r: FollowUpRow): FollowUpView {
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
