import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { fail, notFound } from '@tianping/server/http/errors';
import { inOrgScope } from '@tianping/server/access/scope';
import { findOrgInScope } from '@tianping/server/org/org.repository';
import { shiftLabels, type SeatRole, type Shift } from '../contract/enums';
import { hotlineErrors } from '../contract/errors';
import type { EligibleStaff, RosterBody, RosterRangeQuery, RosterView, WorkloadItem } from '../contract/rosters';
import { beijingDayStart, daysInclusive } from './dates';
import { centreTypes } from './ticket.service';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock'>;

/** At most one year per query (rosters and workload). */
function checkRange(q: { from: string; to: string }) {
  if (q.to < q.from || daysInclusive(q.from, q.to) > 366) throw fail(hotlineErrors, 'HOTLINE_DATE_RANGE_INVALID', { field: 'to' });
}

async function rosterRows(db: DbOrTrx, actor: ScopedActor, q: RosterRangeQuery, id?: string) {
  return db
    .selectFrom('hlRosters')
    .innerJoin('organisations', 'organisations.id', 'hlRosters.orgId')
    .innerJoin('users', 'users.id', 'hlRosters.userId')
    .selectAll('hlRosters')
    .select(['organisations.name as orgName', 'users.displayName'])
    .where((eb) => inOrgScope(eb, actor, 'hlRosters.orgId'))
    .$if(!!id, (b) => b.where('hlRosters.id', '=', id!))
    .$if(!id, (b) => b.where('hlRosters.dutyDate', '>=', q.from).where('hlRosters.dutyDate', '<=', q.to))
    .$if(!!q.orgId, (b) => b.where('hlRosters.orgId', '=', q.orgId!))
    .orderBy('hlRosters.dutyDate')
    .orderBy('hlRosters.shift')
    .orderBy('users.displayName')
    .execute();
}

type RosterRow = Awaited<ReturnType<typeof rosterRows>>[number];

function rosterView(r: RosterRow): RosterView {
  const s = shiftLabels[r.shift as Shift];
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    userId: r.userId,
    displayName: r.displayName,
    dutyDate: r.dutyDate,
    shift: r.shift as Shift,
    shiftZh: s.zh,
    from: s.from,
    to: s.to,
    seatRole: r.seatRole as SeatRole,
    seat: r.seat,
    note: r.note,
  };
}

/** GET /api/hotline/rosters — the duty rota of the centres in scope for a date range. */
export async function listRosters(k: Pick<Kernel, 'db'>, actor: ScopedActor, q: RosterRangeQuery) {
  checkRange(q);
  return { items: (await rosterRows(k.db, actor, q)).map(rosterView) };
}

/** Permissions of the people who staff the seats: hotline agents and consultation lawyers. */
const seatPermissions = ['hotline.ticket.handle', 'hotline.consultation.answer'];

/**
 * GET /api/hotline/rosters/eligible-staff — active people holding, at a centre in the actor's scope (or
 * the one named), a role with the hotline agent or lawyer permissions; one row per person and centre.
 */
export async function eligibleStaff(k: Pick<Kernel, 'db'>, actor: ScopedActor, q: { orgId?: string }): Promise<EligibleStaff> {
  const rows = await k.db
    .selectFrom('userRoles')
    .innerJoin('rolePermissions', 'rolePermissions.roleId', 'userRoles.roleId')
    .innerJoin('users', 'users.id', 'userRoles.userId')
    .innerJoin('organisations', 'organisations.id', 'userRoles.orgId')
    .select(['users.id', 'users.displayName as name', 'organisations.id as orgId', 'organisations.name as orgName'])
    .where('rolePermissions.permission', 'in', seatPermissions)
    .where('users.active', '=', 1)
    .where('organisations.active', '=', 1)
    .where('organisations.type', 'in', centreTypes)
    .where((eb) => inOrgScope(eb, actor, 'userRoles.orgId'))
    .$if(!!q.orgId, (b) => b.where('userRoles.orgId', '=', q.orgId!))
    .distinct()
    .orderBy('organisations.name')
    .orderBy('users.displayName')
    .orderBy('users.id')
    .limit(1000)
    .execute();
  return { items: rows };
}

/**
 * POST /api/hotline/rosters — puts a person holding a role at the centre on a shift (supervisor).
 * The same person twice on one shift of one day → 409; audited.
 */
