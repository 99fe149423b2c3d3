import { addDays, localDateAt } from '@tianping/common/calendar/index';
import { maskMobile } from '@tianping/common/validation/phone';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { notify } from '@tianping/server/notifications/notification.service';
import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import type { Insertable } from 'kysely';
import { topCategoryOf } from '../contract/enums';
import { planAftercare, type DemoTicket } from './seed-demo-activity-care';
import { beijing, demoGen, setCounters, type DemoGen, type DemoPeople, type DemoPlaces } from './seed-demo-activity.support';
import { abandonShare, callerSurnames, callsOfDay, drawHour, drawTalk, drawWait, pick, questionBank, rng } from './seed-demo-activity.plan';
import { hotlineSupervisorsOf } from './supervisors';
import type { HlCallEventTable, HlCallTable } from './tables';
import type { TicketRow } from './ticket.repository';

/**
 * The demo activity of the 12348 hotline (first start of a non-production instance): the last 35
 * days up to now (the real clock) at the 河西 legal service centre and the city 12348 centre — calls
 * with their events (offered → answered → ended, a few abandoned) at realistic hours, a ticket for
 * every answered call, walk-ins, station visits and online contacts, then the aftercare (transfers,
 * callbacks, surveys, follow-ups, rosters: seed-demo-activity-care.ts). Rows are written in bulk
 * exactly as the services write them (no audit rows: an import of history), in a few hundred
 * milliseconds. Idempotent: nothing is written once any ticket exists.
 */

const DAYS = 35;
const MIN = 60_000;

async function places(trx: Trx, kernel: Kernel): Promise<DemoPlaces | null> {
  const codes = demoOrgCodes(kernel.config.cityCode);
  const org = (code: string) =>
    trx.selectFrom('organisations').select(['id', 'name', 'shortName', 'code']).where('code', '=', code).executeTakeFirst();
  const centre = await org(codes.legalServiceCentre('120103'));
  const city = await org(codes.cityBureau);
  if (!centre || !city) return null;
  const station = await trx
    .selectFrom('organisations')
    .select(['id', 'name', 'shortName', 'code'])
    .where('type', '=', 'justiceOffice')
    .where('regionCode', 'like', '120103%')
    .orderBy('code')
    .executeTakeFirst();
  return { centre, city, station: station ?? null, notary: (await org(codes.notaryOffice('120103')))?.id ?? null };
}

async function people(trx: Trx): Promise<DemoPeople | null> {
  const names = ['hexi.agent', 'hexi.lawyer', 'city.agent', 'city.lawyer', 'city.hotline'];
  const rows = await trx.selectFrom('users').select(['id', 'username']).where('username', 'in', names).execute();
  const id = new Map(rows.map((u) => [u.username, u.id]));
  if (names.some((n) => !id.has(n))) return null;
  return {
    hexiAgent: id.get('hexi.agent')!,
    hexiLawyer: id.get('hexi.lawyer')!,
    cityAgent: id.get('city.agent')!,
    cityLawyer: id.get('city.lawyer')!,
    supervisor: id.get('city.hotline')!,
  };
}

export interface DemoRows {
  calls: Insertable<HlCallTable>[];
  events: Insertable<HlCallEventTable>[];
  tickets: DemoTicket[];
}

