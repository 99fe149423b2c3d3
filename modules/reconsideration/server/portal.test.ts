import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { multipartBody, samplePdf, tempFileStore } from '../../../server/src/attachments/test-helpers';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { reconOrgs } from './test-fixtures';
import { intakeBody, testIdNumber } from './intake-test-fixtures';

describe('citizen portal: apply online, follow, upload, correct, rate', async () => {
  const t = await buildTestApp(tempFileStore());
  const orgs = await reconOrgs(t);
  setClock(t, '2026-02-10T02:00:00.000Z');
  let alice = await signInCitizen(t, '13912340101');
  let bob = await signInCitizen(t, '13912340102', '203.0.113.2');
  const newReviewer = () =>
    loginAs(t, {
      permissions: ['reconsideration.case.read', 'reconsideration.case.accept', 'reconsideration.case.intake'],
      orgId: orgs.hexi.id,
    });
  let reviewer = await newReviewer();
  /** Moving the clock ends the sessions (idle timeout): sign everyone in again. */
  const moveClock = async (iso: string) => {
    setClock(t, iso);
    alice = await signInCitizen(t, '13912340101', '203.0.113.3');
    bob = await signInCitizen(t, '13912340102', '203.0.113.4');
    reviewer = await newReviewer();
  };
  const application = (overrides: Record<string, unknown> = {}) => {
    const { channel: _c, receivedOn: _r, ...rest } = intakeBody(orgs.agency.id, { orgId: orgs.hexi.id, ...overrides });
    return rest;
  };
  const apply = (payload: object, headers = alice.headers) =>
    t.app.inject({ method: 'POST', url: '/api/citizen/reconsideration/applications', payload, headers });
  const get = (id: string, headers = alice.headers) =>
    t.app.inject({ method: 'GET', url: `/api/citizen/reconsideration/cases/${id}`, headers });
  const upload = (id: string, headers = alice.headers, kind = 'cases') => {
    const body = multipartBody([{ name: 'file', fileName: '身份证复印件.pdf', type: 'application/pdf', content: samplePdf }]);
    return t.app.inject({
      method: 'POST',
      url: `/api/citizen/reconsideration/${kind}/${id}/attachments`,
      payload: body.payload,
      headers: { ...headers, ...body.headers },
    });
  };

  it('401 without a citizen session (staff do not count), CSRF required, 400 for bad input', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/citizen/reconsideration/applications', payload: application() })).statusCode,
    ).toBe(401);
    expect((await apply(application(), reviewer.headers)).statusCode).toBe(401);
    const noCsrf = { cookie: alice.headers.cookie! };
    expect((await apply(application(), noCsrf)).statusCode).toBe(403);
    expect((await apply({ ...application(), channel: 'walkIn' })).statusCode).toBe(400);
    const bad = await apply(application({ orgId: orgs.agency.id }));
    expect(bad.json().error).toMatchObject({ code: 'RECON_BODY_INVALID', field: 'orgId' });
  });

  let caseId = '';
  it('applies online: received today, own case, served documents reach the inbox', async () => {
    const res = await apply(application());
    expect(res.statusCode, res.body).toBe(201);
    caseId = res.json().id;
    expect(res.json()).toMatchObject({
      state: 'received',
      status: { zh: '待审查' },
      receivedOn: '2026-02-10',
      orgName: orgs.hexi.name,
      abilities: { canCorrect: false, canUpload: true, canWithdraw: true, canRate: false },
    });
    // Received 10 February: 11, 12, 13, 14 (make-up Saturday), then 24 February after the Spring Festival.
    expect(res.json().deadlines).toEqual([expect.objectContaining({ key: 'review', dueDate: '2026-02-24', status: 'open' })]);
    expect(res.json().deadlines[0].explanation.zh).toContain('视为受理');
    const stored = await t.kernel.db.selectFrom('reconCases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ channel: 'online', applicantCitizenId: alice.body.citizen.id });
    expect(await lastAudit(t, caseId)).toMatchObject({ action: 'reconsideration.case.create', actorType: 'citizen' });
  });

  it('a citizen sees only their own cases (404 for another’s)', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/citizen/reconsideration/cases', headers: alice.headers }))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).toEqual([caseId]);
    expect((await t.app.inject({ method: 'GET', url: '/api/citizen/reconsideration/cases', headers: bob.headers })).json().items).toEqual(
      [],
    );
    expect((await get(caseId, bob.headers)).statusCode).toBe(404);
    expect((await upload(caseId, bob.headers)).statusCode).toBe(404);
  });

  it('uploads to the own case, is asked to correct, corrects in the portal, and the review restarts', async () => {
    const up = await upload(caseId);
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ entityType: 'reconCase', entityId: caseId, fileType: 'pdf' });

    const notice = await t.app.inject({
      method: 'POST',
      url: `/api/reconsideration/cases/${caseId}/correction-notice`,
      headers: reviewer.headers,
      payload: { items: ['提交行政处罚决定书复印件'] },
    });
    expect(notice.statusCode, notice.body).toBe(200);
    const detail = (await get(caseId)).json();
    expect(detail).toMatchObject({
      state: 'correcting',
      abilities: { canCorrect: true, canUpload: true },
      corrections: [{ items: ['提交行政处罚决定书复印件'], dueOn: '2026-03-02', status: 'open' }],
      documents: [{ link: '/portal/inbox', acknowledgedAt: null }],
      uploads: [{ id: up.json().id }],
    });
    expect(detail.deadlines.map((d: { key: string }) => d.key)).toEqual(['correction']);
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/citizen/inbox', headers: alice.headers })).json().items;
    expect(inbox[0].fileName).toContain('补正通知书');

    await moveClock('2026-02-25T02:00:00.000Z');
    const corrected = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/reconsideration/cases/${caseId}/correction`,
      headers: alice.headers,
      payload: { response: '已上传处罚决定书复印件' },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ state: 'received', corrections: [{ status: 'corrected', correctedOn: '2026-02-25' }] });
    expect(await lastAudit(t, caseId)).toMatchObject({ action: 'reconsideration.correction.submit', actorType: 'citizen' });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/reconsideration/cases/${caseId}/correction`,
      headers: alice.headers,
      payload: { response: '再次补正' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('rates only after closure, once', async () => {
    const rate = (score: number) =>
      t.app.inject({
        method: 'POST',
        url: `/api/citizen/reconsideration/cases/${caseId}/satisfaction`,
        headers: alice.headers,
        payload: { score, comment: '办理及时' },
      });
    expect((await rate(6)).statusCode).toBe(400);
    expect((await rate(5)).json().error.code).toBe('RECON_NOT_CLOSED');
    await t.app.inject({
      method: 'POST',
      url: `/api/reconsideration/cases/${caseId}/reject`,
      headers: reviewer.headers,
      payload: { kind: 'notAccepted', reason: '不属于行政复议范围' },
    });
    expect((await upload(caseId)).statusCode).toBe(403);
    const rated = await rate(4);
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ satisfaction: 4, state: 'rejected', abilities: { canRate: false, canWithdraw: false } });
    expect(await lastAudit(t, caseId)).toMatchObject({ action: 'reconsideration.case.rate' });
    expect((await rate(5)).json().error.code).toBe('RECON_ALREADY_RATED');
  });

  it('an agent’s letter uploaded before applying travels with the application', async () => {
    const draft = '01JD0000000000000000000777';
    const letter = await upload(draft, alice.headers, 'drafts');
    expect(letter.statusCode, letter.body).toBe(201);
    const payload = application({
      applicant: { kind: 'person', name: '李明', idNumber: testIdNumber('19850101', '456') },
      agents: [{ name: '王律师', agentKind: 'lawyer', authorisationLetterAttachmentId: letter.json().id }],
    });
    expect((await apply(payload, bob.headers)).json().error.code).toBe('RECON_AGENT_LETTER_INVALID');
    const res = await apply(payload);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().uploads.map((u: { id: string }) => u.id)).toEqual([letter.json().id]);
  });
});