export async function addRoster(k: Services, ctx: RequestContext, actor: ScopedActor, body: RosterBody): Promise<RosterView> {
  const id = newId();
  await k.db.transaction().execute(async (trx) => {
    const org = await findOrgInScope(trx, actor, body.orgId ?? actor.orgId);
    if (!org || org.active !== 1 || !(centreTypes as readonly string[]).includes(org.type))
      throw fail(hotlineErrors, 'HOTLINE_CENTRE_INVALID', { field: 'orgId' });
    const holds = await trx
      .selectFrom('userRoles')
      .innerJoin('users', 'users.id', 'userRoles.userId')
      .select('userRoles.id')
      .where('userRoles.userId', '=', body.userId)
      .where('userRoles.orgId', '=', org.id)
      .where('users.active', '=', 1)
      .executeTakeFirst();
    if (!holds) throw fail(hotlineErrors, 'HOTLINE_ROSTER_USER_INVALID', { field: 'userId' });
    const dup = await trx
      .selectFrom('hlRosters')
      .select('id')
      .where('userId', '=', body.userId)
      .where('dutyDate', '=', body.dutyDate)
      .where('shift', '=', body.shift)
      .executeTakeFirst();
    if (dup) throw fail(hotlineErrors, 'HOTLINE_ROSTER_DUPLICATE', { field: 'shift' });
    const row = {
      id,
      orgId: org.id,
      userId: body.userId,
      dutyDate: body.dutyDate,
      shift: body.shift,
      seatRole: body.seatRole,
      seat: body.seat ?? null,
      note: body.note ?? null,
      createdBy: actor.kind === 'staff' ? actor.userId : null,
      createdAt: k.clock.now().toISOString(),
    };
    await trx.insertInto('hlRosters').values(row).execute();
    await k.audit.record(trx, ctx, { action: 'hotline.roster.add', entityType: 'hlRoster', entityId: id, orgId: org.id, after: row });
  });
  const [row] = await rosterRows(k.db, actor, { from: '', to: '' }, id);
  return rosterView(row!);
}

/** DELETE /api/hotline/rosters/:id — takes a shift off the rota (404 outside scope); audited. */
export async function removeRoster(k: Services, ctx: RequestContext, actor: ScopedActor, id: string): Promise<void> {
  await k.db.transaction().execute(async (trx) => {
    const [row] = await rosterRows(trx, actor, { from: '', to: '' }, id);
    if (!row) throw notFound();
    await trx.deleteFrom('hlRosters').where('id', '=', id).execute();
    await k.audit.record(trx, ctx, {
      action: 'hotline.roster.remove',
      entityType: 'hlRoster',
      entityId: id,
      orgId: row.orgId,
      before: { userId: row.userId, dutyDate: row.dutyDate, shift: row.shift, seatRole: row.seatRole },
    });
  });
}

/**
 * GET /api/hotline/rosters/workload — per person at the centres in scope: shifts on the rota,
 * tickets they answered, calls they took and the talk time, in the date range (Beijing days).
 */
export async function workload(k: Pick<Kernel, 'db'>, actor: ScopedActor, q: RosterRangeQuery) {
  checkRange(q);
  const start = beijingDayStart(q.from);
  const end = beijingDayStart(q.to, 1);
  const shifts = await k.db
    .selectFrom('hlRosters')
    .select(['userId', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => inOrgScope(eb, actor, 'hlRosters.orgId'))
    .$if(!!q.orgId, (b) => b.where('orgId', '=', q.orgId!))
    .where('dutyDate', '>=', q.from)
    .where('dutyDate', '<=', q.to)
    .groupBy('userId')
    .execute();
  const tickets = await k.db
    .selectFrom('hlTickets')
    .select(['answeredBy', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => inOrgScope(eb, actor, 'hlTickets.orgId'))
    .$if(!!q.orgId, (b) => b.where('orgId', '=', q.orgId!))
    .where('answeredBy', 'is not', null)
    .where('createdAt', '>=', start)
    .where('createdAt', '<', end)
    .groupBy('answeredBy')
    .execute();
  // Calls of the centres in scope, and calls a city switch routed to agents of those centres.
  const calls = await k.db
    .selectFrom('hlCalls')
    .innerJoin('users', 'users.id', 'hlCalls.agentUserId')
    .select(['hlCalls.agentUserId', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('hlCalls.talkSeconds').as('talk')])
    .where((eb) => eb.or([inOrgScope(eb, actor, 'hlCalls.orgId'), inOrgScope(eb, actor, 'users.orgId')]))
    .$if(!!q.orgId, (b) => b.where((eb) => eb.or([eb('hlCalls.orgId', '=', q.orgId!), eb('users.orgId', '=', q.orgId!)])))
    .where('hlCalls.answeredAt', '>=', start)
    .where('hlCalls.answeredAt', '<', end)
    .groupBy('hlCalls.agentUserId')
    .execute();
  const byUser = new Map<string, Omit<WorkloadItem, 'userId' | 'displayName' | 'averageTalkSeconds'>>();
  const get = (id: string) => byUser.get(id) ?? byUser.set(id, { shifts: 0, tickets: 0, calls: 0, talkSeconds: 0 }).get(id)!;
  for (const r of shifts) get(r.userId).shifts = Number(r.n);
  for (const r of tickets) get(r.answeredBy!).tickets = Number(r.n);
  for (const r of calls) {
    const w = get(r.agentUserId!);
    w.calls = Number(r.n);
    w.talkSeconds = Number(r.talk ?? 0);
  }
  const ids = [...byUser.keys()];
  const names = ids.length ? await k.db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', ids).execute() : [];
  const nameOf = new Map(names.map((n) => [n.id, n.displayName]));
  const items: WorkloadItem[] = ids
    .map((id) => {
      const w = byUser.get(id)!;
      return {
        userId: id,
        displayName: nameOf.get(id) ?? id,
        ...w,
        averageTalkSeconds: w.calls ? Math.round(w.talkSeconds / w.calls) : null,
      };
    })
    .sort((a, b) => b.tickets - a.tickets || b.calls - a.calls || a.displayName.localeCompare(b.displayName, 'zh'));
  return { from: q.from, to: q.to, items };
}
