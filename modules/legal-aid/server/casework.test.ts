import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { caseAttachment, createAidCase } from './casework-test-fixtures';
import { aidOrgs, insertTestProvider } from './provider-test-fixtures';

describe('the aided case: progress, closure with subsidy, termination, replacement, complaints', async () => {
  const t = await buildTestApp(tempFileStore());
  setClock(t, '2025-10-20T02:00:00.000Z');
  const orgs = await aidOrgs(t);
  const work = 'legalAid.case.work';
  const lawyer = await loginAs(t, { permissions: [work], orgId: orgs.firmA.id, scope: 'own' });
  const otherLawyer = await loginAs(t, { permissions: [work], orgId: orgs.firmA.id, scope: 'own' });
  const centre = await loginAs(t, {
    permissions: [
      'legalAid.application.read',
      'legalAid.application.intake',
      'legalAid.application.review',
      'legalAid.assignment.manage',
      'legalAid.quality.manage',
      'legalAid.subsidy.manage',
    ],
    orgId: orgs.hexi.id,
  });
  const reader = await loginAs(t, { permissions: ['legalAid.application.read'], orgId: orgs.hexi.id });
  const nankai = await loginAs(t, { permissions: ['legalAid.application.read', 'legalAid.application.review'], orgId: orgs.nankai.id });
  const assigned = () =>
    createAidCase(t, { orgId: orgs.hexi.id, staffUserId: centre.userId, state: 'assigned', assigneeUserId: lawyer.userId });
  const post = (id: string, path: string, headers: Record<string, string> | undefined, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/legal-aid/cases/${id}/${path}`, headers: headers ?? {}, payload });
  const get = (id: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${id}/casework`, headers });
  const progress = { kind: 'meeting', occurredOn: '2025-10-18', title: '会见受援人', content: '了解欠薪经过，收集工资条。' };
  const count = async (table: 'aidProgress' | 'aidClosures' | 'aidSubsidies' | 'aidTerminations') =>
    Number(
      (
        await t.kernel.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('progress log: 401, 403, 400, 404 for a lawyer not assigned and another centre, then the entry with its audit', async () => {
    const id = await assigned();
    expect((await post(id, 'progress', undefined, progress)).statusCode).toBe(401);
    expect((await post(id, 'progress', reader.headers, progress)).statusCode).toBe(403);
    const bad = await post(id, 'progress', lawyer.headers, { ...progress, kind: 'party' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('kind');
    expect((await post(id, 'progress', otherLawyer.headers, progress)).statusCode).toBe(404);
    expect((await get(id, otherLawyer.headers)).statusCode).toBe(404);
    expect((await get(id, nankai.headers)).statusCode).toBe(404);
    const future = await post(id, 'progress', lawyer.headers, { ...progress, occurredOn: '2025-10-21' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({ code: 'AID_DATE_IN_FUTURE', field: 'occurredOn' });
    expect(await count('aidProgress')).toBe(0);

    const res = await post(id, 'progress', lawyer.headers, progress);
    expect(res.statusCode).toBe(201);
    const hearing = await post(id, 'progress', lawyer.headers, {
      kind: 'hearing',
      occurredOn: '2025-11-03',
      time: '09:30',
      place: '河西区人民法院第三法庭',
      title: '一审开庭',
      content: '劳动争议一审开庭',
    });
    expect(hearing.statusCode).toBe(201);
    const view = hearing.json();
    expect(view.progress).toHaveLength(2);
    expect(view.nextHearingOn).toBe('2025-11-03');
    expect(view.abilities).toMatchObject({ canLogProgress: true, canClose: true, canDecideTermination: false });
    expect(await lastAudit(t, id)).toMatchObject({ action: 'legalAid.case.progress', actorType: 'staff' });
    // The centre reads the same casework, with its own abilities.
    const seen = (await get(id, centre.headers)).json();
    expect(seen.abilities).toMatchObject({ canLogProgress: false, canDecideTermination: true });
    expect((await post(id, 'progress', centre.headers, progress)).statusCode).toBe(403);
  });

  it('closure (第五十条): documents required, subsidy computed from the schedule in force, nothing written on failure', async () => {
    const id = await assigned();
    const doc = await caseAttachment(t, id, orgs.hexi.id, lawyer.userId);
    const closure = {
      closedOn: '2025-10-19',
      result: 'mediation',
      stages: ['arbitration', 'firstInstance'],
      summary: '经调解，用人单位支付欠薪。',
      documentAttachmentIds: [doc],
    };
    const none = await post(id, 'closure', lawyer.headers, { ...closure, documentAttachmentIds: [] });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.field).toBe('documentAttachmentIds');
    const foreign = await caseAttachment(t, await assigned(), orgs.hexi.id, lawyer.userId);
    const wrong = await post(id, 'closure', lawyer.headers, { ...closure, documentAttachmentIds: [foreign] });
    expect(wrong.json().error).toMatchObject({ code: 'AID_ATTACHMENT_INVALID', field: 'documentAttachmentIds.0' });
    const unscheduled = await post(id, 'closure', lawyer.headers, { ...closure, stages: ['firstInstance', 'deathPenaltyReview'] });
    expect(unscheduled.statusCode).toBe(409);
    expect(unscheduled.json().error).toMatchObject({ code: 'AID_SUBSIDY_SCHEDULE_MISSING', field: 'stages.1' });
    expect([await count('aidClosures'), await count('aidSubsidies')]).toEqual([0, 0]);

    const res = await post(id, 'closure', lawyer.headers, closure);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.state).toBe('closed');
    expect(view.closure).toMatchObject({ closedOn: '2025-10-19', result: 'mediation', documentAttachmentIds: [doc] });
    expect(view.subsidy).toMatchObject({ caseKind: 'civil', status: 'pending', totalYuan: 3500, computedOn: '2025-10-19' });
    expect(view.subsidy.lines.map((l: { stage: string }) => l.stage)).toEqual(['arbitration', 'firstInstance']);
    expect(await lastAudit(t, id)).toMatchObject({ action: 'legalAid.case.close' });
    const again = await post(id, 'closure', lawyer.headers, closure);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'AID_INVALID_TRANSITION', field: 'state' });
    expect(await count('aidSubsidies')).toBe(1);
  });

  it('termination (第四十八条): the lawyer reports, the centre decides, the recipient is served the decision', async () => {
    const id = await createAidCase(t, {
      orgId: orgs.hexi.id,
      staffUserId: centre.userId,
      state: 'assigned',
      assigneeUserId: lawyer.userId,
      phone: '13912345678',
    });
    const report = { ground: 'ownCounsel', facts: '受援人已自行委托律师。' };
    expect((await post(id, 'termination-reports', centre.headers, report)).statusCode).toBe(403);
    expect((await post(id, 'termination-reports', lawyer.headers, { ...report, ground: 'bored' })).statusCode).toBe(400);
    const filed = await post(id, 'termination-reports', lawyer.headers, report);
    expect(filed.statusCode).toBe(201);
    const reportId = filed.json().terminations[0].id;
    expect((await post(id, 'termination-reports', lawyer.headers, report)).json().error.code).toBe('AID_TERMINATION_REPORT_PENDING');
    expect((await post(id, 'termination', lawyer.headers, { ground: 'ownCounsel', reason: 'x' })).statusCode).toBe(403);
    expect((await post(id, 'termination', nankai.headers, { ground: 'ownCounsel', reason: 'x' })).statusCode).toBe(404);

    const res = await post(id, 'termination', centre.headers, { ground: 'ownCounsel', reason: '受援人自行委托律师', reportId });
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.state).toBe('terminated');
    expect(view.terminations[0]).toMatchObject({ id: reportId, status: 'terminated', decidedOn: '2025-10-20' });
    expect(view.terminations[0].documentAttachmentId).toBeTruthy();
    expect(view.abilities.canRecordObjection).toBe(true);
    expect(await lastAudit(t, id)).toMatchObject({ action: 'legalAid.case.terminate', reason: '受援人自行委托律师' });
    const served = await t.kernel.db
      .selectFrom('serviceRecords')
      .selectAll()
      .where('attachmentId', '=', view.terminations[0].documentAttachmentId)
      .execute();
    expect(served).toHaveLength(1);
    expect(served[0]).toMatchObject({ channel: 'sms' });
  });

  it('replacement requests and complaints (第五十五条)', async () => {
    const id = await assigned();
    const res = await post(id, 'replacement-requests', centre.headers, { reason: '受援人认为律师沟通不及时' });
    expect(res.statusCode).toBe(201);
    const rid = res.json().replacements[0].id;
    expect((await post(id, 'replacement-requests', centre.headers, { reason: '再次' })).json().error.code).toBe('AID_REPLACEMENT_PENDING');
    const decided = await post(id, `replacement-requests/${rid}/decision`, centre.headers, { approve: true, reason: '同意更换' });
    expect(decided.json().replacements[0]).toMatchObject({ status: 'approved', decidedOn: '2025-10-20', awaitingReassignment: true });
    expect(decided.json().abilities.canReassign).toBe(true);
    // The assignment (AB) replaces the provider; the new lawyer sees the case, the old one no longer does.
    const providerId = await insertTestProvider(t, {
      orgId: orgs.hexi.id,
      userId: otherLawyer.userId,
      firmOrgId: orgs.firmA.id,
      specialities: JSON.stringify(['labour']),
    });
    const reassigned = await post(id, 'assignment', centre.headers, {
      providerId,
      replacing: true,
      reason: '受援人要求更换（第五十五条）',
    });
    expect(reassigned.statusCode, reassigned.body).toBe(200);
    const after = (await get(id, centre.headers)).json();
    expect(after.replacements[0].awaitingReassignment).toBe(false);
    expect(after.abilities.canReassign).toBe(false);
    expect((await get(id, otherLawyer.headers)).statusCode).toBe(200);
    expect((await get(id, lawyer.headers)).statusCode).toBe(404);
    expect((await post(id, `replacement-requests/${rid}/decision`, centre.headers, { approve: false, reason: 'x' })).statusCode).toBe(409);
    const complaint = await post(id, 'complaints', centre.headers, { content: '律师未按约定时间会见' });
    expect(complaint.statusCode).toBe(201);
    const cid = complaint.json().complaints[0].id;
    const handled = await post(id, `complaints/${cid}/handling`, centre.headers, { result: '已约谈承办律师，责令改进' });
    expect(handled.json().complaints[0]).toMatchObject({ status: 'handled' });
    expect(await lastAudit(t, id)).toMatchObject({ action: 'legalAid.complaint.handle' });
  });

  it('the recipient asks for another provider and complains in the portal; the centre is told', async () => {
    const carol = await signInCitizen(t, '13912340401');
    const dave = await signInCitizen(t, '13912340402', '203.0.113.2');
    const id = await createAidCase(t, {
      orgId: orgs.hexi.id,
      staffUserId: centre.userId,
      state: 'assigned',
      assigneeUserId: lawyer.userId,
      citizenId: carol.body.citizen.id,
    });
    const ask = (headers: Record<string, string>, payload: object = { reason: '律师多次未接电话' }) =>
      t.app.inject({ method: 'POST', url: `/api/citizen/legal-aid/cases/${id}/replacement-request`, headers, payload });
    expect((await ask({})).statusCode).toBe(401);
    expect((await ask(centre.headers)).statusCode).toBe(401);
    expect((await ask(dave.headers)).statusCode).toBe(404);
    expect((await ask(carol.headers, { reason: '' })).json().error.field).toBe('reason');
    const res = await ask(carol.headers);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ caseId: id, status: 'pending', requestedOn: '2025-10-20' });
    expect(await lastAudit(t, id)).toMatchObject({ action: 'legalAid.replacement.request', actorType: 'citizen' });
    expect((await ask(carol.headers)).json().error.code).toBe('AID_REPLACEMENT_PENDING');
    const note = await t.kernel.db
      .selectFrom('notifications')
      .selectAll()
      .where('userId', '=', centre.userId)
      .where('kind', '=', 'legalAid.replacementRequested')
      .execute();
    expect(note.length).toBeGreaterThan(0);
    const complaint = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/legal-aid/cases/${id}/complaints`,
      headers: carol.headers,
      payload: { content: '律师未按时提交证据' },
    });
    expect(complaint.statusCode).toBe(201);
    const view = (await get(id, centre.headers)).json();
    expect(view.replacements[0]).toMatchObject({ source: 'citizen', status: 'pending' });
    expect(view.complaints[0]).toMatchObject({ source: 'citizen', status: 'open' });
    expect(view.abilities).toMatchObject({ canDecideReplacement: true, canHandleComplaint: true, canRecordReplacementRequest: false });
  });
});
