import { describe, expect, it } from 'vitest';
import { setClock } from '@tianping/server/workflow/test-workflow';
import { createOrg } from '../../../server/test/factories';
import { multipartBody } from '@tianping/server/attachments/test-helpers';
import { handle, handlingTestbed, read, review } from './handling.test-setup';

const replyPerm = 'reconsideration.reply.submit';

describe('handling: handler, procedure, copy to the respondent and its reply (第四十八条、第五十五条、第七十条)', async () => {
  const { t, orgs, staff, handler, reader, post, ...bed } = await handlingTestbed();
  const otherAgency = await createOrg(t, { parentId: orgs.nankai.id, type: 'enforcementAgency', name: '天津市南开区城市管理委员会' });
  const head = await staff([read, handle, review]);
  const nankai = await staff([read, handle, review], orgs.nankai.id);
  const agency = await staff([replyPerm, 'attachments.file.upload'], orgs.agency.id, 'own');
  const foreignAgency = await staff([replyPerm], otherAgency.id, 'own');
  // Sees the case (case.read at 河西, own scope) and may reply in general, but does not answer for the agency.
  const notRespondent = await staff([read, replyPerm], orgs.hexi.id, 'own');
  const nobody = await staff([], orgs.city.id, 'city');
  const newCase = (procedure: 'ordinary' | 'simplified' = 'ordinary', on = '2025-09-30') => bed.newCase({ procedure, on });
  const get = (id: string, headers?: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: `/api/reconsideration/cases/${id}/handling`, headers: headers ?? {} });
  const audits = (id: string, action: string) =>
    t.kernel.db.selectFrom('auditEvents').selectAll().where('entityId', '=', id).where('action', '=', action).execute();

  it('GET handling: 401, 403, 400, 404 out of scope; the handler and the respondent agency see it', async () => {
    const c = await newCase();
    expect((await get(c.id)).statusCode).toBe(401);
    expect((await get(c.id, nobody.headers)).statusCode).toBe(403);
    expect((await get('nope', handler.headers)).statusCode).toBe(400);
    expect((await get(c.id, nankai.headers)).statusCode).toBe(404);
    expect((await get(c.id, foreignAgency.headers)).statusCode).toBe(404);
    const res = await get(c.id, handler.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'accepted',
      procedure: 'ordinary',
      respondentReply: { status: 'copyNotSent', overdue: false, consequence: null },
      localRules: { suspensionExcludedFromDecisionPeriod: true },
      abilities: { canSendCopy: true, canReply: false, canConvertProcedure: false, canResume: false, canSuspend: true },
    });
    expect(res.json().localRules.note.zh).toContain('本地规则');
    const asAgency = await get(c.id, agency.headers);
    expect(asAgency.statusCode).toBe(200);
    expect(asAgency.json().abilities).toMatchObject({ canSendCopy: false, canReply: false, canSuspend: false });
  });

  it('POST handler: 403, 400 for a user outside the handling body, 404 out of scope; the todo moves to the handler', async () => {
    const c = await newCase();
    expect((await post(c.id, 'handler', reader.headers, { handlerId: handler.userId })).statusCode).toBe(403);
    expect((await post(c.id, 'handler', handler.headers, {})).statusCode).toBe(400);
    const outside = await post(c.id, 'handler', handler.headers, { handlerId: nankai.userId });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({ code: 'RECON_HANDLER_NOT_ELIGIBLE', field: 'handlerId' });
    expect((await post(c.id, 'handler', nankai.headers, { handlerId: nankai.userId })).statusCode).toBe(404);
    const res = await post(c.id, 'handler', head.headers, { handlerId: handler.userId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ handlerId: handler.userId, decisionDueOn: '2025-12-01' });
    const todos = await t.kernel.db.selectFrom('todoItems').selectAll().where('entityId', '=', c.id).where('status', '=', 'open').execute();
    expect(todos.map((x) => x.assigneeUserId)).toEqual([handler.userId]);
    expect(await audits(c.id, 'reconsideration.case.assignHandler')).toHaveLength(1);
  });

  it('POST procedure: office head only; 409 unless simplified; the 60-day period from acceptance replaces the 30-day one', async () => {
    const simple = await newCase('simplified');
    expect((await post(simple.id, 'procedure', handler.headers, { reason: '案情复杂' })).statusCode).toBe(403);
    expect((await post(simple.id, 'procedure', head.headers, { reason: '' })).statusCode).toBe(400);
    expect((await post(simple.id, 'procedure', nankai.headers, { reason: '案情复杂' })).statusCode).toBe(404);
    const ordinary = await newCase('ordinary');
    const wrong = await post(ordinary.id, 'procedure', head.headers, { reason: '案情复杂' });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.code).toBe('RECON_PROCEDURE_NOT_SIMPLIFIED');
    const res = await post(simple.id, 'procedure', head.headers, { reason: '案情复杂，不宜适用简易程序' });
    expect(res.statusCode, res.body).toBe(200);
    // Accepted 30 Sep 2025: 60 days end on Sat 29 Nov → Mon 1 Dec (the simplified period ended 30 Oct).
    expect(res.json()).toMatchObject({ procedure: 'ordinary', decisionDueOn: '2025-12-01', abilities: { canConvertProcedure: false } });
    const [audit] = await audits(simple.id, 'reconsideration.case.convertProcedure');
    expect(audit?.reason).toBe('案情复杂，不宜适用简易程序');
  });

  it('POST procedure: an earlier suspension that stopped the clocks still counts out of the new 60-day period', async () => {
    const simple = await newCase('simplified');
    const suspended = await post(simple.id, 'suspend', handler.headers, {
      ground: 'forceMajeure',
      reason: '不可抗力',
      suspendedOn: '2025-10-10',
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect((await post(simple.id, 'resume', handler.headers, { resumedOn: '2025-10-20', reason: '原因消除' })).statusCode).toBe(200);
    const res = await post(simple.id, 'procedure', head.headers, { reason: '案情复杂' });
    expect(res.statusCode, res.body).toBe(200);
    // 60 days from 30 Sep end on 29 Nov; the 10 suspended days (10–19 Oct) move it to Tue 9 Dec.
    expect(res.json()).toMatchObject({ procedure: 'ordinary', decisionDueOn: '2025-12-09' });
  });

  it('POST copy: failures first, then the reply period from receipt, the notice to the agency and its users notified', async () => {
    const c = await newCase();
    const body = { sentOn: '2025-10-10', receivedOn: '2025-10-13' };
    expect((await post(c.id, 'copy', undefined, body)).statusCode).toBe(401);
    expect((await post(c.id, 'copy', reader.headers, body)).statusCode).toBe(403);
    expect((await post(c.id, 'copy', handler.headers, { sentOn: '2025-10-10' })).json().error.field).toBe('receivedOn');
    expect((await post(c.id, 'copy', nankai.headers, body)).statusCode).toBe(404);
    const order = await post(c.id, 'copy', handler.headers, { sentOn: '2025-10-10', receivedOn: '2025-10-09' });
    expect(order.statusCode).toBe(400);
    expect(order.json().error).toMatchObject({ code: 'RECON_DATE_ORDER', field: 'receivedOn' });
    const future = await post(c.id, 'copy', handler.headers, { sentOn: '2025-10-10', receivedOn: '2025-10-21' });
    expect(future.json().error).toMatchObject({ code: 'RECON_DATE_IN_FUTURE', field: 'receivedOn' });

    const res = await post(c.id, 'copy', handler.headers, body);
    expect(res.statusCode, res.body).toBe(200);
    // Copy due 7 working days after 30 Sep (National Day): 16 Oct — sent on the 10th, in time.
    // Reply: 10 working days from Mon 13 Oct → Mon 27 Oct.
    expect(res.json().replies).toEqual([
      expect.objectContaining({ copySentOn: '2025-10-10', copyDueOn: '2025-10-16', copyLate: false, replyDueOn: '2025-10-27' }),
    ]);
    expect(res.json().respondentReply).toMatchObject({ status: 'awaiting', dueOn: '2025-10-27', overdue: false });
    expect((await post(c.id, 'copy', handler.headers, body)).json().error.code).toBe('RECON_COPY_ALREADY_SENT');
    const notice = await t.kernel.db
      .selectFrom('attachments')
      .selectAll()
      .where('entityId', '=', c.id)
      .where('templateId', '=', 'reconsideration.replyNotice')
      .execute();
    expect(notice).toHaveLength(1);
    // The notice goes to the agency, not to the applicant.
    expect(await t.kernel.db.selectFrom('serviceRecords').select('id').where('entityId', '=', c.id).execute()).toHaveLength(0);
    const told = await t.kernel.db.selectFrom('notifications').selectAll().where('userId', '=', agency.userId).execute();
    expect(told.map((n) => n.kind)).toContain('reconsideration.replyRequested');
    expect(await audits(c.id, 'reconsideration.case.sendCopy')).toHaveLength(1);
    const agencyView = await get(c.id, agency.headers);
    expect(agencyView.json().abilities.canReply).toBe(true);
  });

  it('a copy sent after the 7 working days is allowed and flagged', async () => {
    const c = await newCase();
    const res = await post(c.id, 'copy', handler.headers, { sentOn: '2025-10-17', receivedOn: '2025-10-17' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().replies[0]).toMatchObject({ copyDueOn: '2025-10-16', copyLate: true });
  });

  it('POST reply: only the respondent agency, once; evidence must belong to the case', async () => {
    const c = await newCase();
    const body = { text: '原行政行为认定事实清楚，证据确凿，请予维持。' };
    const early = await post(c.id, 'reply', agency.headers, body);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('RECON_COPY_NOT_SENT');
    await post(c.id, 'copy', handler.headers, { sentOn: '2025-10-10', receivedOn: '2025-10-13' });
    expect((await post(c.id, 'reply', undefined, body)).statusCode).toBe(401);
    expect((await post(c.id, 'reply', handler.headers, body)).statusCode).toBe(403);
    expect((await post(c.id, 'reply', agency.headers, { text: '' })).statusCode).toBe(400);
    expect((await post(c.id, 'reply', foreignAgency.headers, body)).statusCode).toBe(404);
    const notOurs = await post(c.id, 'reply', notRespondent.headers, body);
    expect(notOurs.statusCode).toBe(403);
    expect(notOurs.json().error.code).toBe('RECON_NOT_RESPONDENT');
    const stranger = await post(c.id, 'reply', agency.headers, { ...body, evidenceAttachmentIds: ['01ARZ3NDEKTSV4RRFFQ69G5FAV'] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error).toMatchObject({ code: 'RECON_EVIDENCE_NOT_OF_CASE', field: 'evidenceAttachmentIds.0' });

    // The agency uploads its evidence to the case (第四十八条: 提交证据、依据).
    const file = multipartBody([
      { name: 'entityType', value: 'reconCase' },
      { name: 'entityId', value: c.id },
      { name: 'file', fileName: '证据.pdf', type: 'application/pdf', content: Buffer.from('%PDF-1.4\n%evidence\n%%EOF\n') },
    ]);
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/attachments',
      headers: { ...agency.headers, ...file.headers },
      payload: file.payload,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const evidence = upload.json() as { id: string };
    const res = await post(c.id, 'reply', agency.headers, { ...body, evidenceAttachmentIds: [evidence.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().replies[0]).toMatchObject({ repliedOn: '2025-10-20', replyText: body.text, evidenceAttachmentIds: [evidence.id] });
    expect(res.json().respondentReply).toMatchObject({ status: 'replied', overdue: false });
    const again = await post(c.id, 'reply', agency.headers, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('RECON_REPLY_ALREADY_SUBMITTED');
    const [audit] = await audits(c.id, 'reconsideration.case.submitReply');
    expect(audit?.actorId).toBe(agency.userId);
    // The agency's todo closes with the reply; the handler's remains.
    const todos = await t.kernel.db.selectFrom('todoItems').selectAll().where('entityId', '=', c.id).where('status', '=', 'open').execute();
    expect(todos.map((x) => x.assigneeOrgId)).toEqual([orgs.hexi.id]);
  });

  it('an overdue reply is flagged with its consequence (第七十条)', async () => {
    const c = await newCase();
    await post(c.id, 'copy', handler.headers, { sentOn: '2025-10-09', receivedOn: '2025-10-09' });
    // 10 working days from 9 Oct (make-up Saturday 11 Oct counts): due 22 Oct. Today is 20 Oct.
    expect((await get(c.id, handler.headers)).json().respondentReply).toMatchObject({ status: 'awaiting', dueOn: '2025-10-22' });
    setClock(t, '2025-10-24T02:00:00.000Z');
    try {
      // Sessions idle for days have expired: sign in again on the later day.
      const later = await staff([read, handle]);
      const agencyLater = await staff([replyPerm], orgs.agency.id, 'own');
      const view = (await get(c.id, later.headers)).json();
      expect(view.respondentReply).toMatchObject({ status: 'overdue', overdue: true, consequence: { article: '行政复议法 第七十条' } });
      expect(view.respondentReply.consequence.zh).toContain('视为该行政行为没有证据、依据');
      const late = await post(c.id, 'reply', agencyLater.headers, { text: '逾期答复' });
      expect(late.json().respondentReply).toMatchObject({ status: 'repliedLate', overdue: true });
    } finally {
      setClock(t, '2025-10-20T02:00:00.000Z');
    }
  });
});
