import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { newId } from '../../../server/src/db/ids';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { aidOrgs, createNoticeCase, insertTestProvider } from './provider-test-fixtures';

describe('assignment proposal and assignment /api/legal-aid/cases/:id/assignment', async () => {
  const t = await buildTestApp();
  const orgs = await aidOrgs(t);
  setClock(t, '2025-10-20T02:00:00.000Z');
  const assigner = await loginAs(t, {
    permissions: ['legalAid.assignment.manage', 'legalAid.application.read'],
    orgId: orgs.hexi.id,
    scope: 'own',
  });
  const nankaiAssigner = await loginAs(t, { permissions: ['legalAid.assignment.manage'], orgId: orgs.nankai.id, scope: 'own' });
  const reader = await loginAs(t, { permissions: ['legalAid.application.read'], orgId: orgs.hexi.id });
  const wangUser = await loginAs(t, { permissions: ['legalAid.case.work'], orgId: orgs.firmB.id });
  const liUser = await loginAs(t, { permissions: ['legalAid.case.work'], orgId: orgs.firmA.id });

  // 张律师 (firm A) acted for the company that is the victim in the notices; 赵律师 is his colleague;
  // 王律师 (firm B) is clean; 钱律师 is junior; 孙 is a grassroots worker.
  const zhang = await insertTestProvider(t, { orgId: orgs.hexi.id, name: '张律师', firmOrgId: orgs.firmA.id });
  const zhao = await insertTestProvider(t, { orgId: orgs.hexi.id, name: '赵律师', firmOrgId: orgs.firmA.id, userId: liUser.userId });
  const wang = await insertTestProvider(t, { orgId: orgs.hexi.id, name: '王律师', firmOrgId: orgs.firmB.id, userId: wangUser.userId });
  const qian = await insertTestProvider(t, { orgId: orgs.hexi.id, name: '钱律师', practiceSince: '2023-09-01', relevantCriminalYears: 2 });
  const sun = await insertTestProvider(t, { orgId: orgs.hexi.id, name: '孙', kind: 'grassroots', specialities: '["labour"]' });
  await t.kernel.db
    .insertInto('aidProviderHistory')
    .values({
      id: newId(),
      providerId: zhang,
      side: 'client',
      name: '天津市宏达建筑工程有限公司',
      idNumberIndex: null,
      matter: '建设工程施工合同纠纷',
      date: '2024-05-10',
      source: 'manual',
      caseId: null,
      createdBy: null,
      createdAt: '2024-05-10T00:00:00.000Z',
    })
    .execute();
  const minorCase = await createNoticeCase(t, orgs.hexi.id);
  const lifeCase = await createNoticeCase(t, orgs.hexi.id, { ground: 'noticeLifeOrDeath', charge: '故意杀人罪', opponents: [] });

  const proposal = (id: string, headers = assigner.headers) =>
    t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${id}/assignment-proposal`, headers });
  const assign = (id: string, payload: object, headers = assigner.headers) =>
    t.app.inject({ method: 'POST', url: `/api/legal-aid/cases/${id}/assignment`, headers, payload });
  const written = async (caseId: string) => ({
    assignments: (await t.kernel.db.selectFrom('aidAssignments').select('id').where('caseId', '=', caseId).execute()).length,
    state: (await t.kernel.db.selectFrom('aidCases').select('state').where('id', '=', caseId).executeTakeFirstOrThrow()).state,
    history: (await t.kernel.db.selectFrom('aidProviderHistory').select('id').where('caseId', '=', caseId).execute()).length,
  });
  const expectRefused = async (caseId: string, payload: object, status: number, code: string, field?: string) => {
    const before = await written(caseId);
    const res = await assign(caseId, payload);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    if (field) expect(res.json().error.field).toBe(field);
    expect(await written(caseId)).toEqual(before);
  };

  it('401 without a session, 403 without the permission', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${minorCase.id}/assignment-proposal` })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/legal-aid/cases/${minorCase.id}/assignment`, payload: { providerId: wang } }))
        .statusCode,
    ).toBe(401);
    expect((await proposal(minorCase.id, reader.headers)).statusCode).toBe(403);
    expect((await assign(minorCase.id, { providerId: wang }, reader.headers)).statusCode).toBe(403);
  });

  it('400 for a malformed body, 404 outside the scope, nothing written', async () => {
    await expectRefused(minorCase.id, { providerId: 'nope' }, 400, 'VALIDATION_FAILED', 'providerId');
    await expectRefused(minorCase.id, { providerId: wang, overrideReason: 'x' }, 400, 'VALIDATION_FAILED', 'overrideReason');
    expect((await proposal(minorCase.id, nankaiAssigner.headers)).statusCode).toBe(404);
    expect((await assign(minorCase.id, { providerId: wang }, nankaiAssigner.headers)).statusCode).toBe(404);
    await expectRefused(minorCase.id, { providerId: newId() }, 404, 'NOT_FOUND', 'providerId');
  });

  it('proposes ranked candidates with score parts, conflict findings and the seniority rule', async () => {
    const res = await proposal(minorCase.id);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ state: 'granted', seniorityRequired: false, abilities: { canAssign: true, canReplace: false } });
    expect(p.assignDueOn).toBeTruthy();
    const by = (id: string) => p.candidates.find((c: { providerId: string }) => c.providerId === id);
    expect(by(zhang)).toMatchObject({ blockers: ['conflict'], needsOverride: true, assignable: true });
    expect(by(zhang).conflicts[0]).toMatchObject({
      kind: 'actedForOpponent',
      via: 'self',
      basis: 'nameExact',
      partyName: '天津市宏达建筑工程有限公司',
    });
    expect(by(zhao).conflicts[0]).toMatchObject({ via: 'firm', historyProviderName: '张律师' });
    expect(by(sun)).toMatchObject({ blockers: ['kind'], assignable: false });
    expect(by(wang)).toMatchObject({ blockers: [], assignable: true });
    expect(by(wang).parts).toMatchObject({ speciality: 15, district: 20, load: 30 });
    expect(p.candidates[0].blockers).toEqual([]);
    expect(p.candidates.map((c: { rank: number }) => c.rank)).toEqual(p.candidates.map((_: unknown, i: number) => i + 1));
    const life = (await proposal(lifeCase.id)).json();
    expect(life.seniorityRequired).toBe(true);
    expect(life.candidates.find((c: { providerId: string }) => c.providerId === qian)).toMatchObject({
      blockers: ['seniority'],
      assignable: false,
    });
  });

  it('409 for a conflict without an override reason, and for a junior lawyer on a life/death case (no override)', async () => {
    await expectRefused(minorCase.id, { providerId: zhang }, 409, 'AID_ASSIGNMENT_CONFLICT', 'providerId');
    await expectRefused(minorCase.id, { providerId: zhao }, 409, 'AID_ASSIGNMENT_CONFLICT', 'providerId');
    await expectRefused(minorCase.id, { providerId: sun }, 409, 'AID_ASSIGNMENT_KIND', 'providerId');
    await expectRefused(lifeCase.id, { providerId: qian }, 409, 'AID_ASSIGNMENT_SENIORITY', 'providerId');
    await expectRefused(
      lifeCase.id,
      { providerId: qian, overrideReason: '当事人要求指派该律师' },
      409,
      'AID_ASSIGNMENT_SENIORITY',
      'providerId',
    );
    await expectRefused(minorCase.id, { providerId: wang, replacing: true, reason: '受援人要求更换' }, 409, 'AID_INVALID_TRANSITION');
  });

  it('assigns within the period: the case moves, the lawyer sees only it, history fed, notice replied, audited', async () => {
    const res = await assign(minorCase.id, { providerId: wang });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'assigned',
      assignment: { providerId: wang, providerName: '王律师', firmName: '天津海河律师事务所', onTime: true, overrideReason: null },
      noticeReply: { providerName: '王律师', firmName: '天津海河律师事务所', contactPhone: '022-23456789' },
    });
    const row = await t.kernel.db.selectFrom('aidCases').selectAll().where('id', '=', minorCase.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'assigned', assigneeProviderId: wang, assigneeUserId: wangUser.userId });
    const notice = await t.kernel.db
      .selectFrom('aidNotices')
      .select('repliedAt')
      .where('caseId', '=', minorCase.id)
      .executeTakeFirstOrThrow();
    expect(notice.repliedAt).not.toBeNull();
    const hist = await t.kernel.db.selectFrom('aidProviderHistory').selectAll().where('caseId', '=', minorCase.id).execute();
    expect(hist.map((h) => [h.providerId, h.side, h.name]).sort()).toEqual(
      [
        [wang, 'client', '李小明'],
        [wang, 'opponent', '天津市宏达建筑工程有限公司'],
      ].sort(),
    );
    expect(await lastAudit(t, minorCase.id)).toMatchObject({ action: 'legalAid.case.assign', entityType: 'aidCase' });
    await expectRefused(minorCase.id, { providerId: zhang }, 409, 'AID_ALREADY_ASSIGNED', 'replacing');

    // AA's caseScope: the lawyer (case.work) sees the case assigned to them and nothing else.
    const mine = await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${minorCase.id}`, headers: wangUser.headers });
    expect(mine.statusCode, mine.body).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${lifeCase.id}`, headers: wangUser.headers })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${minorCase.id}`, headers: liUser.headers })).statusCode).toBe(
      404,
    );
  });

  it('replaces the provider at the recipient’s request: reason required, conflict override recorded', async () => {
    await expectRefused(
      minorCase.id,
      { providerId: zhao, replacing: true, overrideReason: '已核实为同名不同人' },
      400,
      'AID_REPLACEMENT_REASON_REQUIRED',
      'reason',
    );
    await expectRefused(
      minorCase.id,
      { providerId: wang, replacing: true, reason: '受援人要求更换' },
      409,
      'AID_REPLACEMENT_SAME_PROVIDER',
      'providerId',
    );
    const res = await assign(minorCase.id, {
      providerId: zhao,
      replacing: true,
      reason: '受援人要求更换',
      overrideReason: '已核实为同名不同人',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().assignment).toMatchObject({
      providerId: zhao,
      overrideReason: '已核实为同名不同人',
      replacementReason: '受援人要求更换',
    });
    const rows = await t.kernel.db.selectFrom('aidAssignments').selectAll().where('caseId', '=', minorCase.id).execute();
    expect(rows.map((r) => [r.providerId, r.endReason]).sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      [zhao, null],
      [wang, 'replaced'],
    ]);
    expect(await lastAudit(t, minorCase.id)).toMatchObject({ action: 'legalAid.case.reassign', reason: '受援人要求更换' });
    expect((await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${minorCase.id}`, headers: wangUser.headers })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${minorCase.id}`, headers: liUser.headers })).statusCode).toBe(
      200,
    );
  });

  it('a senior lawyer takes the life/death case; the proposal then shows the load', async () => {
    const res = await assign(lifeCase.id, { providerId: wang });
    expect(res.statusCode, res.body).toBe(200);
    const p = (await proposal(lifeCase.id)).json();
    expect(p.current).toMatchObject({ providerId: wang });
    expect(p.abilities).toEqual({ canAssign: false, canReplace: true });
    expect(p.candidates.find((c: { providerId: string }) => c.providerId === wang)).toMatchObject({ openLoad: 1, periodCount: 2 });
  });

  it('the local rules are configurable (settings.manage), validated, versioned and audited', async () => {
    const admin = await loginAs(t, { permissions: ['legalAid.settings.manage'], orgId: orgs.city.id, scope: 'city' });
    const url = '/api/legal-aid/assignment-settings';
    const current = await t.app.inject({ method: 'GET', url, headers: assigner.headers });
    expect(current.json()).toMatchObject({
      version: 0,
      saved: false,
      conflictLevels: { blockingScore: 0.8 },
      abilities: { canEdit: false },
    });
    const body = {
      weights: { speciality: 30, district: 20, load: 30, rotation: 20, loadCap: 10 },
      conflictLevels: { blockingScore: 0.9, noticeScore: 0.6 },
      version: 0,
    };
    expect((await t.app.inject({ method: 'PUT', url, headers: assigner.headers, payload: body })).statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'PUT',
      url,
      headers: admin.headers,
      payload: { ...body, conflictLevels: { blockingScore: 0.8, noticeScore: 0.9 } },
    });
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'conflictLevels.noticeScore' });
    const ok = await t.app.inject({ method: 'PUT', url, headers: admin.headers, payload: body });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 1, saved: true });
    expect(await lastAudit(t, 'default')).toMatchObject({ action: 'legalAid.assignmentSettings.update' });
    expect((await t.app.inject({ method: 'PUT', url, headers: admin.headers, payload: body })).statusCode).toBe(409);
    const p = (await proposal(minorCase.id)).json();
    expect(p).toMatchObject({ settingsSaved: true, conflictLevels: { blockingScore: 0.9 } });
    expect(p.candidates.find((c: { providerId: string }) => c.providerId === zhang)).toMatchObject({ needsOverride: false, blockers: [] });
  });

  it('registered metric: assignments within 3 days, by origin', async () => {
    const stats = await loginAs(t, { permissions: ['stats.metric.read'], orgId: orgs.hexi.id, scope: 'own' });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/stats/metrics/legalAid.assignmentOnTimeRate?from=2025-10-01&to=2025-10-31&groupBy=organisation',
      headers: stats.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rows).toEqual([
      expect.objectContaining({ key: orgs.hexi.id, label: '河西区法律援助中心', series: 'notice', value: 100 }),
    ]);
  });
});
