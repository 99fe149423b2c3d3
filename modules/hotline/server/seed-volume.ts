import { setFlagsFromString } from 'node:v8';
import { sql, type Insertable } from 'kysely';
import type { Kernel } from '@tianping/server/core/module';
import { newTokenSecret } from '@tianping/server/tokens/token-secret';
import type { ApiTokenTable } from '@tianping/server/tokens/tables';
import type { Rng } from '../../../bench/lib/prng';
import type { VolumeSeeder } from '../../../bench/seed/volume-seeder';
import { topCategoryOf } from '../contract/enums';
import {
  answeredWait,
  apportion,
  callerPool,
  categoryPicker,
  dayHourPicker,
  dayWeights,
  hourPicker,
  idAt,
  isoAt,
  queuePicker,
  serviceHours,
  talkTime,
  textsFor,
  type Caller,
} from './seed-volume-support';
import { bulkLoadPragmas, SqliteRowSink } from './seed-volume-sqlite';
import { aftercareWriter, dropSecondaryIndexes, type Centre, type HotlineSink, type YearFigures } from './seed-volume-aftercare';

/**
 * 12348 hotline volume for statistics and the bench (`npm run seed:volume`): one year (2025,
 * `HOTLINE_BENCH_YEAR`) at Tianjin's volume — ≈470,000 calls offered (`HOTLINE_BENCH_CALLS`) across the
 * city 12348 centre and the 16 district legal service centres, with their call events (offered →
 * answered → ended, or offered → abandoned: connection ≈ 99.5 %), a ticket for nearly every answered
 * call (closed; ≈ 7.4 % transferred — 35,000 a year into the 12345 alliance) plus walk-ins at the
 * centres. Daily curve from the core holiday calendar (Monday peaks, weekends and holidays low),
 * hourly curve 08:00–20:00 with peaks 9–11 and 14–16 and the city's thin night line.
 *
 * Rows as the services write them (call-event.service.ts, ticket.service.ts): phones encrypted with a
 * blind index (a pool of repeat callers), `raw` with the phone masked, the reporting centre's
 * telephony token; the transfers and satisfaction surveys as transfer.service.ts and ticket-close.service.ts
 * write them (seed-volume-aftercare.ts). Historical: no audit rows, callbacks or follow-up draws.
 */

export const defaultCalls = 470_000;
export const defaultYear = 2025;
const abandonRate = 0.005;
const ticketRate = 0.98;
/** 35,000 transfers of ≈ 458,000 tickets from calls. */
const transferRate = 35_000 / (defaultCalls * (1 - abandonRate) * ticketRate);
const walkInRate = 0.04;

