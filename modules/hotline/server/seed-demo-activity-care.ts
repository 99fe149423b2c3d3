import { createHash } from 'node:crypto';
import { addDays, localDateAt } from '@tianping/common/calendar/index';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import type { Insertable } from 'kysely';
import { drawFollowUpSample, followUpSampleSize, followUpSeed } from '../domain/followup-sample';
import type { HlCallbackTable, HlFollowupDrawTable, HlFollowupTable, HlSurveyTable, HlTransferTable } from './handling-tables';
import type { HlRosterTable } from './tables';
import { allianceResults, callbackReasons, pick } from './seed-demo-activity.plan';
import { beijing, setCounters, type DemoGen, type DemoPeople, type DemoPlaces } from './seed-demo-activity.support';
import type { TicketRow } from './ticket.repository';

/**
 * The aftercare of the demo tickets, exactly as the services leave their rows: one-click transfers
 * to the 12345 alliance (with the alliance's later result) and to a notary office, callbacks (done on
 * time, late, pending, overdue), closings with their satisfaction survey (answered by SMS link, mostly
 * satisfied; ONE dissatisfied answer that reopened its ticket to the supervisor), a reproducible
 * follow-up draw per centre (domain/followup-sample.ts) with visits recorded, and the duty rosters
 * of the whole period and of this and next week. Ticket states follow (transferred, callbackPending,
 * closed, reopened); every transition bumps the ticket's version as `updateTicket` does.
 */

const H = 3_600_000;
/** How many answered 河西 phone tickets today's module hand-offs need (legal aid, mediation, reconsideration). */
export const handoffTickets = 3;
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export interface DemoTicket {
  row: TicketRow;
  hasMobile: boolean;
}

export interface Aftercare {
  transfers: Insertable<HlTransferTable>[];
  callbacks: Insertable<HlCallbackTable>[];
  surveys: Insertable<HlSurveyTable>[];
  draws: Insertable<HlFollowupDrawTable>[];
  followups: Insertable<HlFollowupTable>[];
  rosters: Insertable<HlRosterTable>[];
  /** The ticket the dissatisfied answer reopened (its supervisors are notified). */
  reopened?: TicketRow;
}

const iso = (ms: number) => new Date(ms).toISOString();

function move(t: TicketRow, state: string, at: string, patch: Partial<TicketRow> = {}) {
  Object.assign(t, { state, updatedAt: at, version: t.version + 1, ...patch });
}

