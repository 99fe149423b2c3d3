import { describe, expect, it } from 'vitest';
import { signInCitizen } from '@tianping/server/citizen/testing';
import { handlingTestbed } from './handling.test-setup';

describe('handling: termination, withdrawal, dismissal and mediation (第三十三条、第四十一条、第七十三条、第七十四条)', async () => {
  const { t, handler, reader, nankai, post, ...bed } = await handlingTestbed();
  const citizen = await signInCitizen(t, '13900002222');
  const otherCitizen = await signInCitizen(t, '13900003333');
  const newCase = (accept = true) => bed.newCase({ accept, citizenId: citizen.body.citizen.id });
  const ask = (id: string, headers: Record<string, string> | undefined, payload: object = { reason: '已与被申请人达成和解' }) =>
    t.app.inject({ method: 'POST', url: `/api/citizen/reconsideration/cases/${id}/withdrawal`, headers: headers ?? {}, payload });
  const servedTemplates = async (id: string) =>
    (
      await t.kernel.db
        .selectFrom('serviceRecords')
        .innerJoin('attachments', 'attachments.id', 'serviceRecords.attachmentId')
        .select('attachments.templateId')
        .where('serviceRecords.entityId', '=', id)
        .where('serviceRecords.recipientCitizenId', '=', citizen.body.citizen.id)
        .execute()
    ).map((r) => r.templateId);
  const auditsOf = async (id: string) =>
    (await t.kernel.db.selectFrom('auditEvents').select('action').where('entityId', '=', id).execute()).map((a) => a.action);

  it('citizen asks to withdraw: 401, 403 without CSRF, 400, 404 for another’s case; the office is notified; 409 twice', async () => {
    const c = await newCase();
    expect((await ask(c.id, undefined)).statusCode).toBe(401);
    expect((await ask(c.id, handler.headers)).statusCode).toBe(401);
    const noCsrf = await ask(c.id, { cookie: citizen.headers.cookie! });
    expect(noCsrf.statusCode).toBe(403);
    expect((await ask(c.id, citizen.headers, { reason: '' })).statusCode).toBe(400);
    expect((await ask(c.id, otherCitizen.headers)).statusCode).toBe(404);
    const res = await ask(c.id, citizen.headers);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ caseId: c.id, status: 'pending', requestedOn: '2025-10-20' });
    const again = await ask(c.id, citizen.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('RECON_WITHDRAWAL_PENDING');
    const told = await t.kernel.db
      .selectFrom('notifications')
      .select('kind')
      .where('userId', '=', handler.userId)
      .where('kind', '=', 'reconsideration.withdrawalRequested')
      .execute();
    expect(told).toHaveLength(1);
    expect(await auditsOf(c.id)).toContain('reconsideration.withdrawal.request');
    const view = (
      await t.app.inject({ method: 'GET', url: `/api/reconsideration/cases/${c.id}/handling`, headers: handler.headers })
    ).json();
    expect(view.withdrawal).toMatchObject({ source: 'citizen', status: 'pending', barsReapplication: false, note: null });
  });

  it('POST withdraw: 403, 404; granted → terminated, outcome withdrawn, 第七十四条 stored, decision served; 409 once closed', async () => {
    const c = await newCase();
    await ask(c.id, citizen.headers);
    const body = { approvedOn: '2025-10-20', reason: '撤回系申请人真实意思表示' };
    expect((await post(c.id, 'withdraw', reader.headers, body)).statusCode).toBe(403);
    expect((await post(c.id, 'withdraw', nankai.headers, body)).statusCode).toBe(404);
    expect((await post(c.id, 'withdraw', handler.headers, { ...body, approvedOn: '2025-10-21' })).json().error.code).toBe(
      'RECON_DATE_IN_FUTURE',
    );
    const res = await post(c.id, 'withdraw', handler.headers, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'terminated',
      outcome: 'withdrawn',
      closedOn: '2025-10-20',
      withdrawal: { status: 'approved', barsReapplication: true, note: { article: '行政复议法 第七十四条第二款' } },
      closure: { kind: 'withdrawn', ground: 'withdrawn' },
      abilities: { canWithdraw: false, canSuspend: false, canTerminate: false },
    });
    expect(await servedTemplates(c.id)).toEqual(['reconsideration.withdrawalDecision']);
    expect(await auditsOf(c.id)).toContain('reconsideration.case.withdraw');
    const closed = await post(c.id, 'dismiss', handler.headers, { reason: 'x' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('RECON_INVALID_TRANSITION');
    expect((await ask(c.id, citizen.headers)).statusCode).toBe(409);
  });

  it('a written withdrawal request received before acceptance is granted by staff directly', async () => {
    const c = await newCase(false);
    const res = await post(c.id, 'withdraw', handler.headers, { approvedOn: '2025-10-20', reason: '申请人书面申请撤回' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'terminated', outcome: 'withdrawn', withdrawal: { source: 'staff', status: 'approved' } });
  });

  it('POST terminate: 400 for the withdrawal ground (own route), happy path with the notice served', async () => {
    const c = await newCase();
    const body = { ground: 'criminalCoercion', reason: '申请人因同一违法行为涉嫌犯罪被采取刑事强制措施', on: '2025-10-20' };
    expect((await post(c.id, 'terminate', reader.headers, body)).statusCode).toBe(403);
    expect((await post(c.id, 'terminate', handler.headers, { ...body, ground: 'withdrawn' })).json().error.field).toBe('ground');
    expect((await post(c.id, 'terminate', nankai.headers, body)).statusCode).toBe(404);
    const received = await newCase(false);
    expect((await post(received.id, 'terminate', handler.headers, body)).statusCode).toBe(409);
    const res = await post(c.id, 'terminate', handler.headers, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'terminated',
      outcome: 'terminated',
      closedOn: '2025-10-20',
      closure: { ground: 'criminalCoercion' },
    });
    expect(await servedTemplates(c.id)).toEqual(['reconsideration.terminationNotice']);
    const row = await t.kernel.db
      .selectFrom('reconCases')
      .select(['state', 'outcome', 'closedOn'])
      .where('id', '=', c.id)
      .executeTakeFirst();
    expect(row).toEqual({ state: 'terminated', outcome: 'terminated', closedOn: '2025-10-20' });
    const todos = await t.kernel.db
      .selectFrom('todoItems')
      .select('id')
      .where('entityId', '=', c.id)
      .where('status', '=', 'open')
      .execute();
    expect(todos).toHaveLength(0);
  });

  it('POST dismiss (第三十三条): dismissed with the decision served', async () => {
    const c = await newCase();
    expect((await post(c.id, 'dismiss', handler.headers, {})).statusCode).toBe(400);
    const res = await post(c.id, 'dismiss', handler.headers, { reason: '申请人与被诉行政行为不具有利害关系' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'dismissed', outcome: 'dismissed', closedOn: '2025-10-20' });
    expect(await servedTemplates(c.id)).toEqual(['reconsideration.dismissalDecision']);
    expect(await auditsOf(c.id)).toContain('reconsideration.case.dismiss');
  });

  it('POST mediation (第七十三条): 409 until every party has signed; then mediated with the 调解书 served', async () => {
    const c = await newCase();
    const body = { agreement: '一、被申请人将罚款数额变更为二千元；二、申请人撤回其他请求。', signedByAll: true, signedOn: '2025-10-18' };
    expect((await post(c.id, 'mediation', reader.headers, body)).statusCode).toBe(403);
    expect((await post(c.id, 'mediation', handler.headers, { ...body, signedByAll: 'yes' })).statusCode).toBe(400);
    const unsigned = await post(c.id, 'mediation', handler.headers, { ...body, signedByAll: false });
    expect(unsigned.statusCode).toBe(409);
    expect(unsigned.json().error.code).toBe('RECON_MEDIATION_NOT_SIGNED');
    expect(await t.kernel.db.selectFrom('reconClosures').select('id').where('caseId', '=', c.id).execute()).toHaveLength(0);
    const res = await post(c.id, 'mediation', handler.headers, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'mediated',
      outcome: 'mediated',
      closedOn: '2025-10-18',
      mediation: { agreement: body.agreement, signedOn: '2025-10-18' },
    });
    expect(res.json().mediation.documentAttachmentId).toBeTruthy();
    expect(await servedTemplates(c.id)).toEqual(['reconsideration.mediationAgreement']);
    expect(await auditsOf(c.id)).toContain('reconsideration.case.mediate');
  });
});
