import { describe, expect, it } from 'vitest';
import { signInCitizen } from '@tianping/server/citizen/testing';
import { handlingTestbed } from './handling.test-setup';

describe('handling: hearing the parties, hearings and committee consultation (第四十九条至第五十二条)', async () => {
  const { t, orgs, staff, handler, reader, nankai, post, ...bed } = await handlingTestbed();
  const citizen = await signInCitizen(t, '13900001111');
  const newCase = (accept = true) => bed.newCase({ accept, citizenId: citizen.body.citizen.id });
  const panel = { presiding: '李主持', officers: ['王听证', '赵听证'], clerk: '钱记录' };
  // Notice served today (Mon 20 Oct): five full working days (21–24, 27 Oct) lie before a hearing on Tue 28 Oct.
  const hearing = { kind: 'hearing', scheduledOn: '2025-10-28', place: '河西区司法局听证室', matters: '处罚认定的事实和证据', panel };

  it('POST hearings: 401, 403, 400 (panel, notice), 404 out of scope, 409 before acceptance', async () => {
    const c = await newCase();
    expect((await post(c.id, 'hearings', undefined, hearing)).statusCode).toBe(401);
    expect((await post(c.id, 'hearings', reader.headers, hearing)).statusCode).toBe(403);
    const oneOfficer = await post(c.id, 'hearings', handler.headers, { ...hearing, panel: { ...panel, officers: ['王听证'] } });
    expect(oneOfficer.statusCode).toBe(400);
    expect(oneOfficer.json().error.field).toBe('panel.officers');
    const samePerson = await post(c.id, 'hearings', handler.headers, { ...hearing, panel: { ...panel, clerk: '王听证' } });
    expect(samePerson.statusCode).toBe(400);
    expect(samePerson.json().error.code).toBe('RECON_HEARING_PANEL_INVALID');
    const tooLate = await post(c.id, 'hearings', handler.headers, { ...hearing, scheduledOn: '2025-10-24' });
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json().error).toMatchObject({ code: 'RECON_HEARING_NOTICE_TOO_LATE', field: 'noticeOn' });
    // Five full working days (17, 20–23 Oct) before Fri 24 Oct: the notice was due by Thu 16 Oct.
    expect(tooLate.json().error.message).toContain('2025-10-16');
    expect((await post(c.id, 'hearings', nankai.headers, hearing)).statusCode).toBe(404);
    const received = await newCase(false);
    const wrong = await post(received.id, 'hearings', handler.headers, hearing);
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.code).toBe('RECON_INVALID_TRANSITION');
    expect(await t.kernel.db.selectFrom('reconHearings').select('id').where('caseId', '=', c.id).execute()).toHaveLength(0);
  });

  it('a hearing is scheduled, its notice served electronically to the applicant, then recorded once', async () => {
    const c = await newCase();
    const res = await post(c.id, 'hearings', handler.headers, hearing);
    expect(res.statusCode, res.body).toBe(201);
    const [h] = res.json().hearings;
    expect(h).toMatchObject({ kind: 'hearing', scheduledOn: '2025-10-28', noticeOn: '2025-10-20', panel, matters: hearing.matters });
    expect(res.json().abilities.canRecordHearing).toBe(true);
    const served = await t.kernel.db
      .selectFrom('serviceRecords')
      .innerJoin('attachments', 'attachments.id', 'serviceRecords.attachmentId')
      .select(['serviceRecords.recipientCitizenId', 'serviceRecords.channel', 'attachments.templateId'])
      .where('serviceRecords.entityId', '=', c.id)
      .execute();
    expect(served).toEqual([
      { recipientCitizenId: citizen.body.citizen.id, channel: 'portal', templateId: 'reconsideration.hearingNotice' },
    ]);
    const inbox = await t.app.inject({ method: 'GET', url: '/api/citizen/inbox', headers: citizen.headers });
    expect(inbox.json().items.some((i: { fileName: string }) => i.fileName.includes('听证通知书'))).toBe(true);
    const audit = await t.kernel.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', c.id)
      .where('action', '=', 'reconsideration.hearing.schedule')
      .execute();
    expect(audit).toHaveLength(1);

    const url = `hearings/${h.id}/record`;
    expect((await post(c.id, url, reader.headers, { heldOn: '2025-10-20', record: '笔录' })).statusCode).toBe(403);
    expect(
      (await post(c.id, 'hearings/01ARZ3NDEKTSV4RRFFQ69G5FAV/record', handler.headers, { heldOn: '2025-10-20', record: '笔录' }))
        .statusCode,
    ).toBe(404);
    expect((await post(c.id, url, handler.headers, { heldOn: '2025-10-21', record: '笔录' })).json().error.code).toBe(
      'RECON_DATE_IN_FUTURE',
    );
    const done = await post(c.id, url, handler.headers, { heldOn: '2025-10-20', record: '听证笔录：双方陈述意见……' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().hearings[0]).toMatchObject({ heldOn: '2025-10-20', record: '听证笔录：双方陈述意见……' });
    const again = await post(c.id, url, handler.headers, { heldOn: '2025-10-20', record: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('RECON_HEARING_ALREADY_RECORDED');
  });

  it('hearing the parties (第四十九条) by phone needs no panel and no notice', async () => {
    const c = await newCase();
    const res = await post(c.id, 'hearings', handler.headers, { kind: 'opinion', scheduledOn: '2025-10-20', way: 'phone' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().hearings[0]).toMatchObject({ kind: 'opinion', way: 'phone', panel: null, noticeOn: null });
    expect((await post(c.id, 'hearings', handler.headers, { kind: 'opinion', scheduledOn: '2025-10-20' })).statusCode).toBe(400);
  });

  it('committee consultation: requested, then the members’ opinions recorded once', async () => {
    const c = await newCase();
    expect((await post(c.id, 'consultations', reader.headers, { reason: '重大疑难' })).statusCode).toBe(403);
    expect((await post(c.id, 'consultations', handler.headers, {})).statusCode).toBe(400);
    expect((await post(c.id, 'consultations', nankai.headers, { reason: '重大疑难' })).statusCode).toBe(404);
    const res = await post(c.id, 'consultations', handler.headers, { reason: '案情重大、疑难、复杂' });
    expect(res.statusCode, res.body).toBe(201);
    const [x] = res.json().consultations;
    expect(x).toMatchObject({ requestedOn: '2025-10-20', opinions: [], conclusion: null });
    const body = {
      opinions: [
        { member: '委员甲', opinion: '建议撤销' },
        { member: '委员乙', opinion: '同意' },
      ],
      conclusion: '多数意见：撤销',
    };
    expect((await post(c.id, `consultations/${x.id}/opinions`, handler.headers, { ...body, opinions: [] })).statusCode).toBe(400);
    expect((await post(c.id, 'consultations/01ARZ3NDEKTSV4RRFFQ69G5FAV/opinions', handler.headers, body)).statusCode).toBe(404);
    const done = await post(c.id, `consultations/${x.id}/opinions`, handler.headers, body);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().consultations[0]).toMatchObject({ ...body, recordedOn: '2025-10-20' });
    expect((await post(c.id, `consultations/${x.id}/opinions`, handler.headers, body)).json().error.code).toBe(
      'RECON_CONSULTATION_ALREADY_RECORDED',
    );
    const agency = await staff(['reconsideration.reply.submit'], orgs.agency.id, 'own');
    const asAgency = await t.app.inject({ method: 'GET', url: `/api/reconsideration/cases/${c.id}/handling`, headers: agency.headers });
    expect(asAgency.json().consultations).toEqual([]);
    const audits = await t.kernel.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', c.id)
      .where('action', 'like', 'reconsideration.consultation.%')
      .execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['reconsideration.consultation.record', 'reconsideration.consultation.request']);
  });
});
