import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { reconOrgs } from './test-fixtures';
import { intakeBody, staffIntakePermissions, testIdNumber, uploadDraftLetter } from './intake-test-fixtures';

describe('POST /api/reconsideration/cases (staff intake)', async () => {
  const t = await buildTestApp(tempFileStore());
  const orgs = await reconOrgs(t);
  setClock(t, '2025-10-20T02:00:00.000Z');
  const clerk = await loginAs(t, { permissions: staffIntakePermissions, orgId: orgs.hexi.id, scope: 'own' });
  const reader = await loginAs(t, { permissions: ['reconsideration.case.read'], orgId: orgs.hexi.id });
  const post = (payload: unknown, headers = clerk.headers) =>
    t.app.inject({ method: 'POST', url: '/api/reconsideration/cases', payload: payload as object, headers });
  const caseCount = async () =>
    Number(
      (
        await t.kernel.db
          .selectFrom('reconCases')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const expectError = async (payload: unknown, status: number, code: string, field?: string) => {
    const before = await caseCount();
    const res = await post(payload);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    if (field) expect(res.json().error.field).toBe(field);
    expect(await caseCount()).toBe(before);
  };

  it('401 without a session, 403 without the intake permission', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/reconsideration/cases', payload: intakeBody(orgs.agency.id) })).statusCode,
    ).toBe(401);
    expect((await post(intakeBody(orgs.agency.id), reader.headers)).statusCode).toBe(403);
  });

  it('400 for bad input, nothing written', async () => {
    const { applicant: _applicant, ...noApplicant } = intakeBody(orgs.agency.id);
    await expectError(noApplicant, 400, 'VALIDATION_FAILED', 'applicant');
    await expectError(
      intakeBody(orgs.agency.id, { applicant: { kind: 'person', name: '李明', idNumber: '120103199003071230' } }),
      400,
      'VALIDATION_FAILED',
      'applicant.idNumber',
    );
    await expectError(intakeBody(orgs.agency.id, { receivedOn: '2025-10-21' }), 400, 'RECON_DATE_IN_FUTURE', 'receivedOn');
    const act = intakeBody(orgs.agency.id).act;
    await expectError(intakeBody(orgs.agency.id, { act: { ...act, madeOn: '2025-10-25' } }), 400, 'RECON_DATE_IN_FUTURE', 'act.madeOn');
    await expectError(
      intakeBody(orgs.agency.id, { act: { ...act, madeOn: '2025-09-05' } }),
      400,
      'RECON_ACT_AFTER_LEARNED',
      'learnedOfActOn',
    );
    await expectError(
      intakeBody(orgs.agency.id, { agents: [{ name: '王律师', agentKind: 'lawyer' }] }),
      400,
      'RECON_AGENT_LETTER_MISSING',
      'agents.0.authorisationLetterAttachmentId',
    );
    const letter = { authorisationLetterAttachmentId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' };
    await expectError(
      intakeBody(orgs.agency.id, {
        agents: [
          { name: '甲', ...letter },
          { name: '乙', ...letter },
          { name: '丙', ...letter },
        ],
      }),
      400,
      'RECON_TOO_MANY_AGENTS',
      'agents',
    );
    await expectError(
      intakeBody(orgs.agency.id, { agents: [{ name: '甲', ...letter }] }),
      400,
      'RECON_AGENT_LETTER_INVALID',
      'agents.0.authorisationLetterAttachmentId',
    );
    const noRespondent: Record<string, unknown> = { ...intakeBody(orgs.agency.id) };
    delete noRespondent.respondentOrgId;
    await expectError(noRespondent, 400, 'RECON_RESPONDENT_REQUIRED', 'respondentName');
    await expectError(intakeBody(orgs.nankai.id), 400, 'RECON_RESPONDENT_NOT_AGENCY', 'respondentOrgId');
    await expectError(intakeBody(orgs.agency.id, { channel: 'forwarded' }), 400, 'RECON_FORWARDING_REQUIRED', 'forwardedBy');
  });

  it('404 for a handling body outside the scope', async () => {
    await expectError(intakeBody(orgs.agency.id, { orgId: orgs.nankai.id }), 404, 'NOT_FOUND', 'orgId');
  });

  it('records the application: workflow, timers, proposal, masked PII, search and audit', async () => {
    const draft = '01JD0000000000000000000001';
    const letterId = await uploadDraftLetter(t, clerk.headers, draft);
    const res = await post(
      intakeBody(orgs.agency.id, {
        agents: [{ name: '王律师', agentKind: 'lawyer', phone: '13800001111', authorisationLetterAttachmentId: letterId }],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      state: 'received',
      stateLabel: { zh: '待审查' },
      orgId: orgs.hexi.id,
      respondentName: orgs.agency.name,
      late: false,
      caseNumber: null,
      applicant: {
        name: '李明',
        idNumber: { masked: '1201**********' + testIdNumber().slice(-4), revealable: true },
        phone: { masked: '139****5678' },
      },
      agents: [{ name: '王律师', phoneMasked: '138****1111', authorisationAttachmentId: letterId }],
      proposedProcedure: { procedure: 'simplified' },
      abilities: { canAccept: true, canReject: true, canRequestCorrection: true, canExtendCorrection: false },
    });
    expect(c.proposedProcedure.reasons[0].article).toBe('行政复议法 第五十三条第一款第（三）项');
    expect(c.timeliness).toMatchObject({ timely: true, binding: 'application', lastDay: '2025-11-03' });
    expect(c.timeliness.checks[0].explanation.zh.length).toBeGreaterThan(0);
    // Received Monday 20 October: five working days 21–24, 27 October.
    expect(c.timers).toEqual([
      expect.objectContaining({
        key: 'review',
        status: 'open',
        dueDate: '2025-10-27',
        label: { zh: '受理审查期限', en: 'Acceptance review' },
      }),
    ]);
    expect(c.timers[0].explanation.zh.join('')).toContain('工作日');
    expect(c.documents.map((d: { id: string }) => d.id)).toEqual([letterId]);

    const audit = await lastAudit(t, c.id);
    expect(audit).toMatchObject({ action: 'reconsideration.case.create', orgId: orgs.hexi.id });
    const raw = JSON.stringify(audit);
    expect(raw).not.toContain(testIdNumber());
    expect(raw).not.toContain('13912345678');
    const stored = await t.kernel.db.selectFrom('reconCases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(stored.applicantIdNumberEnc).not.toContain(testIdNumber());
    const indexed = await t.kernel.db
      .selectFrom('searchDocuments')
      .select(['title', 'permission'])
      .where('entityId', '=', c.id)
      .executeTakeFirst();
    expect(indexed).toMatchObject({ permission: 'reconsideration.case.read' });
    expect(indexed?.title).toContain('李明');

    const revealed = await t.app.inject({
      method: 'POST',
      url: '/api/pii/reveal',
      headers: clerk.headers,
      payload: { entityType: 'reconCase', entityId: c.id, field: 'idNumber', reason: '核对申请人身份信息' },
    });
    expect(revealed.json()).toEqual({ value: testIdNumber() });
  });

  it('409 for a second open application against the same act; a late one is flagged, not refused', async () => {
    const body = intakeBody(orgs.agency.id);
    expect((await post(body)).statusCode).toBe(201);
    await expectError({ ...body, channel: 'post' }, 409, 'RECON_DUPLICATE_APPLICATION', 'act.documentNo');

    const late = await post(
      intakeBody(undefined, {
        channel: 'oral',
        applicant: { kind: 'organisation', name: '天津某某商贸有限公司', creditCode: '91120103MA05L1234X', representative: '赵六' },
        act: { kind: 'licensing', madeOn: '2025-06-01', learnedOn: '2025-06-02', rightsStated: true },
      }),
    );
    expect(late.statusCode, late.body).toBe(201);
    expect(late.json()).toMatchObject({
      late: true,
      applicant: { kind: 'organisation' },
      channelLabel: { zh: '口头申请' },
      timeliness: { timely: false },
    });
    const forwarded = await post(
      intakeBody(orgs.agency.id, { channel: 'forwarded', forwardedBy: orgs.agency.name, forwardedOn: '2025-10-17' }),
    );
    expect(forwarded.statusCode, forwarded.body).toBe(201);
  });

  it('public lists of bodies and respondent agencies for the online form', async () => {
    const bodies = (await t.app.inject({ method: 'GET', url: '/api/reconsideration/bodies' })).json().items;
    expect(bodies.map((b: { id: string }) => b.id)).toEqual(expect.arrayContaining([orgs.hexi.id, orgs.nankai.id]));
    expect(bodies.find((b: { id: string }) => b.id === orgs.hexi.id).typeLabel.zh).toBe('区人民政府行政复议机构');
    const agencies = (await t.app.inject({ method: 'GET', url: '/api/reconsideration/respondents?q=市场' })).json().items;
    expect(agencies).toEqual([{ id: orgs.agency.id, name: orgs.agency.name }]);
  });
});