/** Streams one year of calls, events, tickets, transfers and surveys into `sink`; `numbers` / `transferNumbers` carry the sequences per centre. */
export async function generateHotlineYear(
  kernel: Kernel,
  rng: Rng,
  sink: HotlineSink,
  centres: Centre[],
  year: number,
  calls: number,
  callers: Caller[],
  numbers: Map<string, number>,
  transferNumbers = new Map<string, number>(),
): Promise<YearFigures> {
  const f: YearFigures = {
    offered: 0,
    answered: 0,
    abandoned: 0,
    tickets: 0,
    transferred: 0,
    walkIns: 0,
    events: 0,
    surveys: 0,
    surveyAnswers: 0,
    satisfied: 0,
  };
  const days = dayWeights(year);
  const perDay = apportion(
    calls,
    days.map((d) => d.weight),
  );
  const city = centres.find((c) => c.city) ?? centres[0]!;
  const districts = centres.filter((c) => !c.city && c.agents.length);
  const centreWeight = centres.reduce((a, c) => a + c.weight, 0);
  const pickCentre = () => {
    let r = rng.next() * centreWeight;
    for (const c of centres) if ((r -= c.weight) < 0) return c;
    return centres[centres.length - 1]!;
  };
  const aftercare = aftercareWriter(kernel, rng, sink, year, f, transferNumbers);
  const ticket = (c: Centre, at: number, channel: string, callRowId: string | null, caller: Caller | null, talk: number | null) => {
    const seq = (numbers.get(c.orgId) ?? 0) + 1;
    numbers.set(c.orgId, seq);
    const code = categoryPicker.pick(rng);
    const top = topCategoryOf(code);
    const [question, answer] = textsFor(top, rng);
    const agent = rng.pick(c.agents);
    const transferred = channel === 'phone' && rng.chance(transferRate);
    const closedAt = at + (talk ?? 600) * 1000 + rng.int(30, 900) * 1000;
    const id = idAt(at, rng);
    sink.add('hlTickets', {
      id,
      number: kernel.caseNumbers.format('hotline', c, year, seq) ?? `${c.code}-${year}-${seq}`,
      orgId: c.orgId,
      channel,
      callId: callRowId,
      callerName: caller?.name ?? null,
      callerPhoneEnc: caller?.enc ?? null,
      callerPhoneIndex: caller?.index ?? null,
      citizenId: null,
      category: top,
      subCategory: top === code ? null : code,
      question,
      answer,
      answeredBy: agent.id,
      answeredAt: isoAt(at),
      durationSeconds: talk,
      state: transferred ? 'transferred' : 'closed',
      createdBy: agent.id,
      createdAt: isoAt(at),
      closedAt: transferred ? null : isoAt(closedAt),
      updatedAt: isoAt(closedAt),
      version: 2,
    });
    f.tickets++;
    if (transferred) {
      f.transferred++;
      aftercare.transfer(c, id, agent.id, closedAt);
    } else aftercare.survey(c, id, caller, closedAt);
    return id;
  };
  for (const [di, day] of days.entries()) {
    const midnight = Date.parse(`${day.date}T00:00:00+08:00`);
    const n = perDay[di]!;
    const starts: number[] = [];
    for (let i = 0; i < n; i++) starts.push(hourPicker.pick(rng) * 3600 + rng.int(0, 3599));
    starts.sort((a, b) => a - b);
    const ymd = day.date.replaceAll('-', '');
    for (const [i, s] of starts.entries()) {
      const hour = Math.floor(s / 3600);
      // Outside service hours only the city 12348 platform takes calls.
      const c = hour >= serviceHours.from && hour < serviceHours.to ? pickCentre() : city;
      const offered = midnight + s * 1000 + rng.int(0, 999);
      const callId = `TJ12348-${ymd}-${String(i + 1).padStart(6, '0')}`;
      const caller = rng.pick(callers);
      const queue = queuePicker.pick(rng);
      const abandoned = rng.chance(abandonRate);
      const wait = abandoned ? rng.int(5, 90) : answeredWait(rng);
      const talk = abandoned ? null : talkTime(rng);
      const agent = abandoned ? null : rng.pick(c.agents);
      const second = offered + wait * 1000;
      const ended = talk === null ? null : second + talk * 1000;
      const received = (at: number) => at + rng.int(50, 1500);
      const callRowId = idAt(offered, rng);
      const events: [string, number][] = [
        ['offered', offered],
        [abandoned ? 'abandoned' : 'answered', second],
      ];
      if (ended !== null) events.push(['ended', ended]);
      let lastReceived = offered;
      let createdAt = offered;
      for (const [k, [type, at]] of events.entries()) {
        const eventId = `${callId}-${type}`;
        const rec = received(at);
        if (k === 0) createdAt = rec;
        lastReceived = rec;
        const iso = isoAt(at);
        // The body as the switch posted it (JSON.stringify of { eventId, callId, type, at, queue,
        // callerPhone?, agentUsername? }), built as text: ids, instants, queues and masked phones need no escaping.
        const raw =
          `{"eventId":"${eventId}","callId":"${callId}","type":"${type}","at":"${iso}","queue":"${queue}"` +
          (k === 0 ? `,"callerPhone":"${caller.masked}"` : '') +
          (type === 'answered' ? `,"agentUsername":${JSON.stringify(agent!.username)}}` : '}');
        sink.add('hlCallEvents', {
          id: idAt(rec, rng),
          eventId,
          callId,
          type,
          at: iso,
          queue,
          orgId: c.orgId,
          resultState: type,
          raw,
          tokenId: c.tokenId,
          receivedAt: isoAt(rec),
        });
        f.events++;
      }
      const ticketId =
        talk !== null && rng.chance(ticketRate)
          ? ticket(c, second + Math.min(talk - 5, rng.int(30, 240)) * 1000, 'phone', callRowId, caller, talk)
          : null;
      sink.add('hlCalls', {
        id: callRowId,
        callId,
        orgId: c.orgId,
        queue,
        state: abandoned ? 'abandoned' : 'ended',
        offeredAt: isoAt(offered),
        answeredAt: abandoned ? null : isoAt(second),
        abandonedAt: abandoned ? isoAt(second) : null,
        endedAt: ended === null ? null : isoAt(ended),
        waitSeconds: wait,
        talkSeconds: talk,
        agentUserId: agent?.id ?? null,
        callerPhoneEnc: caller.enc,
        callerPhoneIndex: caller.index,
        ticketId,
        simulated: 0,
        createdAt: isoAt(createdAt),
        updatedAt: isoAt(lastReceived),
      });
      f.offered++;
      if (abandoned) f.abandoned++;
      else f.answered++;
    }
    // Walk-ins at the district legal service centres on working days (their own duration, no call).
    if (!day.restDay && districts.length) {
      const walkIns = Math.round(n * walkInRate * (0.8 + rng.next() * 0.4));
      for (let i = 0; i < walkIns; i++) {
        const at = midnight + (dayHourPicker.pick(rng) * 3600 + rng.int(0, 3599)) * 1000;
        ticket(rng.pick(districts), at, 'walkIn', null, rng.chance(0.6) ? rng.pick(callers) : null, rng.int(300, 2400));
        f.walkIns++;
      }
    }
    await sink.flushIfFull();
  }
  return f;
}

