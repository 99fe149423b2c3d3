import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { count, hotlineOrgs, loginAgent, newCall, telephonyToken } from './test-fixtures';

describe('duty rosters (值班排班), workload and service-level settings', async () => {
  const t = await buildTestApp();
  setClock(t, '2025-03-03T02:00:00.000Z');
  const orgs = await hotlineOrgs(t);
  const phone = await telephonyToken(t, orgs.hexi.id);
  const agent = await loginAgent(t, orgs.hexi.id);
  const nankaiAgent = await loginAgent(t, orgs.nankai.id);
  const supervise = ['hotline.ticket.read', 'hotline.ticket.supervise'];
  const hexiSupervisor = await loginAs(t, { permissions: supervise, orgId: orgs.hexi.id, scope: 'own' });
  const citySupervisor = await loginAs(t, { permissions: [...supervise, 'hotline.settings.manage'], orgId: orgs.city.id, scope: 'city' });
  const shift = (over: Record<string, unknown> = {}) => ({
    userId: agent.userId,
    dutyDate: '2025-03-03',
    shift: 'morning',
    seatRole: 'lawyer',
    seat: 'A-01',
    ...over,
  });
  const add = (payload: object, headers = hexiSupervisor.headers) =>
    t.app.inject({ method: 'POST', url: '/api/hotline/rosters', payload, headers });

  it('401, 403 for an agent, 400 (bad shift, person not at the centre), 404-like centre outside scope, nothing written', async () => {
    expect((await add(shift(), {})).statusCode).toBe(401);
    expect((await add(shift(), agent.headers)).statusCode).toBe(403);
    expect((await add(shift({ shift: 'brunch' }))).json().error.field).toBe('shift');
    expect((await add(shift({ userId: nankaiAgent.userId }))).json().error).toMatchObject({
      code: 'HOTLINE_ROSTER_USER_INVALID',
      field: 'userId',
    });
    expect((await add(shift({ orgId: orgs.nankai.id }))).json().error).toMatchObject({ code: 'HOTLINE_CENTRE_INVALID', field: 'orgId' });
    expect(await count(t, 'hlRosters')).toBe(0);
  });

  let rosterId = '';
  it('puts the agent on a shift once; the rota lists it for the centre only; audited', async () => {
    const res = await add(shift());
    expect(res.statusCode, res.body).toBe(201);
    rosterId = res.json().id;
    expect(res.json()).toMatchObject({ orgId: orgs.hexi.id, shift: 'morning', shiftZh: '上午班', from: '08:30', seatRole: 'lawyer' });
    expect(await lastAudit(t, rosterId)).toMatchObject({ action: 'hotline.roster.add' });
    expect((await add(shift())).json().error).toMatchObject({ code: 'HOTLINE_ROSTER_DUPLICATE', field: 'shift' });
    expect((await add(shift({ shift: 'afternoon', seatRole: 'agent' }))).statusCode).toBe(201);
    const rota = (headers: Record<string, string>, q = '?from=2025-03-01&to=2025-03-31') =>
      t.app.inject({ method: 'GET', url: `/api/hotline/rosters${q}`, headers });
    expect((await rota(agent.headers)).json().items).toHaveLength(2);
    expect((await rota(nankaiAgent.headers)).json().items).toHaveLength(0);
    expect((await rota(citySupervisor.headers)).json().items).toHaveLength(2);
    expect((await rota(agent.headers, '?from=2025-03-31&to=2025-03-01')).json().error).toMatchObject({
      code: 'HOTLINE_DATE_RANGE_INVALID',
      field: 'to',
    });
  });

  it('workload counts shifts, answered tickets, calls and talk time from the events', async () => {
    const c = newCall('2025-03-03T01:00:00.000Z');
    const post = (p: object) => t.app.inject({ method: 'POST', url: '/api/hotline/call-events', payload: p, headers: phone });
    await post(c.ev('offered', 0));
    await post(c.ev('answered', 10, { agentUsername: agent.username }));
    await post(c.ev('ended', 250));
    const ticket = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/tickets',
      headers: agent.headers,
      payload: {
        channel: 'phone',
        callId: c.callId,
        category: 'loan',
        question: '朋友借钱不还，没有借条怎么办？',
        answer: '可用转账记录、聊天记录等证明借贷关系。',
      },
    });
    expect(ticket.statusCode, ticket.body).toBe(201);
    const w = await t.app.inject({
      method: 'GET',
      url: '/api/hotline/rosters/workload?from=2025-03-03&to=2025-03-03',
      headers: hexiSupervisor.headers,
    });
    expect(w.statusCode, w.body).toBe(200);
    expect(w.json().items).toEqual([
      { userId: agent.userId, displayName: expect.any(String), shifts: 2, tickets: 1, calls: 1, talkSeconds: 240, averageTalkSeconds: 240 },
    ]);
    const nextDay = await t.app.inject({
      method: 'GET',
      url: '/api/hotline/rosters/workload?from=2025-03-04&to=2025-03-04',
      headers: hexiSupervisor.headers,
    });
    expect(nextDay.json().items).toEqual([]);
  });

  it('removing a shift: 404 outside the scope, then 204; audited', async () => {
    const del = (headers: Record<string, string>) => t.app.inject({ method: 'DELETE', url: `/api/hotline/rosters/${rosterId}`, headers });
    const nankaiSupervisor = await loginAs(t, { permissions: supervise, orgId: orgs.nankai.id, scope: 'own' });
    expect((await del(nankaiSupervisor.headers)).statusCode).toBe(404);
    expect((await del(hexiSupervisor.headers)).statusCode).toBe(204);
    expect(await lastAudit(t, rosterId)).toMatchObject({ action: 'hotline.roster.remove' });
    expect((await del(hexiSupervisor.headers)).statusCode).toBe(404);
  });

  it('settings: defaults labelled as local rules; only city-level staff change them; bad values 400; audited', async () => {
    const g = await t.app.inject({ method: 'GET', url: '/api/hotline/settings', headers: agent.headers });
    expect(g.statusCode).toBe(200);
    expect(g.json()).toMatchObject({ answerTargetSeconds: 20, callbackDueHours: 24, updatedAt: null });
    expect(g.json().note.zh).toContain('本地规则');
    const body = { ...g.json(), callbackDueHours: 12 };
    delete body.note;
    delete body.updatedAt;
    const put = (payload: object, headers: Record<string, string>) =>
      t.app.inject({ method: 'PUT', url: '/api/hotline/settings', payload, headers });
    expect((await put(body, agent.headers)).statusCode).toBe(403);
    const districtAdmin = await loginAs(t, { permissions: ['hotline.settings.manage'], orgId: orgs.hexi.id, scope: 'own' });
    expect((await put(body, districtAdmin.headers)).json().error).toMatchObject({ code: 'HOTLINE_SETTINGS_CITY_ONLY' });
    expect((await put({ ...body, followUpSamplePercent: 150 }, citySupervisor.headers)).json().error.field).toBe('followUpSamplePercent');
    const ok = await put(body, citySupervisor.headers);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ callbackDueHours: 12 });
    expect(await lastAudit(t, 'serviceLevels')).toMatchObject({ action: 'hotline.settings.update' });
    expect((await t.app.inject({ method: 'GET', url: '/api/hotline/settings', headers: agent.headers })).json().callbackDueHours).toBe(12);
  });
});