export async function planAftercare(
  trx: Trx,
  kernel: Kernel,
  r: () => number,
  g: DemoGen,
  o: { tickets: DemoTicket[]; places: DemoPlaces; people: DemoPeople; now: Date },
): Promise<Aftercare> {
  const now = o.now.getTime();
  const out: Aftercare = { transfers: [], callbacks: [], surveys: [], draws: [], followups: [], rosters: [] };
  const orgs = new Map([o.places.centre, o.places.city].map((x) => [x.id, x]));
  const refs = new Map<string, number>();
  const reference = (orgId: string, at: string) => {
    const year = Number(localDateAt(new Date(at)).slice(0, 4));
    const key = `${orgId}|${year}`;
    const seq = (refs.get(key) ?? 0) + 1;
    refs.set(key, seq);
    const org = orgs.get(orgId)!;
    return kernel.caseNumbers.format('hotlineTransfer', org, year, seq) ?? `${org.code}-转-${year}-${seq}`;
  };
  let overdueLeft = 2;

  const close = (t: DemoTicket, at: number) => {
    if (at >= now - 60_000) return;
    move(t.row, 'closed', iso(at), { closedAt: iso(at) });
    const expires = at + 7 * 24 * H;
    const answered = at + (10 / 60 + r() * 20) * H;
    const answers = (t.hasMobile || t.row.channel === 'online') && r() < 0.4 && answered < Math.min(now, expires);
    out.surveys.push({
      id: g.id(at),
      ticketId: t.row.id,
      orgId: t.row.orgId,
      sentBySms: t.hasMobile ? 1 : 0,
      sentAt: iso(at),
      expiresAt: iso(expires),
      answeredAt: answers ? iso(answered) : null,
      answeredVia: answers ? (t.hasMobile ? 'sms' : 'portal') : null,
      rating: answers ? (r() < 0.95 ? 'satisfied' : 'basicallySatisfied') : null,
      comment: null,
      reopened: 0,
    });
  };

  // Today's hand-offs (seed-demo-activity-handoffs.ts) transfer three answered 河西 phone calls: the
  // newest three stay answered whatever the weekday's volume (a quiet Sunday morning had only two).
  const forHandoffs = new Set(
    o.tickets
      .filter((t) => t.row.orgId === o.places.centre.id && t.row.channel === 'phone' && t.row.state === 'answered')
      .sort((a, b) => b.row.createdAt.localeCompare(a.row.createdAt))
      .slice(0, handoffTickets)
      .map((t) => t.row.id),
  );
  for (const t of o.tickets) {
    const row = t.row;
    if (row.state === 'open' || forHandoffs.has(row.id)) continue;
    const created = Date.parse(row.createdAt);
    const age = (now - created) / H;
    const x = r();
    const phone = row.channel === 'phone';
    if (phone && x < 0.074) {
      // One-click transfer to the 12345 alliance; the alliance reports acceptance, then the result.
      const at = created + 2 * 60_000;
      const result = age > 72 ? 'completed' : age > 30 ? 'accepted' : 'sent';
      const resultAt = result === 'completed' ? at + (24 + r() * 36) * H : at + (2 + r() * 8) * H;
      out.transfers.push(
        transfer(g, row, 'alliance12345', reference(row.orgId, iso(at)), iso(at), {
          state: result,
          targetReference:
            result === 'sent'
              ? null
              : `12345-${localDateAt(new Date(at)).replaceAll('-', '')}${String(Math.floor(r() * 1e4)).padStart(4, '0')}`,
          result: result === 'completed' ? pick(r, allianceResults) : result === 'accepted' ? '热线联盟已受理，正在转办。' : null,
          resultAt: result === 'sent' ? null : iso(resultAt),
          resultBy: result === 'sent' ? null : o.people.supervisor,
        }),
      );
      move(row, 'transferred', iso(at));
      if (result === 'completed') close(t, resultAt + H);
    } else if (phone && x < 0.082 && o.places.notary && row.orgId === o.places.centre.id) {
      const at = created + 3 * 60_000;
      const done = age > 72;
      out.transfers.push(
        transfer(g, row, 'notary', reference(row.orgId, iso(at)), iso(at), {
          state: done ? 'completed' : 'sent',
          targetOrgId: o.places.notary,
          prefillFields: '["orgId"]',
          result: done ? '公证处已与来电人预约办理继承公证。' : null,
          resultAt: done ? iso(at + 30 * H) : null,
          resultBy: done ? o.people.supervisor : null,
        }),
      );
      move(row, 'transferred', iso(at));
      if (done) close(t, at + 31 * H);
    } else if ((phone || row.channel === 'online') && x < 0.105) {
      const at = created + 60_000;
      const due = created + 24 * H;
      const overdue = due < now && due > now - 48 * H && overdueLeft > 0;
      if (overdue) overdueLeft--;
      const finished = !overdue && due < now - 2 * H;
      const late = finished && r() < 0.08;
      const completed = late ? due + (1 + r() * 4) * H : created + (1 + r() * 20) * H;
      const reached = r() < 0.85;
      out.callbacks.push({
        id: g.id(at),
        ticketId: row.id,
        orgId: row.orgId,
        assigneeUserId: row.answeredBy!,
        reason: pick(r, callbackReasons),
        dueAt: iso(due),
        state: finished ? (reached ? 'done' : 'failed') : 'pending',
        outcome: finished ? (reached ? 'reached' : 'noAnswer') : null,
        note: finished ? (reached ? '已回拨，补充告知申请仲裁所需材料。' : '两次回拨无人接听。') : null,
        completedAt: finished ? iso(completed) : null,
        completedBy: finished ? row.answeredBy : null,
        overdueNotified: overdue ? 1 : 0,
        createdBy: row.answeredBy,
        createdAt: iso(at),
      });
      move(row, 'callbackPending', iso(at));
      if (finished) {
        move(row, 'answered', iso(completed));
        close(t, completed + 10 * 60_000);
      }
    } else if (age > 24 || r() < 0.6) close(t, created + (5 / 60 + r() * 2) * H);
  }
  await setCounters(trx, 'hotlineTransfer', refs, o.now.toISOString());
  // At least one referral still awaits the alliance's acknowledgement.
  const alliance = out.transfers.filter((x) => x.destination === 'alliance12345');
  const last = alliance.at(-1);
  if (last && !alliance.some((x) => x.state === 'sent') && last.state === 'accepted')
    Object.assign(last, { state: 'sent', targetReference: null, result: null, resultAt: null, resultBy: null, updatedAt: last.createdAt });
  out.reopened = reopenOne(o, out);
  drawFollowups(o, out, r, g);
  out.rosters.push(...rosters(o, g));
  return out;
}