/** The city 12348 centre and the district legal service centres, their agents and a telephony token each. */
export async function loadCentres(kernel: Kernel, rng: Rng, year: number, write: (row: Insertable<ApiTokenTable>) => void) {
  const orgs = await kernel.db
    .selectFrom('organisations')
    .select(['id', 'name', 'shortName', 'code', 'type', 'parentId'])
    .where((eb) => eb.or([eb('type', '=', 'legalServiceCentre'), eb.and([eb('type', '=', 'cityBureau'), eb('parentId', 'is', null)])]))
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
  const users = await kernel.db
    .selectFrom('users')
    .select(['id', 'username', 'orgId'])
    .where('orgId', 'in', orgs.length ? orgs.map((o) => o.id) : [''])
    .where('active', '=', 1)
    .orderBy('username')
    .execute();
  const created = `${year - 1}-12-20T02:00:00.000Z`;
  return orgs.map((o): Centre => {
    const { prefix, tokenHash } = newTokenSecret();
    const tokenId = idAt(Date.parse(created), rng);
    write({
      id: tokenId,
      name: `12348话务平台接口（${o.shortName ?? o.name}）`,
      orgId: o.id,
      scope: 'own',
      permissions: JSON.stringify(['hotline.callEvent.submit']),
      prefix,
      tokenHash,
      expiresAt: `${year + 2}-01-01T00:00:00.000Z`,
      revokedAt: null,
      revokedBy: null,
      lastUsedAt: null,
      createdBy: 'bench-volume',
      createdAt: created,
    });
    const city = o.type === 'cityBureau';
    return {
      orgId: o.id,
      name: o.name,
      shortName: o.shortName,
      code: o.code,
      city,
      // The city 12348 platform takes ≈ 40 % of the calls, the district centres share the rest.
      weight: city ? 10 : 0.8 + rng.next() * 0.9,
      tokenId,
      agents: users.filter((u) => u.orgId === o.id).slice(0, 16),
    };
  });
}

