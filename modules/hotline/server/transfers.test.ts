import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { createOrg } from '../../../server/test/factories';
import {
  allianceToken,
  answeredTicket,
  handlingOrgs,
  handlingPeople,
  insertAidStandard,
  surveyTokenFromSms,
  testIdNumber,
} from './handling-test-fixtures';
import { telephonyToken } from './test-fixtures';

describe('one-click transfer (一键转接): 12345 alliance, notary, a pre-filled legal-aid application', async () => {
  const t = await buildTestApp();
  setClock(t, '2025-03-03T02:00:00.000Z');
  const orgs = await handlingOrgs(t);
  await insertAidStandard(t);
  const { agent, nankaiAgent, reader, supervisor } = await handlingPeople(t, orgs);
  const phone = await telephonyToken(t, orgs.hexi.id);
  const alliance = await allianceToken(t, orgs.city.id);
  const ticket = await answeredTicket(t, agent.headers);
  const transfer = (payload: object, headers = agent.headers, id = ticket.id) =>
    t.app.inject({ method: 'POST', url: `/api/hotline/tickets/${id}/transfers`, payload, headers });
  const aidPrefill = (over: Record<string, unknown> = {}) => ({
    orgId: orgs.aidCentre.id,
    matterKind: 'wages',
    householdSize: 3,
    monthlyIncomeYuan: 2_400,
    applicant: { name: '李建军', idNumber: testIdNumber(), phone: '13712345678' },
    opponents: [{ name: '天津市某建筑劳务有限公司' }],
    eventRegionCode: '120103',
    hardshipCheck: 'pledge',
    pledgeSigned: true,
    ...over,
  });
  const transferCount = async () =>
    Number(
      (
        await t.kernel.db
          .selectFrom('hlTransfers')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('lists the destinations with availability and prefill fields', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/hotline/handoff-targets', headers: agent.headers });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { destination: string; available: boolean; fields: string[] }[];
    expect(items.map((i) => i.destination)).toEqual(['alliance12345', 'legalAid', 'mediation', 'reconsideration', 'notary']);
    expect(items.find((i) => i.destination === 'legalAid')).toMatchObject({ available: true });
    expect(items.find((i) => i.destination === 'legalAid')!.fields).toContain('applicant.idNumber');
    expect(items.find((i) => i.destination === 'notary')).toMatchObject({ available: true, fields: ['orgId'] });
  });

  it('401, 403 (reader, telephony token), 400 (bad destination, invalid prefill), 404 outside the centre; nothing written', async () => {
    expect((await transfer({ destination: 'alliance12345' }, {})).statusCode).toBe(401);
    expect((await transfer({ destination: 'alliance12345' }, reader.headers)).statusCode).toBe(403);
    expect((await transfer({ destination: 'alliance12345' }, phone)).statusCode).toBe(403);
    expect((await transfer({ destination: 'court' })).json().error).toMatchObject({ field: 'destination' });
    expect((await transfer({ destination: 'notary', prefill: {} })).json().error).toMatchObject({
      code: 'HOTLINE_NOTARY_OFFICE_INVALID',
      field: 'prefill.orgId',
    });
    expect((await transfer({ destination: 'alliance12345' }, nankaiAgent.headers)).statusCode).toBe(404);
    expect(await transferCount()).toBe(0);
  });

  it('a module rejecting the pre-filled data: its 4xx code passed through, the failed attempt kept, nothing else written', async () => {
    const invalid = await transfer({ destination: 'legalAid', prefill: aidPrefill({ applicant: { name: '李建军', idNumber: '123' } }) });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error).toMatchObject({ field: 'prefill.applicant.idNumber' });
    // Every issue is listed under the dialog's field name, with what is wrong with the number.
    expect(invalid.json().error.issues).toContainEqual(
      expect.objectContaining({ field: 'prefill.applicant.idNumber', message: '公民身份号码应为18位（末位可为X）' }),
    );
    const rejected = await transfer({ destination: 'legalAid', prefill: aidPrefill({ orgId: orgs.hexi.id }) });
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().error).toMatchObject({ code: 'AID_CENTRE_INVALID', field: 'orgId' });
    const list = (await t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${ticket.id}/transfers`, headers: agent.headers })).json();
    expect(list.items).toHaveLength(2);
    expect(list.items[1]).toMatchObject({
      destination: 'legalAid',
      state: 'failed',
      errorCode: 'AID_CENTRE_INVALID',
      errorField: 'orgId',
      entityId: null,
    });
    expect(await t.kernel.db.selectFrom('aidCases').select('id').execute()).toHaveLength(0);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${ticket.id}`, headers: agent.headers })).json();
    expect(detail).toMatchObject({ state: 'answered', version: ticket.version });
    expect(await lastAudit(t, ticket.id)).toMatchObject({ action: 'hotline.transfer.fail' });
  });

  it('to legal aid: a pre-filled application created in the legal-aid module, linked to the ticket; audited', async () => {
    const res = await transfer({ destination: 'legalAid', note: '来电人经济困难', prefill: aidPrefill() });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v).toMatchObject({ destination: 'legalAid', state: 'sent', entityType: 'aidCase', ticketNumber: ticket.number });
    expect(v.reference).toMatch(/热线转〔2025〕\d+号$/);
    expect(v.targetReference).toMatch(/援〔2025〕\d+号$/);
    expect(v.path).toBe(`/workbench/legal-aid/cases/${v.entityId}`);
    const aid = await t.kernel.db.selectFrom('aidCases').selectAll().where('id', '=', v.entityId).executeTakeFirstOrThrow();
    expect(aid).toMatchObject({ orgId: orgs.aidCentre.id, origin: 'walkIn', matterKind: 'wages', applicantName: '李建军' });
    expect(aid.matterSummary).toContain(ticket.number);
    expect(aid.matterSummary).toContain('拖欠工资');
    const detail = (await t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${ticket.id}`, headers: agent.headers })).json();
    expect(detail.state).toBe('transferred');
    expect(detail.transfers.map((x: { state: string }) => x.state)).toEqual(['failed', 'failed', 'sent']);
    expect(await lastAudit(t, ticket.id)).toMatchObject({ action: 'hotline.transfer.create' });
    expect(JSON.stringify(await t.kernel.db.selectFrom('hlTransfers').selectAll().execute())).not.toContain(testIdNumber());
  });

  it('journey: the transferred ticket is closed, the caller answers the SMS link dissatisfied, the ticket reopens', async () => {
    const d = (await t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${ticket.id}`, headers: agent.headers })).json();
    expect(d.abilities).toMatchObject({ close: true, transfer: true });
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/hotline/tickets/${ticket.id}/close`,
      payload: { version: d.version },
      headers: agent.headers,
    });
    expect(closed.json()).toMatchObject({ state: 'closed', survey: { state: 'sent', sentBySms: true }, abilities: { transfer: false } });
    const token = await surveyTokenFromSms(t, ticket.number);
    const rated = await t.app.inject({ method: 'POST', url: `/api/hotline/public/surveys/${token}`, payload: { rating: 'dissatisfied' } });
    expect(rated.json()).toMatchObject({ reopened: true });
    const after = (await t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${ticket.id}`, headers: supervisor.headers })).json();
    expect(after).toMatchObject({ state: 'reopened', abilities: { reopen: false } });
    expect(after.transfers.at(-1)).toMatchObject({ destination: 'legalAid', state: 'sent' });
  });

  it('to the 12345 alliance: a referral with our reference; the alliance token records the result once', async () => {
    const res = await transfer({ destination: 'alliance12345', note: '涉及物业，转12345' });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const report = (payload: object, headers: Record<string, string> = alliance) =>
      t.app.inject({ method: 'PATCH', url: `/api/hotline/transfers/${id}/result`, payload, headers });
    expect((await report({ state: 'completed', result: '已办结' }, phone)).statusCode).toBe(403);
    expect((await report({ state: 'completed', result: '' })).statusCode).toBe(400);
    const waiting = await t.app.inject({
      method: 'GET',
      url: '/api/hotline/transfers?destination=alliance12345&state=sent',
      headers: alliance,
    });
    expect(waiting.json().items.map((i: { id: string }) => i.id)).toEqual([id]);
    const done = await report({ state: 'completed', targetReference: '12345-2025-0301', result: '已由区住建委办结' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ state: 'completed', targetReference: '12345-2025-0301', result: '已由区住建委办结' });
    expect((await report({ state: 'rejected', result: '再改' })).json().error).toMatchObject({ code: 'HOTLINE_TRANSFER_NOT_REPORTABLE' });
    const legalAid = (
      await t.app.inject({ method: 'GET', url: '/api/hotline/transfers?destination=legalAid&state=sent', headers: supervisor.headers })
    ).json();
    expect((await report({ state: 'completed', result: '不适用' }, agent.headers)).statusCode).toBe(409);
    const aidTransfer = legalAid.items[0].id as string;
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: `/api/hotline/transfers/${aidTransfer}/result`,
      payload: { state: 'completed', result: 'x' },
      headers: agent.headers,
    });
    expect(wrong.json().error).toMatchObject({ code: 'HOTLINE_TRANSFER_NOT_REPORTABLE' });
  });

  it('to a notary office: a referral and a notification to the office', async () => {
    const other = await answeredTicket(t, agent.headers, { category: 'other', question: '出国留学需要办理学历公证，去哪里办？' });
    const res = await transfer({ destination: 'notary', prefill: { orgId: orgs.notary.id } }, agent.headers, other.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      destination: 'notary',
      state: 'sent',
      targetOrgId: orgs.notary.id,
      targetOrgName: '天津市津门公证处',
    });
    const wrongOffice = await answeredTicket(t, agent.headers);
    const bad = await transfer({ destination: 'notary', prefill: { orgId: orgs.nankai.id } }, agent.headers, wrongOffice.id);
    expect(bad.json().error).toMatchObject({ code: 'HOTLINE_NOTARY_OFFICE_INVALID', field: 'prefill.orgId' });
  });

  it('to mediation: a pre-filled request (source hotline); to reconsideration: the body’s refusal passed through', async () => {
    const committee = await createOrg(t, {
      parentId: orgs.hexiBureau.id,
      type: 'mediationCommittee',
      name: '友谊路街人民调解委员会',
      regionCode: '120103',
    });
    const neighbours = await answeredTicket(t, agent.headers, { category: 'property', question: '楼上漏水淹了我家，对方不肯赔偿。' });
    const parties = [
      { role: 'applicant', name: '张女士', phone: '13712345678' },
      { role: 'respondent', name: '刘先生' },
    ];
    const res = await transfer(
      { destination: 'mediation', prefill: { orgId: committee.id, kind: 'neighbour', parties } },
      agent.headers,
      neighbours.id,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ destination: 'mediation', state: 'sent', entityType: 'medCase' });
    const med = await t.kernel.db.selectFrom('medCases').selectAll().where('id', '=', res.json().entityId).executeTakeFirstOrThrow();
    expect(med).toMatchObject({ orgId: committee.id, source: 'hotline', externalRef: neighbours.number });
    const act = await answeredTicket(t, agent.headers, { category: 'administrative', question: '被罚款五千元不服，怎么申请复议？' });
    const refused = await transfer(
      {
        destination: 'reconsideration',
        prefill: {
          orgId: orgs.hexi.id,
          applicant: { kind: 'person', name: '赵先生', idNumber: testIdNumber(7) },
          respondentName: '天津市某区市场监督管理局',
          act: { kind: 'penalty', madeOn: '2025-02-20', learnedOn: '2025-02-21', rightsStated: true },
          requests: '撤销罚款决定',
        },
      },
      agent.headers,
      act.id,
    );
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'RECON_BODY_INVALID', field: 'orgId' });
    const kept = (await t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${act.id}/transfers`, headers: agent.headers })).json();
    expect(kept.items).toMatchObject([{ destination: 'reconsideration', state: 'failed' }]);
    // The district bureau as the reconsideration body: an oral intake recorded there, linked to the ticket.
    const ok = await transfer(
      {
        destination: 'reconsideration',
        prefill: {
          orgId: orgs.hexiBureau.id,
          applicant: { kind: 'person', name: '赵先生', idNumber: testIdNumber(7) },
          respondentName: '天津市某区市场监督管理局',
          act: { kind: 'penalty', madeOn: '2025-02-20', learnedOn: '2025-02-21', rightsStated: true },
          requests: '撤销罚款决定',
        },
      },
      agent.headers,
      act.id,
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ destination: 'reconsideration', state: 'sent', entityType: 'reconCase' });
    expect(ok.json().path).toBe(`/workbench/reconsideration/cases/${ok.json().entityId}`);
    const recon = await t.kernel.db.selectFrom('reconCases').selectAll().where('id', '=', ok.json().entityId).executeTakeFirstOrThrow();
    expect(recon).toMatchObject({ orgId: orgs.hexiBureau.id, channel: 'oral' });
  });
});