function transfer(
  g: DemoGen,
  row: TicketRow,
  destination: string,
  reference: string,
  at: string,
  o: Partial<Insertable<HlTransferTable>>,
): Insertable<HlTransferTable> {
  return {
    id: g.id(Date.parse(at)),
    ticketId: row.id,
    orgId: row.orgId,
    destination,
    state: 'sent',
    reference,
    targetReference: null,
    targetOrgId: null,
    entityType: null,
    entityId: null,
    path: null,
    note: null,
    prefillFields: null,
    result: null,
    resultAt: null,
    resultBy: null,
    errorCode: null,
    errorField: null,
    createdBy: row.answeredBy,
    createdAt: at,
    updatedAt: o.resultAt ?? at,
    ...o,
  };
}

/** The one dissatisfied answer: a 河西 phone ticket closed 2–5 days ago, reopened to the supervisor. */
function reopenOne(o: { tickets: DemoTicket[]; places: DemoPlaces; now: Date }, out: Aftercare): TicketRow | undefined {
  const now = o.now.getTime();
  const byId = new Map(o.tickets.map((t) => [t.row.id, t.row]));
  const survey = out.surveys.find((s) => {
    const t = byId.get(s.ticketId)!;
    const age = (now - Date.parse(s.sentAt)) / H;
    return s.answeredAt && t.orgId === o.places.centre.id && t.channel === 'phone' && t.category === 'labour' && age > 48 && age < 120;
  });
  if (!survey) return undefined;
  Object.assign(survey, { rating: 'dissatisfied', comment: '解答不够具体，没有告诉我去哪里申请仲裁、要带什么材料。', reopened: 1 });
  const ticket = byId.get(survey.ticketId)!;
  move(ticket, 'reopened', survey.answeredAt!, { closedAt: null });
  return ticket;
}

