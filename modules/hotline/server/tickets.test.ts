import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { newId } from '../../../server/src/db/ids';
import { createOrg } from '../../../server/test/factories';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { count, hotlineOrgs, loginAgent, newCall, telephonyToken } from './test-fixtures';

describe('tickets: desk, walk-ins, an agent sees the tickets of their centre only', async () => {
  const t = await buildTestApp();
  setClock(t, '2025-03-03T02:00:00.000Z');
  const orgs = await hotlineOrgs(t);
  const phone = await telephonyToken(t, orgs.hexi.id);
  const hexiAgent = await loginAgent(t, orgs.hexi.id, ['pii.value.reveal']);
  const nankaiAgent = await loginAgent(t, orgs.nankai.id);
  const reader = await loginAs(t, { permissions: ['hotline.ticket.read'], orgId: orgs.hexi.id, scope: 'own' });
  const supervisor = await loginAs(t, {
    permissions: ['hotline.ticket.read', 'hotline.ticket.supervise'],
    orgId: orgs.city.id,
    scope: 'city',
  });
  const walkIn = (over: Record<string, unknown> = {}) => ({
    channel: 'walkIn',
    callerName: '王女士',
    callerPhone: '13612345678',
    category: 'family.divorce',
    question: '丈夫长期家暴，想离婚，孩子抚养权怎么争取？',
    durationSeconds: 900,
    ...over,
  });
  const create = (payload: object, headers = hexiAgent.headers) =>
    t.app.inject({ method: 'POST', url: '/api/hotline/tickets', payload, headers });
  const get = (id: string, headers = hexiAgent.headers) => t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${id}`, headers });
  const list = (query: string, headers = hexiAgent.headers) =>
    t.app.inject({ method: 'GET', url: `/api/hotline/tickets${query}`, headers });

  it('401, 403, 400 with the field (unknown category, empty question, call on a walk-in), nothing written', async () => {
    expect((await create(walkIn(), {})).statusCode).toBe(401);
    expect((await create(walkIn(), reader.headers)).statusCode).toBe(403);
    expect((await create(walkIn(), phone)).statusCode).toBe(403);
    expect((await create(walkIn({ category: 'astrology' }))).json().error).toMatchObject({
      code: 'HOTLINE_CATEGORY_UNKNOWN',
      field: 'category',
    });
    expect((await create(walkIn({ category: 'family.astrology' }))).json().error).toMatchObject({ field: 'category' });
    const empty = await create(walkIn({ question: '   ' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe('question');
    expect((await create(walkIn({ callId: 'CALL-1' }))).json().error).toMatchObject({
      code: 'HOTLINE_CHANNEL_CALL_MISMATCH',
      field: 'callId',
    });
    expect((await create(walkIn({ channel: 'phone', callId: 'CALL-NONE' }))).json().error).toMatchObject({
      code: 'HOTLINE_CALL_UNKNOWN',
      field: 'callId',
    });
    expect((await create(walkIn({ orgId: orgs.nankai.id }))).json().error).toMatchObject({
      code: 'HOTLINE_CENTRE_INVALID',
      field: 'orgId',
    });
    expect((await create(walkIn({ citizenId: '01JAAAAAAAAAAAAAAAAAAAAAAA' }))).json().error).toMatchObject({ field: 'citizenId' });
    expect(await count(t, 'hlTickets')).toBe(0);
  });

  let hexiTicket = '';
  let version = 0;
  it('a walk-in ticket: number, masked phone, the caller’s portal account, open until answered; audited', async () => {
    const citizenId = newId();
    await t.kernel.db
      .insertInto('citizens')
      .values({
        id: citizenId,
        phoneEnc: t.kernel.pii.encrypt('13612345678'),
        phoneIndex: t.kernel.pii.blindIndex('phone', '13612345678'),
        name: null,
        createdAt: new Date().toISOString(),
        lastLoginAt: null,
      })
      .execute();
    const res = await create(walkIn());
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    hexiTicket = d.id;
    version = d.version;
    expect(d).toMatchObject({
      channel: 'walkIn',
      orgId: orgs.hexi.id,
      orgName: '河西区公共法律服务中心',
      category: 'family.divorce',
      subCategory: 'family.divorce',
      categoryZh: '婚姻家庭·离婚',
      state: 'open',
      callerPhoneMasked: '136****5678',
      durationSeconds: 900,
      citizenId,
      answer: null,
      abilities: { updateAnswer: true, revealPhone: true },
    });
    expect(d.number).toMatch(/热线〔2025〕\d+号$/);
    expect(res.body).not.toContain('13612345678');
    // The answer is built from the written row (no re-read): the same as the detail read afterwards.
    expect((await get(d.id)).json()).toEqual(d);
    expect(await lastAudit(t, d.id)).toMatchObject({ action: 'hotline.ticket.create', entityType: 'hlTicket' });
  });

  it('an agent of another centre gets 404 and an empty list; the city supervisor sees all', async () => {
    const nankaiOwn = await create(walkIn({ category: 'inheritance', question: '父亲去世未留遗嘱，房产如何继承？' }), nankaiAgent.headers);
    expect(nankaiOwn.statusCode).toBe(201);
    expect((await get(hexiTicket, nankaiAgent.headers)).statusCode).toBe(404);
    expect((await get(nankaiOwn.json().id)).statusCode).toBe(404);
    const nankaiList = (await list('', nankaiAgent.headers)).json();
    expect(nankaiList.items.map((i: { id: string }) => i.id)).toEqual([nankaiOwn.json().id]);
    expect((await list('')).json().items.map((i: { id: string }) => i.id)).toEqual([hexiTicket]);
    expect((await list('', supervisor.headers)).json().total).toBe(2);
    expect((await get(hexiTicket, reader.headers)).json().abilities).toEqual({
      updateAnswer: false,
      revealPhone: false,
      transfer: false,
      close: false,
      reopen: false,
      scheduleCallback: false,
      resendSurvey: false,
    });
  });

  it('answering: 409 on a stale version, 404 outside the centre, then answered; audited', async () => {
    const answer = { answer: '可依据民法典第一千零七十九条向法院起诉离婚，并保留家暴证据。', version: version + 5 };
    const url = `/api/hotline/tickets/${hexiTicket}/answer`;
    expect((await t.app.inject({ method: 'PUT', url, payload: answer, headers: hexiAgent.headers })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'PUT', url, payload: { ...answer, version }, headers: nankaiAgent.headers })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ method: 'PUT', url, payload: { ...answer, version }, headers: reader.headers })).statusCode).toBe(403);
    const bad = await t.app.inject({ method: 'PUT', url, payload: { ...answer, version, category: 'nope' }, headers: hexiAgent.headers });
    expect(bad.json().error).toMatchObject({ code: 'HOTLINE_CATEGORY_UNKNOWN', field: 'category' });
    const ok = await t.app.inject({ method: 'PUT', url, payload: { ...answer, version }, headers: hexiAgent.headers });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'answered', answer: answer.answer, answeredBy: hexiAgent.userId, version: version + 1 });
    expect(await lastAudit(t, hexiTicket)).toMatchObject({ action: 'hotline.ticket.answer' });
  });

  it('a station records its own visitors; a walk-in must be recorded at a centre', async () => {
    const station = await createOrg(t, {
      parentId: orgs.hexiBureau.id,
      type: 'legalServiceStation',
      name: '友谊路街公共法律服务工作站',
      regionCode: '120103',
    });
    const stationStaff = await loginAgent(t, station.id);
    const res = await create(walkIn({ channel: 'station', category: 'property', question: '物业费上涨是否合法？' }), stationStaff.headers);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ channel: 'station', orgId: station.id });
    expect((await create(walkIn(), stationStaff.headers)).json().error).toMatchObject({ code: 'HOTLINE_CENTRE_INVALID', field: 'orgId' });
    expect((await create(walkIn({ channel: 'station' }))).json().error).toMatchObject({ code: 'HOTLINE_CENTRE_INVALID' });
    // The station's ticket is not the centre agent's (scope own).
    expect((await get(res.json().id)).statusCode).toBe(404);
  });

  it('from the desk: the call links its centre, caller and talk time; one ticket per call', async () => {
    const c = newCall();
    const post = (p: object) => t.app.inject({ method: 'POST', url: '/api/hotline/call-events', payload: p, headers: phone });
    await post(c.ev('offered', 0, { callerPhone: '13598765432' }));
    const desk = {
      channel: 'phone',
      callId: c.callId,
      category: 'traffic',
      question: '被电动车撞伤，对方不赔怎么办？',
      answer: '可报警取得事故认定书后起诉。',
    };
    expect((await create(desk)).json().error).toMatchObject({ code: 'HOTLINE_CALL_NOT_ANSWERED', field: 'callId' });
    await post(c.ev('answered', 6, { agentUsername: hexiAgent.username }));
    expect((await create(desk, nankaiAgent.headers)).json().error).toMatchObject({ code: 'HOTLINE_CALL_UNKNOWN', field: 'callId' });
    const res = await create(desk);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      channel: 'phone',
      callId: c.callId,
      state: 'answered',
      callerPhoneMasked: '135****5432',
      durationSeconds: null,
      call: { waitSeconds: 6, talkSeconds: null },
    });
    expect((await get(res.json().id)).json()).toEqual(res.json());
    expect((await create(desk)).json().error).toMatchObject({ code: 'HOTLINE_CALL_ALREADY_LINKED', field: 'callId' });
    await post(c.ev('ended', 306));
    expect((await get(res.json().id)).json()).toMatchObject({ durationSeconds: 300, call: { talkSeconds: 300 } });
  });

  it('a call of the city 12348 switch answered at a district seat becomes a ticket of the agent’s centre', async () => {
    const cityPhone = await telephonyToken(t, orgs.city.id);
    const c = newCall();
    const post = (p: object) => t.app.inject({ method: 'POST', url: '/api/hotline/call-events', payload: p, headers: cityPhone });
    await post(c.ev('offered', 0, { callerPhone: '13011112222' }));
    await post(c.ev('answered', 4, { agentUsername: hexiAgent.username }));
    const desk = { channel: 'phone', callId: c.callId, category: 'contract', question: '装修合同违约金过高能否调整？' };
    expect((await create(desk, nankaiAgent.headers)).json().error).toMatchObject({ code: 'HOTLINE_CALL_UNKNOWN', field: 'callId' });
    const res = await create(desk);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ orgId: orgs.hexi.id, state: 'open', call: { waitSeconds: 4 } });
    await post(c.ev('ended', 64));
    const w = await t.app.inject({
      method: 'GET',
      url: `/api/hotline/rosters/workload?from=2025-03-03&to=2025-03-03&orgId=${orgs.hexi.id}`,
      headers: supervisor.headers,
    });
    expect(w.json().items.find((i: { userId: string }) => i.userId === hexiAgent.userId)).toMatchObject({ calls: 2 });
  });

  it('list filters: state, channel, category (first level or sub), number or words, dates', async () => {
    const ids = async (q: string) => (await list(q)).json().items.map((i: { channel: string }) => i.channel);
    expect(await ids('?channel=phone')).toEqual(['phone', 'phone']);
    expect(await ids('?category=family')).toEqual(['walkIn']);
    expect(await ids('?category=family.divorce')).toEqual(['walkIn']);
    expect(await ids('?category=labour')).toEqual([]);
    expect(await ids('?q=电动车')).toEqual(['phone']);
    expect(await ids('?state=open')).toEqual(['phone']);
    expect(await ids('?from=2025-03-03&to=2025-03-03')).toHaveLength(3);
    expect(await ids('?from=2025-03-04')).toEqual([]);
    const number = (await get(hexiTicket)).json().number;
    expect(await ids(`?q=${encodeURIComponent(number)}`)).toEqual(['walkIn']);
    expect((await list('?state=lost')).json().error.field).toBe('state');
  });

  it('the caller’s phone is revealed only through the core, to staff who see the ticket', async () => {
    const reveal = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/pii/reveal',
        headers,
        payload: { entityType: 'hlTicket', entityId: hexiTicket, field: 'phone', reason: '回拨来电人核实情况' },
      });
    const ok = await reveal(hexiAgent.headers);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ value: '13612345678' });
    const outsider = await loginAs(t, {
      permissions: ['pii.value.reveal', ...['hotline.ticket.read']],
      orgId: orgs.nankai.id,
      scope: 'own',
    });
    expect((await reveal(outsider.headers)).statusCode).toBe(404);
  });
});
