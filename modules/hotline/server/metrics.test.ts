import type { Insertable } from 'kysely';
import { describe, expect, it } from 'vitest';
import { newId, nowIso } from '@tianping/server/db/ids';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { callFigures } from '../domain/call-events';
import type { HlCallTable, HlTicketTable } from './tables';
import { hotlineOrgs, loginAgent } from './test-fixtures';

/** Metrics of calls, tickets and workload through GET /api/stats/metrics/:id — known rows, exact figures. */
describe('hotline metrics: calls, tickets, workload', async () => {
  const t = await buildTestApp();
  const orgs = await hotlineOrgs(t);
  const db = t.kernel.db;
  const city = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'city', orgId: orgs.city.id });
  const hexiReader = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'own', orgId: orgs.hexi.id });
  const a = await loginAgent(t, orgs.hexi.id);
  const b = await loginAgent(t, orgs.nankai.id);
  await db.updateTable('users').set({ displayName: '甲律师' }).where('id', '=', a.userId).execute();
  await db.updateTable('users').set({ displayName: '乙坐席' }).where('id', '=', b.userId).execute();

  const now = nowIso();
  const plus = (iso: string, s: number) => new Date(Date.parse(iso) + s * 1000).toISOString();
  /** A call offered at `at`: `wait` seconds to an answer (by `agent`) or to abandonment, then `talk` seconds. */
  const call = (orgId: string, at: string, o: { wait?: number; agent?: string; abandon?: boolean; talk?: number } = {}) => {
    const answeredAt = o.wait !== undefined && !o.abandon ? plus(at, o.wait) : null;
    const abandonedAt = o.abandon ? plus(at, o.wait!) : null;
    const endedAt = answeredAt && o.talk !== undefined ? plus(answeredAt, o.talk) : null;
    return {
      id: newId(),
      callId: `C-${newId()}`,
      orgId,
      queue: '12348-main',
      state: endedAt ? 'ended' : abandonedAt ? 'abandoned' : answeredAt ? 'answered' : 'offered',
      offeredAt: at,
      answeredAt,
      abandonedAt,
      endedAt,
      waitSeconds: o.wait ?? null,
      talkSeconds: endedAt ? o.talk! : null,
      agentUserId: answeredAt ? (o.agent ?? null) : null,
      callerPhoneEnc: null,
      callerPhoneIndex: null,
      ticketId: null,
      simulated: 0,
      createdAt: now,
      updatedAt: now,
    } satisfies Insertable<HlCallTable>;
  };
  const hexiCalls = [
    call(orgs.hexi.id, '2025-03-03T01:00:00.000Z', { wait: 10, agent: a.userId, talk: 300 }),
    call(orgs.hexi.id, '2025-03-03T02:00:00.000Z', { wait: 20, agent: a.userId, talk: 100 }),
    call(orgs.hexi.id, '2025-03-04T03:00:00.000Z', { wait: 40, abandon: true }),
    call(orgs.hexi.id, '2025-03-04T04:00:00.000Z'), // still waiting
    // 00:30 on 1 March in Beijing: inside the range.
    call(orgs.hexi.id, '2025-02-28T16:30:00.000Z', { wait: 30, agent: a.userId, talk: 60 }),
  ];
  const outside = call(orgs.hexi.id, '2025-03-31T16:30:00.000Z', { wait: 3, agent: a.userId, talk: 60 }); // 1 April in Beijing
  const cityCall = call(orgs.city.id, '2025-03-10T01:00:00.000Z', { wait: 8, agent: a.userId, talk: 200 }); // city switch → 河西 agent
  const nankaiCalls = [
    ...Array.from({ length: 10 }, (_, i) =>
      call(orgs.nankai.id, `2025-03-20T0${i}:00:00.000Z`, { wait: i + 1, agent: b.userId, talk: 60 }),
    ),
    call(orgs.nankai.id, '2025-03-05T01:00:00.000Z', { wait: 5, agent: b.userId }), // in conversation
  ];
  const allCalls = [...hexiCalls, outside, cityCall, ...nankaiCalls];
  await db.insertInto('hlCalls').values(allCalls).execute();

  const ticket = (orgId: string, createdAt: string, o: Partial<Insertable<HlTicketTable>>): Insertable<HlTicketTable> => ({
    id: newId(),
    number: `T-${newId()}`,
    orgId,
    channel: 'phone',
    callId: null,
    callerName: null,
    callerPhoneEnc: null,
    callerPhoneIndex: null,
    citizenId: null,
    category: 'labour',
    subCategory: null,
    question: '问题',
    answer: null,
    answeredBy: null,
    answeredAt: null,
    durationSeconds: null,
    state: 'open',
    createdBy: null,
    createdAt,
    closedAt: null,
    updatedAt: createdAt,
    version: 1,
    ...o,
  });
  const answered = (by: string) => ({ answer: '解答', answeredBy: by, answeredAt: now, state: 'answered' });
  await db
    .insertInto('hlTickets')
    .values([
      ticket(orgs.hexi.id, '2025-03-03T01:05:00.000Z', { subCategory: 'labour.wages', ...answered(a.userId) }),
      ticket(orgs.hexi.id, '2025-03-05T02:00:00.000Z', { channel: 'walkIn', category: 'family', ...answered(a.userId) }),
      ticket(orgs.hexi.id, '2025-03-06T02:00:00.000Z', { channel: 'online' }),
      ticket(orgs.nankai.id, '2025-03-20T02:00:00.000Z', answered(b.userId)),
      ticket(orgs.hexi.id, '2025-04-02T02:00:00.000Z', { category: 'consumer', ...answered(a.userId) }),
    ])
    .execute();

  type Result = { rows: { key: string; label: string | null; series: string | null; value: number }[]; total: number };
  const evaluate = async (id: string, headers = city.headers, extra = '') => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/stats/metrics/hotline.${id}?from=2025-03-01&to=2025-03-31${extra}`,
      headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Result;
  };
  const value = async (id: string, headers = city.headers) => (await evaluate(id, headers)).rows[0]?.value;
  const bySeries = (r: Result) => Object.fromEntries(r.rows.map((x) => [x.series, x.value]));
  const byKey = (r: Result) => Object.fromEntries(r.rows.map((x) => [x.key, x.value]));

  it('lists every metric of the module', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/stats/metrics', headers: city.headers });
    const ids = res
      .json()
      .items.map((m: { id: string }) => m.id)
      .filter((id: string) => id.startsWith('hotline.'));
    expect(ids).toHaveLength(17);
  });

  it('needs the statistics permission', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/stats/metrics/hotline.callsOffered?from=2025-03-01&to=2025-03-31' });
    expect(res.statusCode).toBe(401);
    const agent = await t.app.inject({
      method: 'GET',
      url: '/api/stats/metrics/hotline.callsOffered?from=2025-03-01&to=2025-03-31',
      headers: a.headers,
    });
    expect(agent.statusCode).toBe(403);
  });

  it('calls offered, answered, abandoned within the scope (Beijing days)', async () => {
    expect(await value('callsOffered')).toBe(17);
    expect(await value('callsAnswered')).toBe(15);
    expect(await value('callsAbandoned')).toBe(1);
    expect(await value('callsOffered', hexiReader.headers)).toBe(5);
    expect(await value('callsAnswered', hexiReader.headers)).toBe(3);
    const days = await evaluate('callsOffered', hexiReader.headers, '&groupBy=day');
    expect(days.rows.map((r) => [r.key, r.value])).toEqual([
      ['2025-03-01', 1],
      ['2025-03-03', 2],
      ['2025-03-04', 2],
    ]);
  });

  it('connection rate, average and 90th-percentile wait: the same figures as domain/call-events.ts', async () => {
    expect(await value('connectionRate')).toBe(93.75);
    expect(await value('averageWait')).toBe(10.5);
    expect(await value('p90Wait')).toBe(30);
    const inRange = allCalls.filter((c) => c !== outside);
    const figures = callFigures(inRange.map((c) => ({ ...c, state: c.state as 'offered' })));
    expect(figures.connectionRate! * 100).toBeCloseTo(93.75, 2);
    expect(figures.averageWaitSeconds).toBe(10.5);
    expect(figures.p90WaitSeconds).toBe(30);
    expect(await value('connectionRate', hexiReader.headers)).toBe(75);
    expect(await value('averageWait', hexiReader.headers)).toBe(25);
    const rate = byKey(await evaluate('connectionRate', city.headers, '&groupBy=organisation'));
    expect(rate).toEqual({ [orgs.hexi.id]: 75, [orgs.nankai.id]: 100, [orgs.city.id]: 100 });
    const p90 = await evaluate('p90Wait', city.headers, '&groupBy=organisation');
    expect(byKey(p90)).toEqual({ [orgs.hexi.id]: 40, [orgs.nankai.id]: 9, [orgs.city.id]: 8 });
    expect(p90.rows.find((r) => r.key === orgs.nankai.id)?.label).toBe('南开区公共法律服务中心');
    const p90Region = await evaluate('p90Wait', city.headers, '&groupBy=region');
    expect(p90Region.rows.find((r) => r.key === '120103')).toMatchObject({ value: 40 });
    expect(p90Region.rows.find((r) => r.key === '120103')?.label).toContain('河西');
    const p90Month = await evaluate('p90Wait', city.headers, '&groupBy=month');
    expect(p90Month.rows).toEqual([expect.objectContaining({ key: '2025-03', value: 30 })]);
  });

  it('empty range: a zero count, no rate (not 0 %), no percentile', async () => {
    const offered = await t.app.inject({
      method: 'GET',
      url: '/api/stats/metrics/hotline.callsOffered?from=2024-01-01&to=2024-01-31',
      headers: city.headers,
    });
    expect(offered.json().rows).toEqual([{ key: 'total', label: null, series: null, value: 0 }]);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/stats/metrics/hotline.connectionRate?from=2024-01-01&to=2024-01-31',
      headers: city.headers,
    });
    expect(res.json().rows).toEqual([]);
    const p90 = await t.app.inject({
      method: 'GET',
      url: '/api/stats/metrics/hotline.p90Wait?from=2024-01-01&to=2024-01-31',
      headers: city.headers,
    });
    expect(p90.json().rows).toEqual([]);
  });

  it('tickets by first-level category and by channel; by district', async () => {
    expect(bySeries(await evaluate('ticketsByCategory'))).toEqual({ labour: 3, family: 1 });
    expect(bySeries(await evaluate('ticketsByCategory', hexiReader.headers))).toEqual({ labour: 2, family: 1 });
    expect(bySeries(await evaluate('ticketsByChannel'))).toEqual({ phone: 2, walkIn: 1, online: 1 });
    const region = await evaluate('ticketsByCategory', city.headers, '&groupBy=region');
    expect(region.rows.map((r) => [r.key, r.series, r.value]).sort()).toEqual([
      ['120103', 'family', 1],
      ['120103', 'labour', 2],
      ['120104', 'labour', 1],
    ]);
  });

  it('workload per agent: tickets answered, calls answered, talk minutes (incl. a city-switch call)', async () => {
    expect(bySeries(await evaluate('agentTickets'))).toEqual({ 甲律师: 2, 乙坐席: 1 });
    expect(bySeries(await evaluate('agentCalls'))).toEqual({ 甲律师: 4, 乙坐席: 11 });
    expect(bySeries(await evaluate('agentTalkMinutes'))).toEqual({ 甲律师: 11, 乙坐席: 10 });
    expect(bySeries(await evaluate('agentCalls', hexiReader.headers))).toEqual({ 甲律师: 4 });
  });
});
