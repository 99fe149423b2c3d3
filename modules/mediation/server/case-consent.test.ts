import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { createMediator, intakeBody, medOrgs, staffPermissions, testIdNumber } from './test-fixtures';

describe('acceptance, mediator, consent (人民调解法 第十七条、第十九条、第二十六条)', async () => {
  const t = await buildTestApp(tempFileStore());
  const orgs = await medOrgs(t);
  setClock(t, '2026-03-02T02:00:00.000Z');
  const staff = await loginAs(t, { permissions: staffPermissions, orgId: orgs.villageA.id, scope: 'own' });
  const intakeOnly = await loginAs(t, { permissions: ['mediation.case.read', 'mediation.case.intake'], orgId: orgs.villageA.id });
  const other = await loginAs(t, { permissions: staffPermissions, orgId: orgs.villageB.id, scope: 'own' });
  const mediator = await createMediator(t, orgs.villageA.id, { name: '刘桂兰' });
  const second = await createMediator(t, orgs.villageA.id, { name: '陈建国', gender: 'male' });
  const dismissed = await createMediator(t, orgs.villageA.id, { status: 'dismissed' });
  let seq = 200;
  const register = async (phones: [string, string] = ['13912349001', '13912349002']) => {
    const parties = [
      { role: 'applicant', name: '周敏', idNumber: testIdNumber(String(++seq)), phone: phones[0] },
      { role: 'respondent', name: '吴刚', idNumber: testIdNumber(String(++seq)), phone: phones[1] },
    ];
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/mediation/cases',
      payload: intakeBody({
        parties,
        title: `纠纷${seq}`,
        facts: `第${seq}号事实：${'相邻通道堆放杂物'.repeat(seq % 5)}`,
        confirmNotDuplicate: true,
        notDuplicateReason: '测试用不同纠纷',
      }),
      headers: staff.headers,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; parties: { id: string }[] };
  };
  const step = (id: string, path: string, payload: object, headers = staff.headers) =>
    t.app.inject({ method: 'POST', url: `/api/mediation/cases/${id}/${path}`, payload, headers });

  it('accept: 403 without intake, 404 outside the scope, 400 for a dismissed mediator; then the time target runs', async () => {
    const c = await register();
    expect(
      (await step(c.id, 'accept', {}, (await loginAs(t, { permissions: ['mediation.case.read'], orgId: orgs.villageA.id })).headers))
        .statusCode,
    ).toBe(403);
    expect((await step(c.id, 'accept', {}, other.headers)).statusCode).toBe(404);
    const bad = await step(c.id, 'accept', { mediatorId: dismissed });
    expect(bad.json().error).toMatchObject({ code: 'MED_MEDIATOR_UNKNOWN', field: 'mediatorId' });
    const res = await step(c.id, 'accept', { mediatorId: mediator }, intakeOnly.headers);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ state: 'accepted', acceptedOn: '2026-03-02', targetDays: 30, mediator: { id: mediator, name: '刘桂兰' } });
    expect(d.targetDueOn).toBeTruthy();
    const timer = d.timers.find((x: { key: string }) => x.key === 'target');
    expect(timer).toMatchObject({ status: 'open', localRule: true, dueDate: d.targetDueOn });
    expect(timer.explanation.zh.join('')).toContain('本地');
    expect(d.deadline.status).toBe('normal');
    expect((await step(c.id, 'accept', {})).json().error.code).toBe('MED_INVALID_TRANSITION');
  });

  it('a labour dispute gets the 15-day target (劳动争议调解仲裁法 第十四条)', async () => {
    const c = await register(['13912349011', '13912349012']);
    await t.kernel.db.updateTable('medCases').set({ kind: 'labour' }).where('id', '=', c.id).execute();
    const d = (await step(c.id, 'accept', {})).json();
    expect(d.targetDays).toBe(15);
  });

  it('recusal with reason; a recused mediator cannot be designated again', async () => {
    const c = await register(['13912349021', '13912349022']);
    await step(c.id, 'accept', { mediatorId: mediator });
    const r = await step(c.id, 'recusals', {
      mediatorId: mediator,
      reason: '与申请人系近亲属',
      requestedBy: 'party',
      replacementMediatorId: second,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ mediator: { id: second }, recusals: [{ mediatorId: mediator, reason: '与申请人系近亲属' }] });
    const again = await step(c.id, 'mediator', { mediatorId: mediator });
    expect(again.json().error).toMatchObject({ code: 'MED_MEDIATOR_RECUSED', field: 'mediatorId' });
    expect((await lastAudit(t, c.id))?.action).toBe('mediation.case.recuse');
  });

  it('consent twice with opposite answers → 409 and nothing written; all given → mediating', async () => {
    const c = await register(['13912349031', '13912349032']);
    const [p1, p2] = c.parties;
    const early = await step(c.id, `parties/${p1!.id}/consent`, { answer: 'given', way: 'written' });
    expect(early.json().error.code).toBe('MED_CONSENT_NOT_OPEN');
    await step(c.id, 'accept', { mediatorId: mediator });
    const first = await step(c.id, `parties/${p1!.id}/consent`, { answer: 'given', way: 'written' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ state: 'accepted', consentSummary: { given: 1, pending: 1, refused: 0 } });
    const before = await t.kernel.db.selectFrom('medParties').selectAll().where('id', '=', p1!.id).executeTakeFirstOrThrow();
    const auditBefore = await lastAudit(t, c.id);
    const twice = await step(c.id, `parties/${p1!.id}/consent`, { answer: 'refused', way: 'oral', refusalReason: '改变主意' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'MED_CONSENT_ALREADY_RECORDED', field: 'answer' });
    expect(await t.kernel.db.selectFrom('medParties').selectAll().where('id', '=', p1!.id).executeTakeFirstOrThrow()).toEqual(before);
    expect((await lastAudit(t, c.id))?.id).toBe(auditBefore?.id);
    const unknown = await step(c.id, `parties/${c.id}/consent`, { answer: 'given', way: 'oral' });
    expect(unknown.json().error).toMatchObject({ code: 'MED_PARTY_UNKNOWN', field: 'partyId' });
    const all = await step(c.id, `parties/${p2!.id}/consent`, { answer: 'given', way: 'oral' });
    expect(all.json()).toMatchObject({ state: 'mediating', abilities: { canHandle: true, canRecordConsent: false } });
    expect(all.json().timers.find((x: { key: string }) => x.key === 'target').status).toBe('open');
  });

  it('a clear refusal ends the case as refused with the notice served to the parties (portal)', async () => {
    const c = await register(['13912349041', '13912349042']);
    // The respondent opens a portal account after registration: matched by the mobile.
    const bob = await signInCitizen(t, '13912349042');
    await step(c.id, 'accept', { mediatorId: mediator });
    const seen = await t.app.inject({ method: 'GET', url: `/api/citizen/mediation/cases/${c.id}`, headers: bob.headers });
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({ abilities: { canConsent: true } });
    expect(seen.json().parties.find((p: { isMe: boolean }) => p.isMe).name).toBe('吴刚');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/mediation/cases/${c.id}/consent`,
      payload: { answer: 'refused', refusalReason: '希望直接起诉' },
      headers: bob.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'refused', outcome: 'refused', abilities: { canConsent: false } });
    expect(
      res
        .json()
        .documents.some((d: { fileName: string; serviceId: string | null }) => d.fileName.includes('不予调解告知书') && d.serviceId),
    ).toBe(true);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${c.id}`, headers: staff.headers })).json();
    expect(detail).toMatchObject({ state: 'refused', closedOn: '2026-03-02', deadline: null });
    expect(detail.documents.map((d: { templateId: string }) => d.templateId)).toContain('mediation.refusalNotice');
    expect(detail.services.length).toBeGreaterThanOrEqual(1);
    expect(detail.parties[1]).toMatchObject({ consent: 'refused', consentWay: 'online', refusalReason: '希望直接起诉' });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/mediation/cases/${c.id}/consent`,
      payload: { answer: 'given' },
      headers: bob.headers,
    });
    expect(again.json().error.code).toBe('MED_CONSENT_ALREADY_RECORDED');
    // A later case: the party's account is linked at registration.
    const later = await register(['13912349061', '13912349042']);
    const seenLater = (await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${later.id}`, headers: staff.headers })).json();
    expect(seenLater.parties[1].citizenAccount).toBe(true);
    const stranger = await signInCitizen(t, '13912349099');
    expect((await t.app.inject({ method: 'GET', url: `/api/citizen/mediation/cases/${c.id}`, headers: stranger.headers })).statusCode).toBe(
      404,
    );
  });

  it('decline with reason → declined with the notice', async () => {
    const c = await register(['13912349051', '13912349052']);
    const res = await step(c.id, 'decline', { reason: '该纠纷已由人民法院受理' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'declined', outcome: 'declined', closingReason: '该纠纷已由人民法院受理' });
    expect(res.json().documents.map((d: { templateId: string }) => d.templateId)).toContain('mediation.declineNotice');
    expect((await lastAudit(t, c.id))?.action).toBe('mediation.case.decline');
  });
});
