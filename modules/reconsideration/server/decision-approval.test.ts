import { describe, expect, it } from 'vitest';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { newId } from '../../../server/src/db/ids';
import { loginAs } from '../../../server/test/login';
import { acceptedCase, auditActions, call, decisionTestbed } from './decision.test-setup';
import { createTestCase } from './test-fixtures';

describe('decision drafting, approval chain and issue (行政复议法 第六十一条、第六十三–七十五条)', async () => {
  const bed = await decisionTestbed();
  const { t, people } = bed;
  const draft = {
    decisionType: 'revoke',
    withCompensation: false,
    reasoning: '被申请人作出的行政处罚决定认定事实不清、证据不足。',
    approvalRoute: 'authorityHead',
  };
  const drafts = (id: string) => `/cases/${id}/decision-drafts`;

  /** A case in `deciding`: drafted and submitted by the handler. */
  async function submitted(opts: Parameters<typeof acceptedCase>[1] = {}) {
    const c = await acceptedCase(bed, opts);
    const made = await call(t, people.handler, 'POST', drafts(c.id), draft);
    expect(made.statusCode).toBe(201);
    const draftId = made.json().drafts[0].id as string;
    const sub = await call(t, people.handler, 'POST', `${drafts(c.id)}/${draftId}/submit`);
    expect(sub.statusCode).toBe(200);
    return { c, draftId };
  }

  it('refuses drafts without sign-in, permission, valid input or scope, and before acceptance', async () => {
    const c = await acceptedCase(bed);
    expect((await call(t, null, 'POST', drafts(c.id), draft)).statusCode).toBe(401);
    expect((await call(t, people.reader, 'POST', drafts(c.id), draft)).statusCode).toBe(403);
    const bad = await call(t, people.handler, 'POST', drafts(c.id), { ...draft, decisionType: 'pardon' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('decisionType');
    expect((await call(t, people.nankai, 'POST', drafts(c.id), draft)).statusCode).toBe(404);
    const received = await createTestCase(t, { orgId: bed.orgs.hexi.id, receivedOn: '2025-11-13' });
    const early = await call(t, people.handler, 'POST', drafts(received.id), draft);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('RECON_INVALID_TRANSITION');
    expect(await t.kernel.db.selectFrom('reconDecisions').select('id').where('caseId', 'in', [c.id, received.id]).execute()).toEqual([]);
  });

  it('drafts, edits by version, refuses a second draft, and submits into deciding', async () => {
    const c = await acceptedCase(bed);
    const made = await call(t, people.handler, 'POST', drafts(c.id), draft);
    expect(made.statusCode).toBe(201);
    const d = made.json().drafts[0];
    expect(d).toMatchObject({
      decisionType: 'revoke',
      label: { zh: '撤销' },
      article: '行政复议法 第六十四条',
      status: 'draft',
      version: 1,
    });
    expect(made.json().abilities).toMatchObject({ canDraft: false, canEditDraft: true, canSubmit: true });
    const twice = await call(t, people.handler, 'POST', drafts(c.id), draft);
    expect(twice.json().error.code).toBe('RECON_DECISION_DRAFT_EXISTS');
    const stale = await call(t, people.handler, 'PATCH', `${drafts(c.id)}/${d.id}`, { version: 7, decisionType: 'uphold' });
    expect(stale.statusCode).toBe(409);
    const edited = await call(t, people.handler, 'PATCH', `${drafts(c.id)}/${d.id}`, { version: 1, decisionType: 'revokeAndRedo' });
    expect(edited.json().drafts[0]).toMatchObject({ decisionType: 'revokeAndRedo', version: 2 });
    const sub = await call(t, people.handler, 'POST', `${drafts(c.id)}/${d.id}/submit`);
    expect(sub.json()).toMatchObject({ state: 'deciding', drafts: [{ status: 'submitted', approvals: [{ step: 'handler' }] }] });
    const locked = await call(t, people.handler, 'PATCH', `${drafts(c.id)}/${d.id}`, { version: 3, reasoning: '改' });
    expect(locked.json().error.code).toBe('RECON_DRAFT_NOT_EDITABLE');
    expect(await auditActions(t, c.id)).toEqual(
      expect.arrayContaining(['reconsideration.decision.draft', 'reconsideration.decision.edit', 'reconsideration.decision.submit']),
    );
  });

  it('flags a draft resting on a hearing record, shows committee opinions, and hides deliberation from the respondent', async () => {
    const c = await acceptedCase(bed);
    const now = new Date().toISOString();
    await t.kernel.db
      .insertInto('reconHearings')
      .values({
        id: newId(),
        caseId: c.id,
        kind: 'hearing',
        scheduledOn: '2025-12-05',
        noticeOn: '2025-11-26',
        panel: JSON.stringify({ presiding: '甲', officers: ['乙', '丙'], clerk: '丁' }),
        place: '听证室',
        heldOn: '2025-12-05',
        record: '听证笔录',
        createdBy: people.handler.userId,
        createdAt: now,
      })
      .execute();
    await t.kernel.db
      .insertInto('reconConsultations')
      .values({
        id: newId(),
        caseId: c.id,
        requestedOn: '2025-12-08',
        reason: '法律适用争议',
        opinions: JSON.stringify([{ member: '王委员', opinion: '建议撤销' }]),
        conclusion: '多数意见建议撤销',
        recordedOn: '2025-12-10',
        createdBy: people.handler.userId,
        createdAt: now,
      })
      .execute();
    const made = await call(t, people.handler, 'POST', drafts(c.id), draft);
    expect(made.json()).toMatchObject({
      hearingHeld: true,
      drafts: [{ basedOnHearingRecord: true }],
      consultations: [{ opinions: [{ member: '王委员', opinion: '建议撤销' }], conclusion: '多数意见建议撤销' }],
    });
    const agency = await loginAs(t, { permissions: ['reconsideration.reply.submit'], scope: 'own', orgId: bed.orgs.agency.id });
    const seen = await call(t, agency, 'GET', `/cases/${c.id}/decision`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ drafts: [], consultations: [], decisionClock: { dueOn: '2026-01-19' } });
    expect(Object.values(seen.json().abilities as Record<string, boolean>).every((v) => !v)).toBe(true);
  });

  it('keeps the approval order and one step per person, and refuses issuing before approval', async () => {
    const { c, draftId } = await submitted();
    const approve = (who: typeof people.handler, step: string, verdict = 'approve') =>
      call(t, who, 'POST', `${drafts(c.id)}/${draftId}/approvals`, { step, verdict, comment: '同意' });
    expect((await approve(people.reader, 'officeHead')).statusCode).toBe(403);
    expect((await approve(people.nankai, 'officeHead')).statusCode).toBe(404);
    expect((await approve(people.officeHead, 'authorityHead')).statusCode).toBe(403);
    const early = await approve(people.authorityHead, 'authorityHead');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('RECON_APPROVAL_OUT_OF_ORDER');
    const notApproved = await call(t, people.authorityHead, 'POST', `${drafts(c.id)}/${draftId}/issue`, { issuedOn: '2025-12-20' });
    expect(notApproved.statusCode).toBe(409);
    expect(notApproved.json().error.code).toBe('RECON_DECISION_NOT_APPROVED');
    const office = await approve(people.chief, 'officeHead');
    expect(office.json().drafts[0].status).toBe('officeApproved');
    const same = await approve(people.chief, 'authorityHead');
    expect(same.statusCode).toBe(409);
    expect(same.json().error.code).toBe('RECON_APPROVAL_SAME_PERSON');
    const wrongRoute = await approve(people.authorityHead, 'collective');
    expect(wrongRoute.json().error.code).toBe('RECON_APPROVAL_OUT_OF_ORDER');
    const final = await approve(people.authorityHead, 'authorityHead');
    expect(final.json().drafts[0]).toMatchObject({ status: 'approved' });
    expect(final.json().drafts[0].approvals.map((a: { step: string }) => a.step)).toEqual(['handler', 'officeHead', 'authorityHead']);
    expect(final.json().abilities.canIssue).toBe(true);
  });

  it('a return sends the case back to handling with the decision timer still running', async () => {
    const { c, draftId } = await submitted();
    const back = await call(t, people.officeHead, 'POST', `${drafts(c.id)}/${draftId}/approvals`, {
      step: 'officeHead',
      verdict: 'return',
      comment: '事实部分需补充',
    });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ state: 'accepted', drafts: [{ status: 'returned', approvals: [] }] });
    expect(back.json().decisionClock).toMatchObject({ timerStatus: 'open', dueOn: '2026-01-19' });
    expect(back.json().drafts[0].history.map((a: { verdict: string }) => a.verdict)).toEqual(['approve', 'return']);
    const again = await call(t, people.handler, 'POST', `${drafts(c.id)}/${draftId}/submit`);
    expect(again.json()).toMatchObject({ state: 'deciding', drafts: [{ status: 'submitted', approvals: [{ step: 'handler' }] }] });
    expect(await auditActions(t, c.id)).toContain('reconsideration.decision.return');
  });

  it('issues the approved decision, serves it to the applicant and closes the case as decided', async () => {
    const phone = '13900001111';
    const citizen = await signInCitizen(t, phone);
    const { c, draftId } = await submitted({
      citizenId: citizen.body.citizen.id,
      overrides: { caseNumber: '津河西复〔2025〕88号' },
    });
    await call(t, people.officeHead, 'POST', `${drafts(c.id)}/${draftId}/approvals`, { step: 'officeHead', verdict: 'approve' });
    await call(t, people.authorityHead, 'POST', `${drafts(c.id)}/${draftId}/approvals`, { step: 'authorityHead', verdict: 'approve' });
    const future = await call(t, people.authorityHead, 'POST', `${drafts(c.id)}/${draftId}/issue`, { issuedOn: '2999-01-01' });
    expect(future.json().error.code).toBe('RECON_DATE_IN_FUTURE');
    const issued = await call(t, people.authorityHead, 'POST', `${drafts(c.id)}/${draftId}/issue`, { issuedOn: '2025-12-20' });
    expect(issued.statusCode).toBe(200);
    expect(issued.json()).toMatchObject({ state: 'decided', drafts: [{ status: 'issued', issuedOn: '2025-12-20' }] });
    expect(issued.json().decisionClock).toMatchObject({ timerStatus: 'closed', status: 'normal' });
    const row = await t.kernel.db.selectFrom('reconCases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'decided', decisionType: 'revoke', outcome: 'decided', closedOn: '2025-12-20' });
    const attachmentId = issued.json().drafts[0].document.attachmentId as string;
    const file = await t.kernel.db.selectFrom('attachments').selectAll().where('id', '=', attachmentId).executeTakeFirstOrThrow();
    expect(file).toMatchObject({ templateId: 'reconsideration.decision', entityId: c.id });
    expect(file.fileName).toContain('津河西复〔2025〕88号');
    const inbox = await t.app.inject({ method: 'GET', url: '/api/citizen/inbox', headers: citizen.headers });
    expect(inbox.json().items).toEqual([expect.objectContaining({ fileName: file.fileName, channel: 'portal', status: 'sent' })]);
    expect(await auditActions(t, c.id)).toEqual(
      expect.arrayContaining(['reconsideration.decision.approve', 'reconsideration.decision.issue', 'workflow.instance.transition']),
    );
    const service = await t.kernel.db
      .selectFrom('serviceRecords')
      .selectAll()
      .where('attachmentId', '=', attachmentId)
      .executeTakeFirstOrThrow();
    expect(service).toMatchObject({ channel: 'portal', recipientCitizenId: citizen.body.citizen.id });
    const twice = await call(t, people.authorityHead, 'POST', `${drafts(c.id)}/${draftId}/issue`, { issuedOn: '2025-12-20' });
    expect(twice.statusCode).toBe(409);
  });
});
