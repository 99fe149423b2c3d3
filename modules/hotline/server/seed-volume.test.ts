import { describe, expect, it } from 'vitest';
import { Rng } from '../../../bench/lib/prng';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { callerPool } from './seed-volume-support';
import { generateHotlineYear, loadCentres } from './seed-volume';
import { count, hotlineOrgs, loginAgent, telephonyToken } from './test-fixtures';

type Row = Record<string, unknown>;

describe('hotline volume: a year of calls near Tianjin’s figures, rows as the services write them', async () => {
  const t = await buildTestApp();
  const orgs = await hotlineOrgs(t);
  await loginAgent(t, orgs.hexi.id);
  await loginAgent(t, orgs.nankai.id);
  const reader = await loginAs(t, { permissions: ['hotline.ticket.read'], scope: 'city', orgId: orgs.city.id });
  const db = t.kernel.db;
  const rows: Record<'hlCalls' | 'hlCallEvents' | 'hlTickets' | 'hlTransfers' | 'hlSurveys' | 'apiTokens', Row[]> = {
    hlCalls: [],
    hlCallEvents: [],
    hlTickets: [],
    hlTransfers: [],
    hlSurveys: [],
    apiTokens: [],
  };
  const rng = new Rng(11);
  const tokens: Row[] = [];
  const centres = (await loadCentres(t.kernel, rng, 2025, (r) => tokens.push(r))).filter((c) => c.agents.length);
  const sink = { add: (table: keyof typeof rows, row: Row) => void rows[table].push(row), flushIfFull: async () => {} };
  const started = Date.now();
  const numbers = new Map<string, number>();
  const figures = await generateHotlineYear(t.kernel, rng, sink as never, centres, 2025, 3000, callerPool(t.kernel, rng, 400), numbers);
  console.log(`hotline volume: 3000 calls in ${Date.now() - started} ms`, figures);
  rows.apiTokens = tokens;
  for (const table of ['apiTokens', 'hlCalls', 'hlCallEvents', 'hlTickets', 'hlTransfers', 'hlSurveys'] as const)
    for (let i = 0; i < rows[table].length; i += 200)
      await db
        .insertInto(table)
        .values(rows[table].slice(i, i + 200) as never)
        .execute();

  it('writes every call with its events, a ticket for nearly every answered call, connection ≈ 99.5 %', async () => {
    expect(centres.map((c) => c.orgId).sort()).toEqual([orgs.city.id, orgs.hexi.id, orgs.nankai.id].sort());
    expect(await count(t, 'hlCalls')).toBe(3000);
    expect(figures.answered + figures.abandoned).toBe(3000);
    expect(await count(t, 'hlCallEvents')).toBe(3 * figures.answered + 2 * figures.abandoned);
    const connection = (figures.answered / 3000) * 100;
    expect(connection).toBeGreaterThan(99);
    expect(connection).toBeLessThan(100);
    const phoneTickets = rows.hlTickets.filter((r) => r.channel === 'phone').length;
    expect(phoneTickets / figures.answered).toBeGreaterThan(0.95);
    expect(rows.hlTickets.some((r) => r.channel === 'walkIn')).toBe(true);
    const transferred = figures.transferred / phoneTickets;
    expect(transferred).toBeGreaterThan(0.05);
    expect(transferred).toBeLessThan(0.1);
    expect(rows.hlTransfers.length).toBe(figures.transferred);
    expect(rows.hlTransfers.every((r) => r.destination === 'alliance12345' && r.targetReference)).toBe(true);
    // Every closed ticket opened its survey; answers are satisfied well above 99 %.
    expect(rows.hlSurveys.length).toBe(rows.hlTickets.filter((r) => r.state === 'closed').length);
    expect(figures.satisfied / figures.surveyAnswers).toBeGreaterThan(0.985);
  });

  it('waits mostly under 20 s, talk median 4–5 minutes, labour and family lead, Mondays busier than Sundays, nights only at the city centre', async () => {
    const answered = rows.hlCalls.filter((r) => r.state === 'ended');
    const waits = answered.map((r) => r.waitSeconds as number).sort((a, b) => a - b);
    expect(waits[Math.floor(waits.length * 0.9)]!).toBeLessThan(25);
    const talks = answered.map((r) => r.talkSeconds as number).sort((a, b) => a - b);
    const median = talks[Math.floor(talks.length / 2)]!;
    expect(median).toBeGreaterThan(200);
    expect(median).toBeLessThan(340);
    const byCategory = new Map<string, number>();
    for (const r of rows.hlTickets) byCategory.set(r.category as string, (byCategory.get(r.category as string) ?? 0) + 1);
    const top = [...byCategory.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    expect(top.slice(0, 2).sort()).toEqual(['family', 'labour']);
    const beijing = (iso: unknown) => new Date(Date.parse(iso as string) + 8 * 3_600_000);
    const byWeekday = [0, 0, 0, 0, 0, 0, 0];
    for (const r of rows.hlCalls) byWeekday[beijing(r.offeredAt).getUTCDay()]!++;
    expect(byWeekday[1]!).toBeGreaterThan(2 * byWeekday[0]!);
    const night = rows.hlCalls.filter((r) => {
      const h = beijing(r.offeredAt).getUTCHours();
      return h < 8 || h >= 20;
    });
    expect(night.length).toBeGreaterThan(0);
    expect(night.every((r) => r.orgId === orgs.city.id)).toBe(true);
  });

  it('the app reads the rows: ticket list and detail with the phone masked; a seeded event re-posted is a duplicate, a late one out of order', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/hotline/tickets?pageSize=5', headers: reader.headers });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().total).toBe(rows.hlTickets.length);
    const phoneTicket = rows.hlTickets.find((r) => r.channel === 'phone')!;
    const detail = await t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${phoneTicket.id as string}`, headers: reader.headers });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(JSON.stringify(detail.json())).toMatch(/\*\*\*\*/);
    expect(new Set(rows.hlTickets.map((r) => r.number)).size).toBe(rows.hlTickets.length);
    const call = rows.hlCalls.find((r) => r.id === phoneTicket.callId)!;
    const ended = rows.hlCallEvents.find((e) => e.callId === call.callId && e.type === 'ended')!;
    const phone = await telephonyToken(t, call.orgId as string);
    const before = await count(t, 'hlCallEvents');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/call-events',
      headers: phone,
      payload: { eventId: ended.eventId, callId: ended.callId, type: 'ended', at: ended.at, queue: ended.queue },
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ eventId: ended.eventId, callState: 'ended' });
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/call-events',
      headers: phone,
      payload: {
        eventId: `${ended.eventId as string}-late`,
        callId: ended.callId,
        type: 'answered',
        at: ended.at,
        queue: ended.queue,
        agentUsername: 'x',
      },
    });
    expect(late.statusCode).toBe(409);
    expect(await count(t, 'hlCallEvents')).toBe(before);
  });
});
