import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import type { CallbackCompleteBody, CallbackCreateBody, CallbackListQuery, CallbackView } from '../contract/callback';
import { hotlineErrors } from '../contract/errors';
import { canScheduleCallback } from './handling.policy';
import { callbackView, canCompleteCallback } from './handling.presenter';
import { callbackQuery } from './handling.repository';
import { readHotlineSettings } from './settings';
import { findTicketById, findTicketInScope, updateTicket } from './ticket.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock'>;

const MAX_AHEAD_MS = 30 * 86_400_000;

/** The assignee: the actor, or an active agent holding a role at the ticket's centre. */
async function assigneeFor(k: Services, actor: ScopedActor & { kind: 'staff' }, orgId: string, userId: string | undefined) {
  if (!userId || userId === actor.userId) return actor.userId;
  const held = await k.db
    .selectFrom('userRoles')
    .innerJoin('users', 'users.id', 'userRoles.userId')
    .innerJoin('rolePermissions', 'rolePermissions.roleId', 'userRoles.roleId')
    .select('users.id')
    .where('userRoles.userId', '=', userId)
    .where('userRoles.orgId', '=', orgId)
    .where('users.active', '=', 1)
    .where('rolePermissions.permission', '=', 'hotline.ticket.handle')
    .executeTakeFirst();
  if (!held) throw fail(hotlineErrors, 'HOTLINE_CALLBACK_ASSIGNEE_INVALID', { field: 'assigneeUserId' });
  return userId;
}

/**
 * Promises a callback (回拨): due at `dueAt` or after `callbackDueHours` (LOCAL setting); the ticket
 * becomes `callbackPending`; the assignee sees it in GET /api/hotline/callbacks?mine=true.
 */
export async function scheduleCallback(k: Services, ctx: RequestContext, actor: ScopedActor, ticketId: string, body: CallbackCreateBody) {
  if (actor.kind !== 'staff') throw notFound();
  const t = await findTicketInScope(k.db, actor, ticketId);
  if (!t) throw notFound();
  if (!t.callerPhoneEnc) throw fail(hotlineErrors, 'HOTLINE_CALLBACK_NO_PHONE', { field: 'ticketId' });
  if (!canScheduleCallback(actor, t)) throw fail(hotlineErrors, 'HOTLINE_CALLBACK_NOT_ALLOWED', { field: 'state' });
  const now = k.clock.now();
  const { callbackDueHours } = await readHotlineSettings(k.db);
  const due = body.dueAt ? Date.parse(body.dueAt) : now.getTime() + callbackDueHours * 3_600_000;
  if (due <= now.getTime() || due > now.getTime() + MAX_AHEAD_MS)
    throw fail(hotlineErrors, 'HOTLINE_CALLBACK_DUE_INVALID', { field: 'dueAt' });
  const assignee = await assigneeFor(k, actor, t.orgId, body.assigneeUserId);
  const id = newId();
  await k.db.transaction().execute(async (trx) => {
    const row = {
      id,
      ticketId: t.id,
      orgId: t.orgId,
      assigneeUserId: assignee,
      reason: body.reason,
      dueAt: new Date(due).toISOString(),
      state: 'pending',
      outcome: null,
      note: null,
      completedAt: null,
      completedBy: null,
      overdueNotified: 0,
      createdBy: actor.userId,
      createdAt: now.toISOString(),
    };
    await trx.insertInto('hlCallbacks').values(row).execute();
    if (!(await updateTicket(trx, t.id, t.version, { state: 'callbackPending', updatedAt: now.toISOString() })))
      throw conflict({ field: 'version' });
    await k.audit.record(trx, ctx, {
      action: 'hotline.callback.schedule',
      entityType: 'hlTicket',
      entityId: t.id,
      orgId: t.orgId,
      before: { state: t.state },
      after: { callbackId: id, dueAt: row.dueAt, assigneeUserId: assignee, state: 'callbackPending' },
    });
  });
  return getCallback(k, actor, id);
}

export async function getCallback(k: Pick<Kernel, 'db' | 'clock'>, actor: ScopedActor, id: string): Promise<CallbackView> {
  const c = await callbackQuery(k.db, actor).where('hlCallbacks.id', '=', id).executeTakeFirst();
  if (!c) throw notFound();
  return callbackView(actor, c, k.clock.now());
}

/**
 * Records the callback's outcome (reached → done; no answer or wrong number → failed). When no other
 * callback of the ticket is pending, the ticket returns from `callbackPending` to answered (or open
 * without an answer).
 */
export async function completeCallback(k: Services, ctx: RequestContext, actor: ScopedActor, id: string, body: CallbackCompleteBody) {
  await k.db.transaction().execute(async (trx) => {
    const c = await callbackQuery(trx, actor).where('hlCallbacks.id', '=', id).executeTakeFirst();
    if (!c) throw notFound();
    if (c.state !== 'pending') throw fail(hotlineErrors, 'HOTLINE_CALLBACK_DONE', { field: 'outcome' });
    if (!canCompleteCallback(actor, c) || actor.kind !== 'staff') throw notFound();
    const now = k.clock.now().toISOString();
    const state = body.outcome === 'reached' ? 'done' : 'failed';
    const done = await trx
      .updateTable('hlCallbacks')
      .set({ state, outcome: body.outcome, note: body.note, completedAt: now, completedBy: actor.userId })
      .where('id', '=', c.id)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw fail(hotlineErrors, 'HOTLINE_CALLBACK_DONE', { field: 'outcome' });
    const t = (await findTicketById(trx, c.ticketId))!;
    const others = await trx
      .selectFrom('hlCallbacks')
      .select('id')
      .where('ticketId', '=', t.id)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    const ticketState = t.state === 'callbackPending' && !others ? (t.answer ? 'answered' : 'open') : t.state;
    if (ticketState !== t.state && !(await updateTicket(trx, t.id, t.version, { state: ticketState, updatedAt: now })))
      throw conflict({ field: 'version' });
    await k.audit.record(trx, ctx, {
      action: 'hotline.callback.complete',
      entityType: 'hlTicket',
      entityId: t.id,
      orgId: t.orgId,
      before: { callbackId: c.id, state: 'pending', ticketState: t.state },
      after: { callbackId: c.id, state, outcome: body.outcome, late: Date.parse(now) > Date.parse(c.dueAt), ticketState },
    });
  });
  return getCallback(k, actor, id);
}

/** GET /api/hotline/callbacks: the callbacks of the centres in scope; `mine` the actor's todo; `overdue`. */
export async function listCallbacks(k: Pick<Kernel, 'db' | 'clock'>, actor: ScopedActor, q: CallbackListQuery) {
  const now = k.clock.now();
  let base = callbackQuery(k.db, actor);
  if (q.state) base = base.where('hlCallbacks.state', '=', q.state);
  if (q.mine === 'true' && actor.kind === 'staff') base = base.where('hlCallbacks.assigneeUserId', '=', actor.userId);
  if (q.overdue === 'true') base = base.where('hlCallbacks.state', '=', 'pending').where('hlCallbacks.dueAt', '<', now.toISOString());
  if (q.overdue === 'false')
    base = base.where((eb) => eb.or([eb('hlCallbacks.state', '!=', 'pending'), eb('hlCallbacks.dueAt', '>=', now.toISOString())]));
  const total = await base
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .orderBy('hlCallbacks.dueAt', 'asc')
    .orderBy('hlCallbacks.id', 'asc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map((c) => callbackView(actor, c, now)), total: Number(total.n), page: q.page, pageSize: q.pageSize };
}
