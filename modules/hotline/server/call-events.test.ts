import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { count, hotlineOrgs, loginAgent, newCall, telephonyToken } from './test-fixtures';

describe('call events from the telephony system: token only, idempotent, in order', async () => {
  const t = await buildTestApp();
  setClock(t, '2025-03-03T01:10:00.000Z');
  const orgs = await hotlineOrgs(t);
  const hexiPhone = await telephonyToken(t, orgs.hexi.id);
  const nankaiPhone = await telephonyToken(t, orgs.nankai.id);
  const agent = await loginAgent(t, orgs.hexi.id);
  const post = (payload: object, headers: Record<string, string> = hexiPhone) =>
    t.app.inject({ method: 'POST', url: '/api/hotline/call-events', payload, headers });
  const batch = (events: object[], headers: Record<string, string> = hexiPhone) =>
    t.app.inject({ method: 'POST', url: '/api/hotline/call-events/batch', payload: { events }, headers });
  const incoming = (headers = agent.headers) => t.app.inject({ method: 'GET', url: '/api/hotline/desk/incoming', headers });

  it('401 without a token, 403 for staff (even holding the permission), 400 for bad input, nothing written', async () => {
    const c = newCall();
    expect((await post(c.ev('offered', 0), {})).statusCode).toBe(401);
    expect((await post(c.ev('offered', 0), agent.headers)).statusCode).toBe(403);
    const staffWithPerm = await loginAs(t, { permissions: ['hotline.callEvent.submit'], orgId: orgs.hexi.id });
    expect((await post(c.ev('offered', 0), staffWithPerm.headers)).statusCode).toBe(403);
    const bad = await post(c.ev('ringing', 0));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('type');
    expect((await post({ ...c.ev('offered', 0), at: 'yesterday' })).json().error.field).toBe('at');
    expect((await post({ ...c.ev('offered', 0), callerPhone: 'abc' })).json().error.field).toBe('callerPhone');
    expect(await count(t, 'hlCallEvents')).toBe(0);
  });

  it('the telephony token can only post call events: tickets, the desk and staff routes refuse it', async () => {
    for (const [method, url] of [
      ['GET', '/api/hotline/tickets'],
      ['GET', '/api/hotline/desk/incoming'],
      ['GET', '/api/hotline/settings'],
      ['GET', '/api/hotline/rosters?from=2025-03-01&to=2025-03-31'],
    ] as const)
      expect((await t.app.inject({ method, url, headers: hexiPhone })).statusCode, url).toBe(403);
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/tickets',
      headers: hexiPhone,
      payload: { channel: 'phone', category: 'labour', question: '问' },
    });
    expect(create.statusCode).toBe(403);
    // Even a token that also carries ticket permissions cannot use the desk (people only).
    const wide = await telephonyToken(t, orgs.hexi.id, ['hotline.callEvent.submit', 'hotline.ticket.handle']);
    expect((await t.app.inject({ method: 'GET', url: '/api/hotline/desk/incoming', headers: wide })).statusCode).toBe(403);
  });

  it('ended before offered → 409 HOTLINE_CALL_EVENT_ORDER with the field, nothing written', async () => {
    const c = newCall();
    const res = await post(c.ev('ended', 0));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'HOTLINE_CALL_EVENT_ORDER', field: 'type' });
    expect(await count(t, 'hlCalls')).toBe(0);
    expect(await count(t, 'hlCallEvents')).toBe(0);
  });

  let firstCallId = '';
  it('offered → answered opens the incoming-call screen with the phone masked; repeated events give the same answer', async () => {
    const c = newCall();
    firstCallId = c.callId;
    const offered = c.ev('offered', 0, { callerPhone: '13812345678' });
    const r1 = await post(offered);
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r1.json()).toEqual({ eventId: offered.eventId, callId: c.callId, type: 'offered', at: c.at(0), callState: 'offered' });
    const again = await post(offered);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(r1.json());
    expect((await post({ ...offered, at: c.at(3) })).json().error).toMatchObject({
      code: 'HOTLINE_CALL_EVENT_ID_REUSED',
      field: 'eventId',
    });
    expect((await incoming()).json()).toEqual({ call: null, history: [], earlierCalls: 0 });

    expect((await post(c.ev('answered', 12))).json().error).toMatchObject({ code: 'HOTLINE_CALL_AGENT_REQUIRED', field: 'agentUsername' });
    expect((await post(c.ev('answered', 12, { agentUsername: 'nobody' }))).json().error).toMatchObject({
      code: 'HOTLINE_AGENT_UNKNOWN',
      field: 'agentUsername',
    });
    expect((await post(c.ev('answered', -5, { agentUsername: agent.username }))).json().error).toMatchObject({
      code: 'HOTLINE_CALL_EVENT_ORDER',
      field: 'at',
    });
    const answered = await post(c.ev('answered', 12, { agentUsername: agent.username }));
    expect(answered.json()).toMatchObject({ callState: 'answered' });
    expect(await count(t, 'hlCallEvents')).toBe(2);

    const screen = (await incoming()).json();
    expect(screen.call).toMatchObject({
      callId: c.callId,
      state: 'answered',
      waitSeconds: 12,
      callerPhoneMasked: '138****5678',
      simulated: false,
    });
    expect(JSON.stringify(screen)).not.toContain('13812345678');
    const audit = await lastAudit(t, screen.call.id);
    expect(audit).toMatchObject({ action: 'hotline.callEvent.receive', actorType: 'token' });
    // Another centre's token cannot touch this call.
    expect((await post(c.ev('ended', 100), nankaiPhone)).json().error).toMatchObject({ code: 'HOTLINE_CALL_UNKNOWN', field: 'callId' });

    const ended = await post(c.ev('ended', 200));
    expect(ended.json()).toMatchObject({ callState: 'ended' });
    const row = await t.kernel.db.selectFrom('hlCalls').selectAll().where('callId', '=', c.callId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ waitSeconds: 12, talkSeconds: 188, orgId: orgs.hexi.id });
    expect(row.callerPhoneEnc).not.toContain('13812345678');
  });

  it('the same event delivered several times at once is recorded once, every delivery gets the same answer', async () => {
    const c = newCall();
    const before = await count(t, 'hlCallEvents');
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => post(c.ev('offered', 0))));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((r) => r.body)).size).toBe(1);
    expect(await count(t, 'hlCallEvents')).toBe(before + 1);
    await post(c.ev('abandoned', 20));
  });

  it('answered after abandoned → 409, nothing written', async () => {
    const c = newCall();
    await post(c.ev('offered', 0));
    await post(c.ev('abandoned', 40));
    const before = await count(t, 'hlCallEvents');
    const res = await post(c.ev('answered', 45, { agentUsername: agent.username }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'HOTLINE_CALL_EVENT_ORDER', field: 'type' });
    expect(await count(t, 'hlCallEvents')).toBe(before);
  });

  it('a batch is all or nothing; duplicates within and across batches are idempotent', async () => {
    const a = newCall();
    const b = newCall();
    const before = await count(t, 'hlCallEvents');
    const bad = await batch([a.ev('offered', 0), a.ev('answered', 5, { agentUsername: agent.username }), b.ev('ended', 9)]);
    expect(bad.statusCode).toBe(409);
    expect(bad.json().error).toMatchObject({ code: 'HOTLINE_CALL_EVENT_ORDER', field: 'events.2.type' });
    expect(await count(t, 'hlCallEvents')).toBe(before);

    const events = [
      a.ev('offered', 0, { callerPhone: '13912340000' }),
      a.ev('offered', 0, { callerPhone: '13912340000' }),
      a.ev('answered', 5, { agentUsername: agent.username }),
      b.ev('offered', 1),
      b.ev('abandoned', 31),
    ];
    const ok = await batch(events);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ accepted: 4, duplicates: 1 });
    expect(ok.json().results.map((r: { duplicate: boolean }) => r.duplicate)).toEqual([false, true, false, false, false]);
    const again = await batch(events);
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 5 });
    expect(await count(t, 'hlCallEvents')).toBe(before + 4);
    const calls = await t.kernel.db
      .selectFrom('hlCalls')
      .select(['callId', 'state', 'waitSeconds'])
      .where('callId', 'in', [a.callId, b.callId])
      .execute();
    expect(calls.sort((x, y) => x.callId.localeCompare(y.callId))).toEqual(
      [
        { callId: a.callId, state: 'answered', waitSeconds: 5 },
        { callId: b.callId, state: 'abandoned', waitSeconds: 30 },
      ].sort((x, y) => x.callId.localeCompare(y.callId)),
    );
    const audit = await t.kernel.db.selectFrom('auditEvents').select('action').where('action', '=', 'hotline.callEvent.batch').execute();
    expect(audit).toHaveLength(1);
    // Close the call left open so that the agent is free for the next test.
    expect((await post(a.ev('ended', 60))).statusCode).toBe(200);
  });

  it('the incoming screen shows the caller’s earlier contacts of the agent’s centre, masked', async () => {
    // The first call (ended, no ticket yet, within the window) gets its ticket.
    const t1 = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/tickets',
      headers: agent.headers,
      payload: {
        channel: 'phone',
        callId: firstCallId,
        category: 'labour.wages',
        question: '老板拖欠工资，我的身份证号120103198503071234，怎么办？',
        answer: '可申请劳动仲裁。',
      },
    });
    expect(t1.statusCode, t1.body).toBe(201);
    expect(t1.json()).toMatchObject({ durationSeconds: 188, callerPhoneMasked: '138****5678', state: 'answered' });
    const c = newCall('2025-03-03T01:05:00.000Z');
    await post(c.ev('offered', 0, { callerPhone: '+86 138-1234-5678' }));
    await post(c.ev('answered', 7, { agentUsername: agent.username }));
    const screen = (await incoming()).json();
    expect(screen.call.callId).toBe(c.callId);
    expect(screen.earlierCalls).toBe(1);
    expect(screen.history).toHaveLength(1);
    expect(screen.history[0]).toMatchObject({ id: t1.json().id, category: 'labour.wages', categoryZh: '劳动争议·拖欠工资' });
    expect(screen.history[0].question).not.toContain('120103198503071234');
    // An agent of another centre never sees them.
    const other = await loginAgent(t, orgs.nankai.id);
    expect((await incoming(other.headers)).json()).toEqual({ call: null, history: [], earlierCalls: 0 });
    await post(c.ev('ended', 30));
  });

  it('开发模拟: the simulator plays offered → answered (→ ended) through the same service', async () => {
    const sim = (payload: object, headers = agent.headers) =>
      t.app.inject({ method: 'POST', url: '/api/hotline/dev/simulate-call', payload, headers });
    expect((await sim({}, {})).statusCode).toBe(401);
    expect((await sim({}, hexiPhone)).statusCode).toBe(403);
    expect((await sim({ waitSeconds: -1 })).json().error.field).toBe('waitSeconds');
    const before = await count(t, 'hlCalls');
    expect((await sim({ agentUsername: 'nobody' })).json().error).toMatchObject({ code: 'HOTLINE_AGENT_UNKNOWN', field: 'agentUsername' });
    expect(await count(t, 'hlCalls')).toBe(before);
    const res = await sim({ callerPhone: '13700001111', waitSeconds: 9 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().label.zh).toContain('开发模拟');
    expect(res.json().events.map((e: { type: string }) => e.type)).toEqual(['offered', 'answered']);
    expect(res.json().call).toMatchObject({ state: 'answered', waitSeconds: 9, simulated: true, orgId: orgs.hexi.id });
    expect((await incoming()).json().call.callId).toBe(res.json().call.callId);
    const ended = await sim({ stage: 'ended', talkSeconds: 120 });
    expect(ended.json().events.map((e: { type: string }) => e.type)).toEqual(['offered', 'answered', 'ended']);
    expect(ended.json().call).toMatchObject({ state: 'ended', talkSeconds: 120 });
  });
});
