import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { aidOrgs, insertTestProvider } from './provider-test-fixtures';
import { insertStandard, wagesApplication } from './test-fixtures';

/**
 * Seams of intake and review with the assignment: the 第二十六条 flag stated at intake and at the grant
 * (then the seniority rule of the assignment fires), and the `correcting` clock (第四十三条第二款).
 */
describe('legal aid intake seams: 第二十六条 flag at intake/grant, the materials clock', async () => {
  const t = await buildTestApp();
  const orgs = await aidOrgs(t);
  await insertStandard(t);
  setClock(t, '2026-03-02T02:00:00.000Z');
  const perms = ['legalAid.application.read', 'legalAid.application.intake', 'legalAid.application.review', 'legalAid.assignment.manage'];
  let staff = await loginAs(t, { permissions: perms, orgId: orgs.hexi.id, scope: 'own' });
  const junior = await insertTestProvider(t, {
    orgId: orgs.hexi.id,
    name: '钱律师',
    practiceSince: '2024-09-01',
    relevantCriminalYears: 2,
  });
  const senior = await insertTestProvider(t, { orgId: orgs.hexi.id, name: '王律师', firmOrgId: orgs.firmB.id });
  const defence = (over: object = {}) =>
    wagesApplication(orgs.hexi.id, {
      origin: 'walkIn',
      matterKind: 'criminalDefence',
      matterSummary: '犯罪嫌疑人涉嫌故意杀人，申请法律援助辩护。',
      opponents: [],
      litigation: true,
      authorityName: '天津市公安局河西分局',
      authorityRegionCode: '120103',
      ...over,
    });
  const apply = (payload: object) => t.app.inject({ method: 'POST', url: '/api/legal-aid/applications', headers: staff.headers, payload });
  const step = (id: string, name: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/legal-aid/cases/${id}/${name}`, headers: staff.headers, payload });
  const detail = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${id}`, headers: staff.headers })).json();
  const list = async (query: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases?${query}`, headers: staff.headers })).json();
  const cases = async () => (await t.kernel.db.selectFrom('aidCases').select('id').execute()).length;

  it('400 for the flag on a matter without a defendant, at intake and at the grant; nothing written', async () => {
    const before = await cases();
    const bad = await apply({ ...wagesApplication(orgs.hexi.id), origin: 'walkIn', mayCarryLifeOrDeath: true });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'AID_LIFE_OR_DEATH_NOT_DEFENCE', field: 'mayCarryLifeOrDeath' });
    expect(await cases()).toBe(before);
    const wages = await apply({ ...wagesApplication(orgs.hexi.id), origin: 'walkIn' });
    expect(wages.json().abilities.canSetLifeOrDeath).toBe(false);
    const grant = await step(wages.json().id, 'grant', { mayCarryLifeOrDeath: true });
    expect(grant.json().error).toMatchObject({ code: 'AID_LIFE_OR_DEATH_NOT_DEFENCE', field: 'mayCarryLifeOrDeath' });
    expect(await detail(wages.json().id)).toMatchObject({ state: 'received', mayCarryLifeOrDeath: false, version: wages.json().version });
  });

  it('stated at walk-in intake: shown in the detail, audited; a junior lawyer → 409 AID_ASSIGNMENT_SENIORITY', async () => {
    const res = await apply(defence({ mayCarryLifeOrDeath: true }));
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    expect(res.json()).toMatchObject({ mayCarryLifeOrDeath: true, abilities: { canSetLifeOrDeath: true } });
    expect(await lastAudit(t, id)).toMatchObject({ action: 'legalAid.case.create' });
    expect((await step(id, 'grant', {})).json()).toMatchObject({ state: 'granted', mayCarryLifeOrDeath: true });
    const refused = await step(id, 'assignment', { providerId: junior });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'AID_ASSIGNMENT_SENIORITY', field: 'providerId' });
    expect((await t.kernel.db.selectFrom('aidAssignments').select('id').where('caseId', '=', id).execute()).length).toBe(0);
    const ok = await step(id, 'assignment', { providerId: senior });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().state).toBe('assigned');
  });

  it('stated at the grant (review), audited before/after; the assignment then needs the senior lawyer', async () => {
    const res = await apply(defence());
    const id = res.json().id;
    expect(res.json().mayCarryLifeOrDeath).toBe(false);
    const granted = await step(id, 'grant', { mayCarryLifeOrDeath: true });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json()).toMatchObject({ state: 'granted', mayCarryLifeOrDeath: true, abilities: { canSetLifeOrDeath: false } });
    const audit = await lastAudit(t, id);
    expect(audit).toMatchObject({ action: 'legalAid.case.grant' });
    expect(audit?.diff?.mayCarryLifeOrDeath).toEqual([false, true]);
    const proposal = await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${id}/assignment-proposal`, headers: staff.headers });
    expect(proposal.json().seniorityRequired).toBe(true);
    expect((await step(id, 'assignment', { providerId: junior })).json().error.code).toBe('AID_ASSIGNMENT_SENIORITY');
  });

  it('correcting: the list and the detail show the materials due date with its explanation, the deadline filters find it', async () => {
    const id = (await apply(defence())).json().id;
    const asked = await step(id, 'materials-request', { items: ['身份证复印件'], dueOn: '2026-03-04' });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({ state: 'correcting', dueOn: '2026-03-04' });
    const d = await detail(id);
    expect(d.deadline).not.toBeNull();
    const clock = d.timers.find((x: { key: string }) => x.key === 'materials');
    expect(clock).toMatchObject({ state: 'correcting', startDate: '2026-03-02', dueDate: '2026-03-04', status: 'open' });
    expect(clock.deadline).not.toBeNull();
    expect(clock.explanation.zh.join('')).toContain('第四十三条第二款');
    expect(clock.explanation.zh.join('')).toContain('视为撤回');
    const row = (await list('state=correcting')).items.find((x: { id: string }) => x.id === id);
    expect(row).toMatchObject({ dueOn: '2026-03-04' });
    expect(row.deadline).not.toBeNull();
    expect((await list('deadline=dueSoon')).items.map((x: { id: string }) => x.id)).toContain(id);
    expect((await list('deadline=overdue')).items.map((x: { id: string }) => x.id)).not.toContain(id);
    setClock(t, '2026-03-05T02:00:00.000Z');
    staff = await loginAs(t, { permissions: perms, orgId: orgs.hexi.id, scope: 'own' });
    expect((await list('deadline=overdue')).items.map((x: { id: string }) => x.id)).toContain(id);
    // Answered: back to review, the materials clock closed, the review clock runs again.
    const answered = await step(id, 'materials', { answer: '已补交身份证复印件' });
    expect(answered.statusCode, answered.body).toBe(200);
    const after = answered.json();
    expect(after.state).toBe('received');
    expect(after.dueOn).toBe(after.reviewDueOn);
    expect(after.timers.find((x: { key: string }) => x.key === 'materials')).toMatchObject({ status: 'closed', deadline: null });
  });
});