/** Calls of one centre and the tickets of the answered ones. */
function planCalls(
  g: DemoGen,
  out: DemoRows,
  r: () => number,
  o: { orgId: string; base: number; queue: string; prefix: string; agents: [string, string]; usernames: [string, string]; now: Date },
) {
  const today = localDateAt(o.now);
  const phones = Array.from(
    { length: 260 },
    () => `1${pick(r, ['38', '39', '58', '86', '35', '51'])}${String(Math.floor(r() * 1e8)).padStart(8, '0')}`,
  );
  let seq = 0;
  for (let d = DAYS - 1; d >= 0; d--) {
    const day = addDays(today, -d);
    const n = callsOfDay(r, o.base, new Date(`${day}T12:00:00+08:00`).getUTCDay());
    for (let i = 0; i < n; i++) {
      const hour = drawHour(r);
      const offered = beijing(day, hour, Math.floor(r() * 60), Math.floor(r() * 60));
      const wait = drawWait(r, hour);
      const talk = drawTalk(r);
      // Today's calls are over (ended at least a few minutes ago): none is left on an agent's screen.
      if (offered.getTime() + (wait + talk) * 1000 + 30 * MIN > o.now.getTime()) continue;
      const callId = `${o.prefix}-${day.replaceAll('-', '')}-${String(++seq).padStart(4, '0')}`;
      const phone = pick(r, phones);
      const abandoned = r() < abandonShare;
      const which = hour < 13 ? (r() < 0.7 ? 0 : 1) : r() < 0.3 ? 0 : 1;
      const answeredAt = abandoned ? null : new Date(offered.getTime() + wait * 1000);
      const endedAt = answeredAt ? new Date(answeredAt.getTime() + talk * 1000) : null;
      const id = g.id(offered.getTime());
      const created = offered.toISOString();
      const event = (type: string, at: Date, extra: Record<string, unknown> = {}) =>
        out.events.push({
          id: g.id(at.getTime()),
          eventId: `${callId}-${type}`,
          callId,
          type,
          at: at.toISOString(),
          queue: o.queue,
          orgId: o.orgId,
          resultState: type,
          raw: JSON.stringify({ eventId: `${callId}-${type}`, callId, type, at: at.toISOString(), queue: o.queue, ...extra }),
          tokenId: null,
          receivedAt: at.toISOString(),
        });
      event('offered', offered, { callerPhone: maskMobile(phone) });
      if (abandoned) event('abandoned', new Date(offered.getTime() + wait * 1000));
      else {
        event('answered', answeredAt!, { agentUsername: o.usernames[which] });
        event('ended', endedAt!);
      }
      const call: Insertable<HlCallTable> = {
        id,
        callId,
        orgId: o.orgId,
        queue: o.queue,
        state: abandoned ? 'abandoned' : 'ended',
        offeredAt: created,
        answeredAt: answeredAt?.toISOString() ?? null,
        abandonedAt: abandoned ? new Date(offered.getTime() + wait * 1000).toISOString() : null,
        endedAt: endedAt?.toISOString() ?? null,
        waitSeconds: wait,
        talkSeconds: abandoned ? null : talk,
        agentUserId: abandoned ? null : o.agents[which],
        callerPhoneEnc: g.seal(phone).enc,
        callerPhoneIndex: g.seal(phone).index,
        ticketId: null,
        simulated: 0,
        createdAt: created,
        updatedAt: (endedAt ?? offered).toISOString(),
      };
      out.calls.push(call);
      if (abandoned) continue;
      const q = pick(r, questionBank);
      const at = new Date(answeredAt!.getTime() + Math.min(60, talk - 30) * 1000).toISOString();
      const ticket = newTicket(g, { orgId: o.orgId, channel: 'phone', at, q, by: o.agents[which], phone, duration: talk, callId: id });
      call.ticketId = ticket.row.id;
      out.tickets.push(ticket);
    }
  }
}

export function newTicket(
  g: DemoGen,
  o: {
    orgId: string;
    channel: string;
    at: string;
    q: (typeof questionBank)[number];
    by: string | null;
    phone?: string;
    name?: string;
    duration: number | null;
    callId?: string;
  },
): DemoTicket {
  const top = topCategoryOf(o.q.category);
  const row: TicketRow = {
    id: g.id(Date.parse(o.at)),
    number: '',
    orgId: o.orgId,
    channel: o.channel,
    callId: o.callId ?? null,
    callerName: o.name ?? null,
    callerPhoneEnc: o.phone ? g.seal(o.phone).enc : null,
    callerPhoneIndex: o.phone ? g.seal(o.phone).index : null,
    citizenId: null,
    category: top,
    subCategory: top === o.q.category ? null : o.q.category,
    question: o.q.question,
    answer: o.by ? o.q.answer : null,
    answeredBy: o.by,
    answeredAt: o.by ? o.at : null,
    durationSeconds: o.duration,
    state: o.by ? 'answered' : 'open',
    createdBy: o.by,
    createdAt: o.at,
    closedAt: null,
    updatedAt: o.at,
    version: 1,
  };
  return { row, hasMobile: !!o.phone };
}

