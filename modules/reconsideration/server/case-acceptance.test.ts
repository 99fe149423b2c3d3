import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { createJobRunner } from '../../../server/src/jobs/job-runner';
import { applyIntakeLapses, intakeLapsesJob, intakeLapsesSchedule } from './acceptance.jobs';
import { createTestCase, reconOrgs } from './test-fixtures';

describe('acceptance review: accept, reject, correction (第三十条、第三十一条)', async () => {
  const t = await buildTestApp(tempFileStore());
  const k = t.kernel;
  const orgs = await reconOrgs(t);
  const reviewer = await loginAs(t, {
    permissions: ['reconsideration.case.read', 'reconsideration.case.accept', 'reconsideration.case.intake'],
    orgId: orgs.hexi.id,
  });
  const reader = await loginAs(t, { permissions: ['reconsideration.case.read'], orgId: orgs.hexi.id });
  const nankaiReviewer = await loginAs(t, {
    permissions: ['reconsideration.case.read', 'reconsideration.case.accept'],
    orgId: orgs.nankai.id,
  });
  const phone = '13912340009';
  const newCase = (receivedOn = '2025-10-09') =>
    createTestCase(t, { orgId: orgs.hexi.id, receivedOn, overrides: { applicantPhoneEnc: k.pii.encrypt(phone) } });
  const post = (id: string, step: string, payload: object, headers = reviewer.headers) =>
    t.app.inject({ method: 'POST', url: `/api/reconsideration/cases/${id}/${step}`, payload, headers });
  const services = (id: string) =>
    k.db
      .selectFrom('serviceRecords')
      .innerJoin('attachments', 'attachments.id', 'serviceRecords.attachmentId')
      .select(['attachments.fileName', 'attachments.templateId', 'serviceRecords.channel'])
      .where('serviceRecords.entityId', '=', id)
      .execute();

  it('401, 403, 400, 404 and 409 before anything is written', async () => {
    setClock(t, '2025-10-10T02:00:00.000Z');
    const c = await newCase();
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/reconsideration/cases/${c.id}/accept`, payload: { procedure: 'ordinary' } }))
        .statusCode,
    ).toBe(401);
    expect((await post(c.id, 'accept', { procedure: 'ordinary' }, reader.headers)).statusCode).toBe(403);
    expect((await post(c.id, 'accept', { procedure: 'fast' })).statusCode).toBe(400);
    const noItems = await post(c.id, 'correction-notice', { items: [] });
    expect(noItems.json().error).toMatchObject({ code: 'RECON_CORRECTION_ITEMS_REQUIRED', field: 'items' });
    const noBody = await post(c.id, 'reject', { kind: 'notJurisdiction', reason: '不属于本机关管辖' });
    expect(noBody.json().error).toMatchObject({ code: 'RECON_COMPETENT_BODY_REQUIRED', field: 'competentBody' });
    expect((await post(c.id, 'accept', { procedure: 'ordinary' }, nankaiReviewer.headers)).statusCode).toBe(404);
    const notCorrecting = await post(c.id, 'correction-extension', { days: 5, reason: '申请人住院' });
    expect(notCorrecting.statusCode).toBe(409);
    expect((await k.db.selectFrom('reconCases').select('state').where('id', '=', c.id).executeTakeFirstOrThrow()).state).toBe('received');
  });

  it('accepts: case number, decision due date, 受理通知书 served, audited', async () => {
    setClock(t, '2025-10-10T02:00:00.000Z');
    const c = await newCase();
    const res = await post(c.id, 'accept', { procedure: 'ordinary', handlerId: reviewer.userId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'accepted',
      procedure: 'ordinary',
      acceptedOn: '2025-10-10',
      // 60 days from 10 October end on Tuesday 9 December.
      decisionDueOn: '2025-12-09',
      handlerId: reviewer.userId,
      abilities: { canAccept: false },
    });
    expect(res.json().caseNumber).toMatch(/复〔2025〕\d+号$/);
    expect(await services(c.id)).toEqual([
      expect.objectContaining({
        templateId: 'reconsideration.acceptanceNotice',
        channel: 'sms',
        fileName: expect.stringContaining('行政复议受理通知书'),
      }),
    ]);
    expect(await lastAudit(t, c.id)).toMatchObject({ action: 'reconsideration.case.accept' });
    const indexed = await k.db.selectFrom('searchDocuments').select('title').where('entityId', '=', c.id).executeTakeFirstOrThrow();
    expect(indexed.title.startsWith(res.json().caseNumber)).toBe(true);
    expect((await post(c.id, 'accept', { procedure: 'ordinary' })).statusCode).toBe(409);
  });

  it('rejects with reasons (不予受理决定书) or refers to the competent body (告知书)', async () => {
    setClock(t, '2025-10-10T02:00:00.000Z');
    const a = await newCase();
    const rejected = await post(a.id, 'reject', { kind: 'notAccepted', reason: '申请超过法定申请期限且无正当理由' });
    expect(rejected.json()).toMatchObject({ state: 'rejected', closedOn: '2025-10-10', outcome: 'rejected' });
    expect((await services(a.id))[0]?.templateId).toBe('reconsideration.rejectionDecision');
    expect(await lastAudit(t, a.id)).toMatchObject({ action: 'reconsideration.case.reject' });
    const b = await newCase();
    const referred = await post(b.id, 'reject', { kind: 'notJurisdiction', reason: '被申请人为市级部门', competentBody: '天津市人民政府' });
    expect(referred.json()).toMatchObject({ state: 'transferred', stateLabel: { zh: '告知有管辖权机关' } });
    expect(referred.json().rejectionReason).toContain('天津市人民政府');
    expect((await services(b.id))[0]?.templateId).toBe('reconsideration.jurisdictionNotice');
  });

  it('a correction notice crossing the 2026 Spring Festival, its extension and the correction restarting the review', async () => {
    setClock(t, '2026-02-10T02:00:00.000Z');
    const c = await newCase('2026-02-09');
    const res = await post(c.id, 'correction-notice', { items: ['补充提交行政处罚决定书复印件', '载明具体的行政复议请求'] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    // Ten working days from Tuesday 10 February: 11–14 (Saturday 14th a make-up day), 24–28 (28th make-up), 2 March.
    expect(body).toMatchObject({
      state: 'correcting',
      corrections: [{ status: 'open', dueOn: '2026-03-02', items: ['补充提交行政处罚决定书复印件', '载明具体的行政复议请求'] }],
    });
    expect(body.timers.find((x: { key: string }) => x.key === 'correction').explanation.zh.join('\n')).toMatch(/春节/);
    expect(body.abilities).toMatchObject({ canExtendCorrection: true, canRecordCorrection: true, canAccept: false });
    expect((await services(c.id))[0]?.templateId).toBe('reconsideration.correctionNotice');

    expect((await post(c.id, 'correction-extension', { reason: '申请人住院' })).json().error.code).toBe('RECON_EXTENSION_TARGET_INVALID');
    const extended = await post(c.id, 'correction-extension', { extendTo: '2026-03-09', reason: '申请人住院治疗' });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json().corrections[0]).toMatchObject({ dueOn: '2026-03-09', extendedTo: '2026-03-09' });
    expect(await lastAudit(t, c.id)).toMatchObject({ action: 'reconsideration.correction.extend' });

    setClock(t, '2026-03-05T02:00:00.000Z');
    const future = await post(c.id, 'correction', { response: '已补充材料', receivedOn: '2026-03-06' });
    expect(future.json().error).toMatchObject({ code: 'RECON_DATE_IN_FUTURE', field: 'receivedOn' });
    const corrected = await post(c.id, 'correction', { response: '已补充处罚决定书复印件及复议请求', receivedOn: '2026-03-04' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ state: 'received', corrections: [{ status: 'corrected', correctedOn: '2026-03-04' }] });
    // The 5-working-day review restarts from the correction's receipt: 5, 6, 9, 10, 11 March.
    expect(corrected.json().timers.filter((x: { status: string }) => x.status === 'open')).toEqual([
      expect.objectContaining({ key: 'review', startDate: '2026-03-04', dueDate: '2026-03-11' }),
    ]);
  });

  it('the daily job: a lapsed review is deemed accepted, a lapsed correction deemed abandoned — once', async () => {
    setClock(t, '2025-10-13T02:00:00.000Z');
    const lapsedReview = await newCase('2025-09-26'); // review due Friday 10 October
    const stillOpen = await newCase('2025-10-10');
    const toAbandon = await newCase('2025-10-09');
    const notice = await post(toAbandon.id, 'correction-notice', { items: ['补充身份证明'] });
    const correctionDue = notice.json().corrections[0].dueOn as string;
    expect(correctionDue).toBe('2025-10-27');

    setClock(t, '2025-10-28T02:00:00.000Z');
    const runner = createJobRunner(k, [intakeLapsesJob], [intakeLapsesSchedule], { workerId: 'test' });
    expect(await runner.runOnce()).toBe(1);
    expect(await applyIntakeLapses(k)).toEqual({ accepted: 0, abandoned: 0 });

    const deemed = (
      await t.app.inject({ method: 'GET', url: `/api/reconsideration/cases/${lapsedReview.id}`, headers: reviewer.headers })
    ).json();
    expect(deemed).toMatchObject({ state: 'accepted', procedure: 'ordinary', deemedAccepted: true, acceptedOn: '2025-10-10' });
    expect(deemed.caseNumber).toMatch(/复〔2025〕/);
    expect(await lastAudit(t, lapsedReview.id)).toMatchObject({ action: 'reconsideration.case.deemedAccept', actorType: 'system' });
    const todo = await k.db
      .selectFrom('todoItems')
      .selectAll()
      .where('entityId', '=', lapsedReview.id)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    expect(todo).toMatchObject({ assigneeOrgId: orgs.hexi.id, state: 'accepted' });
    expect((await services(lapsedReview.id))[0]?.templateId).toBe('reconsideration.acceptanceNotice');

    const abandoned = (
      await t.app.inject({ method: 'GET', url: `/api/reconsideration/cases/${toAbandon.id}`, headers: reviewer.headers })
    ).json();
    expect(abandoned).toMatchObject({ state: 'abandoned', closedOn: '2025-10-28', corrections: [{ status: 'abandoned' }] });
    expect(await lastAudit(t, toAbandon.id)).toMatchObject({ action: 'reconsideration.case.abandon' });
    const open = (
      await t.app.inject({ method: 'GET', url: `/api/reconsideration/cases/${stillOpen.id}`, headers: reviewer.headers })
    ).json();
    expect(open.state).toBe('accepted'); // received 10 October: due 17 October, also lapsed by the 28th
  });
});