/** A follow-up draw per centre over the tickets closed 7–13 days ago (10 %), visits mostly recorded. */
function drawFollowups(
  o: { tickets: DemoTicket[]; places: DemoPlaces; people: DemoPeople; now: Date },
  out: Aftercare,
  r: () => number,
  g: DemoGen,
) {
  const today = localDateAt(o.now);
  const from = addDays(today, -13);
  const to = addDays(today, -7);
  const drawnAt = beijing(addDays(today, -6), 9, 30).toISOString();
  for (const centre of [o.places.centre, o.places.city]) {
    const population = o.tickets
      .filter((t) => t.row.orgId === centre.id && t.row.state === 'closed' && t.row.closedAt)
      .filter((t) => {
        const day = localDateAt(new Date(t.row.closedAt!));
        return day >= from && day <= to;
      })
      .map((t) => t.row.id);
    if (population.length === 0) continue;
    const publishedValue = `${addDays(today, -7)} 中国福利彩票“快乐8”开奖号码`;
    const seed = followUpSeed(publishedValue, drawnAt, sha256);
    const sample = drawFollowUpSample(population, seed, followUpSampleSize(population.length, 10), sha256);
    const drawId = g.id(Date.parse(drawnAt));
    out.draws.push({
      id: drawId,
      orgId: centre.id,
      fromDate: from,
      toDate: to,
      percent: 10,
      publishedValue,
      drawnAt,
      seed,
      populationCount: population.length,
      sampleIds: JSON.stringify(sample),
      drawnBy: o.people.supervisor,
      populationQuery: JSON.stringify({ from, to, orgId: centre.id, scopeOrgId: centre.id, excludesEarlierFollowUps: true }),
      populationIds: JSON.stringify([...population].sort()),
    });
    sample.forEach((ticketId, i) => {
      const kind = i % 10;
      const recorded = kind < 8 ? iso(Date.parse(drawnAt) + (2 + r() * 60) * H) : null;
      out.followups.push({
        id: g.id(Date.parse(drawnAt)),
        drawId,
        ticketId,
        orgId: centre.id,
        state: kind < 7 ? 'done' : kind === 7 ? 'unreached' : 'pending',
        reached: kind < 7 ? 1 : kind === 7 ? 0 : null,
        satisfaction: kind < 7 ? (kind === 3 ? 'basicallySatisfied' : 'satisfied') : null,
        note: kind < 7 ? '回访：来电人表示问题已按解答办理。' : kind === 7 ? '两次回访均无人接听。' : null,
        recordedBy: recorded ? o.people.supervisor : null,
        recordedAt: recorded,
        createdAt: drawnAt,
      });
    });
  }
}

/** Duty rosters from the first demo day to the end of next week (Monday-based weeks). */
function rosters(o: { places: DemoPlaces; people: DemoPeople; now: Date }, g: DemoGen): Insertable<HlRosterTable>[] {
  const today = localDateAt(o.now);
  const weekday = (day: string) => new Date(`${day}T12:00:00+08:00`).getUTCDay();
  const end = addDays(today, 7 + ((7 - weekday(today)) % 7));
  const rows: Insertable<HlRosterTable>[] = [];
  const add = (orgId: string, userId: string, dutyDate: string, shift: string, seatRole: string, seat: string) =>
    rows.push({
      id: g.id(o.now.getTime()),
      orgId,
      userId,
      dutyDate,
      shift,
      seatRole,
      seat,
      note: null,
      createdBy: o.people.supervisor,
      createdAt: o.now.toISOString(),
    });
  for (let day = addDays(today, -34); day <= end; day = addDays(day, 1)) {
    const w = weekday(day);
    const p = o.people;
    if (w !== 0 && w !== 6) {
      add(o.places.centre.id, p.hexiAgent, day, 'morning', 'agent', '河西-1');
      add(o.places.centre.id, p.hexiLawyer, day, 'afternoon', 'lawyer', '河西-2');
      add(
        o.places.centre.id,
        w % 2 ? p.hexiAgent : p.hexiLawyer,
        day,
        w % 2 ? 'afternoon' : 'morning',
        w % 2 ? 'agent' : 'lawyer',
        '河西-3',
      );
    }
    add(o.places.city.id, p.cityAgent, day, 'morning', 'agent', '市-01');
    add(o.places.city.id, p.cityLawyer, day, 'afternoon', 'lawyer', '市-02');
    add(o.places.city.id, w % 2 ? p.cityAgent : p.cityLawyer, day, 'evening', w % 2 ? 'agent' : 'lawyer', '市-03');
  }
  return rows;
}