/** Walk-ins at the 河西 centre, visits at a 河西 station, online contacts at the city centre (weekdays). */
function planVisits(g: DemoGen, out: DemoRows, r: () => number, p: DemoPlaces, who: DemoPeople, now: Date) {
  const today = localDateAt(now);
  const kinds = [
    { orgId: p.centre.id, channel: 'walkIn', per: 4, by: who.hexiLawyer },
    ...(p.station ? [{ orgId: p.station.id, channel: 'station', per: 1.5, by: who.hexiLawyer }] : []),
    { orgId: p.city.id, channel: 'online', per: 3, by: who.cityLawyer },
  ];
  for (let d = DAYS - 1; d >= 0; d--) {
    const day = addDays(today, -d);
    const weekday = new Date(`${day}T12:00:00+08:00`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    for (const k of kinds) {
      // Centres and stations receive visitors on weekdays; online questions arrive every day.
      if (weekend && k.channel !== 'online') continue;
      const n = Math.round(k.per * (weekend ? 0.5 : 1) * (0.6 + 0.8 * r()));
      for (let i = 0; i < n; i++) {
        const at = beijing(day, pick(r, [9, 10, 11, 14, 15, 16]), Math.floor(r() * 60));
        if (at.getTime() > now.getTime() - 10 * MIN) continue;
        const name = `${pick(r, callerSurnames)}${r() < 0.5 ? '先生' : '女士'}`;
        const duration = k.channel === 'online' ? null : 600 + Math.floor(r() * 1200);
        out.tickets.push(
          newTicket(g, { orgId: k.orgId, channel: k.channel, at: at.toISOString(), q: pick(r, questionBank), by: k.by, name, duration }),
        );
      }
    }
  }
  // The two latest online questions still wait for their answer (open).
  const latest = out.tickets.filter((t) => t.row.channel === 'online').sort((a, b) => b.row.createdAt.localeCompare(a.row.createdAt));
  for (const t of latest.slice(0, 2))
    Object.assign(t.row, { answer: null, answeredBy: null, answeredAt: null, createdBy: null, state: 'open' });
}

/** Numbers in creation order per centre, continuing the counters; the counters are set to the last. */
async function number(trx: Trx, kernel: Kernel, tickets: DemoTicket[], orgs: DemoPlaces['centre'][], now: string) {
  tickets.sort((a, b) => a.row.createdAt.localeCompare(b.row.createdAt));
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const last = new Map<string, number>();
  for (const t of tickets) {
    const year = Number(localDateAt(new Date(t.row.createdAt)).slice(0, 4));
    const key = `${t.row.orgId}|${year}`;
    if (!last.has(key)) {
      const c = await trx
        .selectFrom('caseNumberCounters')
        .select('last')
        .where('orgId', '=', t.row.orgId)
        .where('caseType', '=', 'hotline')
        .where('year', '=', year)
        .executeTakeFirst();
      last.set(key, Number(c?.last ?? 0));
    }
    const seq = last.get(key)! + 1;
    last.set(key, seq);
    const org = byId.get(t.row.orgId)!;
    t.row.number = kernel.caseNumbers.format('hotline', org, year, seq) ?? `${org.code}-${year}-${seq}`;
  }
  await setCounters(trx, 'hotline', last, now);
}

async function insertChunks<T extends Record<string, unknown>>(trx: Trx, table: string, rows: T[], size = 300) {
  for (let i = 0; i < rows.length; i += size)
    await trx
      .insertInto(table as 'hlCalls')
      .values(rows.slice(i, i + size) as never)
      .execute();
}

export async function seedHotlineActivity(kernel: Kernel): Promise<void> {
  if (await kernel.db.selectFrom('hlTickets').select('id').limit(1).executeTakeFirst()) return;
  const now = kernel.clock.now();
  const started = performance.now();
  await kernel.db.transaction().execute(async (trx) => {
    const p = await places(trx, kernel);
    const who = await people(trx);
    if (!p || !who) {
      kernel.log.warn('hotline demo activity skipped: demo centres or accounts missing');
      return;
    }
    const r = rng(12348);
    const g = demoGen(kernel.pii, rng(4812));
    const out: DemoRows = { calls: [], events: [], tickets: [] };
    planCalls(g, out, r, {
      orgId: p.centre.id,
      base: 20,
      queue: '12348-hexi',
      prefix: 'HX',
      agents: [who.hexiAgent, who.hexiLawyer],
      usernames: ['hexi.agent', 'hexi.lawyer'],
      now,
    });
    planCalls(g, out, r, {
      orgId: p.city.id,
      base: 55,
      queue: '12348-main',
      prefix: 'TJ',
      agents: [who.cityAgent, who.cityLawyer],
      usernames: ['city.agent', 'city.lawyer'],
      now,
    });
    planVisits(g, out, r, p, who, now);
    const iso = now.toISOString();
    await number(trx, kernel, out.tickets, [p.centre, p.city, ...(p.station ? [p.station] : [])], iso);
    const care = await planAftercare(trx, kernel, r, g, { tickets: out.tickets, places: p, people: who, now });
    await insertChunks(
      trx,
      'hlTickets',
      out.tickets.map((t) => t.row),
    );
    await insertChunks(trx, 'hlCalls', out.calls);
    await insertChunks(trx, 'hlCallEvents', out.events);
    await insertChunks(trx, 'hlTransfers', care.transfers);
    await insertChunks(trx, 'hlCallbacks', care.callbacks);
    await insertChunks(trx, 'hlSurveys', care.surveys);
    await insertChunks(trx, 'hlFollowupDraws', care.draws);
    await insertChunks(trx, 'hlFollowups', care.followups);
    await insertChunks(trx, 'hlRosters', care.rosters);
    // As a dissatisfied answer does (ticket-close.service.ts reopenInTrx): the supervisors' notification.
    const t = care.reopened;
    if (t)
      await notify(trx, new Date(t.updatedAt), await hotlineSupervisorsOf(trx, t.orgId), {
        kind: 'hotline.ticketReopened',
        titleZh: `12348热线工单${t.number}已重开：群众评价不满意`,
        titleEn: `Hotline ticket ${t.number} reopened: the caller was dissatisfied`,
        link: `/workbench/hotline/tickets/${t.id}`,
        dedupeKey: `hotline.reopen:${t.id}:${t.version - 1}`,
      });
    kernel.log.info(
      {
        calls: out.calls.length,
        tickets: out.tickets.length,
        transfers: care.transfers.length,
        ms: Math.round(performance.now() - started),
      },
      'hotline demo activity seeded',
    );
  });
}
