import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { countRows, referralBody, referralSetup } from './referral.test-setup';
import { intakeBody, staffPermissions } from './test-fixtures';

describe('referrals through the API (诉调、公调、访调、检调对接): tokens, acknowledgement, duplicates, outcome', async () => {
  const t = await buildTestApp();
  setClock(t, '2026-03-10T02:00:00.000Z');
  const s = await referralSetup(t);
  const court = await s.referringBody('HX-COURT', 'court', { returnDays: 30 });
  const police = await s.referringBody('HX-POLICE', 'police');
  const readOnly = await s.issueToken('只读接口', ['mediation.referral.submit']);
  await t.kernel.db
    .updateTable('apiTokens')
    .set({ permissions: JSON.stringify(['mediation.case.read']) })
    .where('id', '=', readOnly.id)
    .execute();
  const committee = await loginAs(t, { permissions: staffPermissions, orgId: s.orgs.villageA.id, scope: 'own' });
  const nankaiStaff = await loginAs(t, { permissions: staffPermissions, orgId: s.orgs.nankaiVillage.id, scope: 'own' });

  const refer = (payload: object, headers?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/mediation/referrals', payload, headers });
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'GET', url: `/api/mediation${url}`, headers });

  it('401 without a token, 403 for a token without mediation.referral.submit, 400 for bad input', async () => {
    expect((await refer(referralBody('HX-COURT', 'A-1'))).statusCode).toBe(401);
    expect((await refer(referralBody('HX-COURT', 'A-1'), readOnly.headers)).statusCode).toBe(403);
    expect((await get('/referrals', readOnly.headers)).statusCode).toBe(403);
    const oneParty = await refer(referralBody('HX-COURT', 'A-1', { parties: [referralBody('', '').parties[0]] }), court.token.headers);
    expect(oneParty.statusCode).toBe(400);
    const { regionCode: _r, ...noTarget } = referralBody('HX-COURT', 'A-1');
    const res = await refer(noTarget, court.token.headers);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('committeeOrgId');
    expect(await countRows(t, 'medCases')).toBe(0);
  });

  it('an unknown court, or a code not bound to the calling token, is 400 MED_REFERRER_UNKNOWN and nothing is written', async () => {
    for (const [code, headers] of [
      ['NO-SUCH-COURT', court.token.headers],
      ['HX-POLICE', court.token.headers],
      ['HX-COURT', s.tokenAdmin.headers],
    ] as const) {
      const res = await refer(referralBody(code, 'A-1'), headers);
      expect(res.statusCode, code).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'MED_REFERRER_UNKNOWN', field: 'referrerCode' });
    }
    const unknownCommittee = await refer(referralBody('HX-COURT', 'A-1', { committeeOrgId: s.orgs.hexi.id }), court.token.headers);
    expect(unknownCommittee.json().error).toMatchObject({ code: 'MED_COMMITTEE_UNKNOWN', field: 'committeeOrgId' });
    const noCommittee = await refer(referralBody('HX-COURT', 'A-1', { regionCode: '130000' }), court.token.headers);
    expect(noCommittee.json().error).toMatchObject({ code: 'MED_COMMITTEE_NOT_FOUND_FOR_REGION', field: 'regionCode' });
    const pastReturn = await refer(referralBody('HX-COURT', 'A-1', { returnBy: '2026-03-01' }), court.token.headers);
    expect(pastReturn.json().error).toMatchObject({ code: 'MED_REFERRAL_RETURN_BY_INVALID', field: 'returnBy' });
    expect([await countRows(t, 'medCases'), await countRows(t, 'medReferrals')]).toEqual([0, 0]);
  });

  let courtAck: { referralId: string; caseNumber: string } = { referralId: '', caseNumber: '' };
  let caseId = '';

  it('a court refers a dispute: 201 acknowledgement with our case number; the case is registered as court-referred; audited', async () => {
    const res = await refer(referralBody('HX-COURT', '(2026)津0103民诉前调1号'), court.token.headers);
    expect(res.statusCode, res.body).toBe(201);
    courtAck = res.json();
    expect(res.json()).toMatchObject({
      externalRef: '(2026)津0103民诉前调1号',
      committeeName: s.orgs.villageA.name,
      caseState: 'received',
      linked: false,
    });
    expect(courtAck.caseNumber).toMatch(/调〔2026〕\d+号$/);
    const c = await t.kernel.db.selectFrom('medCases').selectAll().executeTakeFirstOrThrow();
    caseId = c.id;
    expect(c).toMatchObject({ source: 'court', orgId: s.orgs.villageA.id, referrerId: court.referrer.id, title: '孙丽与周涛邻里纠纷' });
    const referral = await t.kernel.db.selectFrom('medReferrals').selectAll().executeTakeFirstOrThrow();
    // No returnBy in the request: the court's local target of 30 days applies.
    expect(referral).toMatchObject({ caseId, channel: 'api', linked: 0, receivedOn: '2026-03-10', returnBy: '2026-04-09' });
    expect(await lastAudit(t, courtAck.referralId)).toMatchObject({ action: 'mediation.referral.receive', actorType: 'token' });
  });

  it('is idempotent by (referrer, externalRef): the same acknowledgement again, nothing new written', async () => {
    const res = await refer(referralBody('HX-COURT', '(2026)津0103民诉前调1号', { facts: '重复提交的同一委托' }), court.token.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject(courtAck);
    expect([await countRows(t, 'medCases'), await countRows(t, 'medReferrals')]).toEqual([1, 1]);
  });

  let policeReferralId = '';

  it('the same dispute referred by the police (a second channel) is linked to the case, not registered twice', async () => {
    const body = referralBody('HX-POLICE', '津公河西调2026-0007', {
      facts: '周涛在公共通道砌筑围墙、堆放杂物，孙丽无法通行，双方发生争吵，民警出警后建议调解。',
      returnBy: '2026-03-31',
      parties: [
        { role: 'applicant', name: '孙丽', phone: '13912340011' },
        { role: 'respondent', name: '周涛', idNumber: referralBody('', '').parties[1]!.idNumber },
      ],
    });
    const res = await refer(body, police.token.headers);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ caseNumber: courtAck.caseNumber, linked: true, caseState: 'received' });
    policeReferralId = res.json().referralId;
    expect([await countRows(t, 'medCases'), await countRows(t, 'medReferrals')]).toEqual([1, 2]);
    expect(await lastAudit(t, policeReferralId)).toMatchObject({ action: 'mediation.referral.link' });
  });

  it('a token sees only its own referrals (list and detail; 404 for another body’s)', async () => {
    const courtList = (await get('/referrals', court.token.headers)).json();
    expect(courtList).toMatchObject({ total: 1, items: [{ referralId: courtAck.referralId, caseState: 'received', outcome: null }] });
    const policeList = (await get('/referrals', police.token.headers)).json();
    expect(policeList.items.map((r: { referralId: string }) => r.referralId)).toEqual([policeReferralId]);
    expect((await get(`/referrals/${courtAck.referralId}`, police.token.headers)).statusCode).toBe(404);
    expect((await get(`/referrals/${courtAck.referralId}`, court.token.headers)).json()).toMatchObject({
      caseNumber: courtAck.caseNumber,
      caseStateLabel: { zh: '已登记，待受理' },
      returnBy: '2026-04-09',
    });
    expect((await get('/referrals?closed=true', court.token.headers)).json().total).toBe(0);
  });

  it('staff of the committee see the case’s referrals; another committee gets 404', async () => {
    const res = await get(`/cases/${caseId}/referrals`, committee.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().referrals.map((r: { referrerKind: string; linked: boolean }) => [r.referrerKind, r.linked])).toEqual([
      ['court', false],
      ['police', true],
    ]);
    expect((await get(`/cases/${caseId}/referrals`, nankaiStaff.headers)).statusCode).toBe(404);
  });

  it('after closure the outcome is visible to each referring body’s token, with "returned on time"', async () => {
    setClock(t, '2026-04-02T02:00:00.000Z');
    const staff = await loginAs(t, { permissions: staffPermissions, orgId: s.orgs.villageA.id, scope: 'own' });
    const courtToken = court.token.headers;
    const declined = await t.app.inject({
      method: 'POST',
      url: `/api/mediation/cases/${caseId}/decline`,
      headers: staff.headers,
      payload: { reason: '该纠纷已由人民法院立案受理，本委员会不予受理。' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const courtView = (await get(`/referrals/${courtAck.referralId}`, courtToken)).json();
    expect(courtView).toMatchObject({
      caseState: 'declined',
      outcome: 'declined',
      outcomeLabel: { zh: '不予受理' },
      closedOn: '2026-04-02',
      agreementSummary: '该纠纷已由人民法院立案受理，本委员会不予受理。',
      returnedOnTime: true,
    });
    // The police wanted the result by 31 March: returned late.
    expect((await get(`/referrals/${policeReferralId}`, police.token.headers)).json()).toMatchObject({
      outcome: 'declined',
      returnedOnTime: false,
    });
    expect((await get('/referrals?closed=true', courtToken)).json().total).toBe(1);
    expect(await lastAudit(t, courtAck.referralId)).toMatchObject({ action: 'mediation.referral.return' });
  });

  it('statistics: referrals received by kind of body, returned on time per referring body (reader’s scope)', async () => {
    const stats = await loginAs(t, { permissions: ['stats.metric.read'], orgId: s.orgs.hexi.id, scope: 'subtree' });
    const nankaiStats = await loginAs(t, { permissions: ['stats.metric.read'], orgId: s.orgs.nankai.id, scope: 'subtree' });
    const metric = async (id: string, query: string, headers = stats.headers) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/stats/metrics/${id}?${query}`, headers });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { rows: { key: string; series: string | null; value: number }[] };
    };
    const received = await metric('mediation.referralsReceived', 'from=2026-03-01&to=2026-03-31');
    expect(received.rows.map((r) => [r.series, r.value]).sort()).toEqual([
      ['人民法院（诉调对接）', 1],
      ['公安机关（公调对接）', 1],
    ]);
    const onTime = await metric('mediation.referralsReturnedOnTime', 'from=2026-04-01&to=2026-04-30&groupBy=month');
    expect(onTime.rows.map((r) => [r.key, r.series, r.value]).sort()).toEqual([
      ['2026-04', 'HX-COURT 单位', 100],
      ['2026-04', 'HX-POLICE 单位', 0],
    ]);
    expect((await metric('mediation.referralsReturnedOnTime', 'from=2026-04-01&to=2026-04-30', nankaiStats.headers)).rows).toEqual([]);
  });

  it('journey: referred → accepted → both consent → oral agreement; the court’s token reads the agreement’s summary', async () => {
    const res = await refer(
      referralBody('HX-COURT', '(2026)津0103民诉前调9号', {
        facts: '原告孙丽诉称被告周涛装修噪音扰民，请求赔偿损失。',
        kind: 'damages',
        returnBy: '2026-05-01',
      }),
      court.token.headers,
    );
    expect(res.statusCode, res.body).toBe(201);
    const { referralId } = res.json() as { referralId: string };
    const { caseId: id } = await t.kernel.db
      .selectFrom('medReferrals')
      .select('caseId')
      .where('id', '=', referralId)
      .executeTakeFirstOrThrow();
    const staff = await loginAs(t, { permissions: staffPermissions, orgId: s.orgs.villageA.id, scope: 'own' });
    const step = async (path: string, payload: object) => {
      const r = await t.app.inject({ method: 'POST', url: `/api/mediation/cases/${id}/${path}`, headers: staff.headers, payload });
      expect(r.statusCode, `${path}: ${r.body}`).toBe(200);
    };
    await step('accept', {});
    const parties = await t.kernel.db.selectFrom('medParties').select('id').where('caseId', '=', id).orderBy('position').execute();
    for (const p of parties) await step(`parties/${p.id}/consent`, { answer: 'given', way: 'written' });
    expect((await get(`/referrals/${referralId}`, court.token.headers)).json()).toMatchObject({ caseState: 'mediating', outcome: null });
    await step('agreement', {
      form: 'oral',
      reachedOn: '2026-04-02',
      facts: '周涛装修期间噪音扰民。',
      terms: '周涛赔偿孙丽800元，联系电话13912340011。',
      performanceManner: '当场现金支付',
      mediatorName: '刘桂兰',
    });
    const view = (await get(`/referrals/${referralId}`, court.token.headers)).json();
    expect(view).toMatchObject({ caseState: 'succeeded', outcome: 'agreementOral', closedOn: '2026-04-02', returnedOnTime: true });
    expect(view.agreementSummary).toContain('周涛赔偿孙丽800元');
    expect(view.agreementSummary).toContain('口头调解协议');
    expect(view.agreementSummary).not.toContain('13912340011');
  });

  it('a paper referral entered by staff for a registered court reaches the court’s token with its outcome', async () => {
    const staff = await loginAs(t, { permissions: staffPermissions, orgId: s.orgs.villageA.id, scope: 'own' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/mediation/cases',
      headers: staff.headers,
      payload: intakeBody({
        source: 'court',
        referrerId: court.referrer.id,
        referrerName: 'HX-COURT 单位',
        externalRef: '(2026)津0103民诉前调20号',
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const declined = await t.app.inject({
      method: 'POST',
      url: `/api/mediation/cases/${res.json().id}/decline`,
      headers: staff.headers,
      payload: { reason: '不属于民间纠纷。' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const list = (await get('/referrals?externalRef=(2026)津0103民诉前调20号', court.token.headers)).json();
    expect(list).toMatchObject({
      total: 1,
      items: [{ outcome: 'declined', agreementSummary: '不属于民间纠纷。', returnBy: '2026-04-01' }],
    });
    const row = await t.kernel.db
      .selectFrom('medReferrals')
      .selectAll()
      .where('externalRef', '=', '(2026)津0103民诉前调20号')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'staff', linked: 0, returnedOnTime: 0 });
  });
});