/** `npm run seed:volume` slice (bench/seed/seeders.ts). */
export const hotlineVolumeSeeder: VolumeSeeder = {
  name: 'hotline',
  description:
    '12348 hotline: a year of calls, call events, tickets, transfers and surveys (≈470,000 calls; HOTLINE_BENCH_CALLS, HOTLINE_BENCH_YEAR)',
  async seed({ kernel, rng, writer, log }) {
    const year = Number(process.env.HOTLINE_BENCH_YEAR ?? 0) || defaultYear;
    const calls = Number(process.env.HOTLINE_BENCH_CALLS ?? 0) || defaultCalls;
    // Millions of short-lived rows: a larger young generation keeps the scavenger from promoting the batches.
    setFlagsFromString('--max-semi-space-size=64');
    const tw = writer(['apiTokens']);
    const all = await loadCentres(kernel, rng, year, (row) => tw.add('apiTokens', row));
    await tw.flush();
    const centres = all.filter((c) => c.agents.length);
    if (!centres.length) throw new Error('No staff at the legal service centres: run the orgTree and staff seeders first');
    const callers = callerPool(kernel, rng, Math.min(40_000, Math.max(200, Math.round(calls / 12))));
    const sqlite = kernel.handle.dialect === 'sqlite' ? kernel.handle.sqlite : undefined;
    const fast = sqlite ? new SqliteRowSink(sqlite, new Set(['hlSurveys', 'hlTransfers'])) : undefined;
    const w = writer(['hlCallEvents', 'hlTickets', 'hlCalls', 'hlTransfers', 'hlSurveys'], 5_000);
    const numbers = new Map<string, number>();
    const transferNumbers = new Map<string, number>();
    // Bulk load: the secondary (non-unique) indexes of these tables are built once after the rows
    // (a sort) instead of row by row — the same definitions, re-created even when generation fails.
    const indexes = await dropSecondaryIndexes(kernel, ['hl_calls', 'hl_call_events', 'hl_tickets', 'hl_transfers', 'hl_surveys']);
    const restorePragmas = sqlite ? bulkLoadPragmas(sqlite) : undefined;
    let f: YearFigures;
    try {
      f = await generateHotlineYear(kernel, rng, fast ?? w, centres, year, calls, callers, numbers, transferNumbers);
      fast?.flush();
      await w.flush();
    } catch (err) {
      fast?.abort();
      throw err;
    } finally {
      try {
        for (const ddl of indexes) await sql.raw(ddl).execute(kernel.db);
      } finally {
        restorePragmas?.();
      }
    }
    log(`  hotline: ${indexes.length} secondary indexes rebuilt after the load`);
    const cw = writer(['caseNumberCounters']);
    const at = `${year}-12-31T15:59:59.000Z`;
    for (const [orgId, last] of numbers) cw.add('caseNumberCounters', { orgId, caseType: 'hotline', year, last, updatedAt: at });
    for (const [orgId, last] of transferNumbers)
      cw.add('caseNumberCounters', { orgId, caseType: 'hotlineTransfer', year, last, updatedAt: at });
    await cw.flush();
    const rate = ((f.answered / Math.max(1, f.offered)) * 100).toFixed(2);
    const satisfaction = ((f.satisfied / Math.max(1, f.surveyAnswers)) * 100).toFixed(2);
    log(`  hotline ${year}: ${JSON.stringify(f)}, connection ${rate} %, satisfaction ${satisfaction} %`);
    return {
      rows: { ...tw.result().rowsByTable, ...(fast?.rowsByTable ?? w.result().rowsByTable), ...cw.result().rowsByTable },
      notes: [
        `${f.offered} calls (${rate} % answered), ${f.tickets} tickets (${f.transferred} transferred to 12345), ${f.surveyAnswers} survey answers (${satisfaction} % satisfied), ${centres.length} centres`,
      ],
    };
  },
};
