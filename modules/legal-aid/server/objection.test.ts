import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock, testActor } from '../../../server/src/workflow/test-workflow';
import { getCase } from './case-query.service';
import { findCaseById } from './case.repository';
import { createAidCase } from './casework-test-fixtures';
import { aidOrgs } from './provider-test-fixtures';

describe('objection (第四十九条): portal and workbench, decided by the justice bureau within 5 days', async () => {
  const t = await buildTestApp(tempFileStore());
  // Wed 1 Oct 2025: the National Day holiday does not stretch natural-day periods.
  setClock(t, '2025-10-01T02:00:00.000Z');
  const orgs = await aidOrgs(t);
  const alice = await signInCitizen(t, '13912340201');
  const bob = await signInCitizen(t, '13912340202', '203.0.113.2');
  const centre = await loginAs(t, {
    permissions: ['legalAid.application.read', 'legalAid.application.intake', 'legalAid.application.review', 'legalAid.assignment.manage'],
    orgId: orgs.hexi.id,
  });
  const bureau = await loginAs(t, { permissions: ['legalAid.objection.decide'], orgId: orgs.hexiBureau.id, scope: 'subtree' });
  const nankaiBureau = await loginAs(t, { permissions: ['legalAid.objection.decide'], orgId: orgs.nankaiBureau.id, scope: 'subtree' });
  const denied = (citizenId: string | null = alice.body.citizen.id) =>
    createAidCase(t, { orgId: orgs.hexi.id, staffUserId: centre.userId, state: 'denied', citizenId, on: '2025-09-28' });
  const object = (id: string, headers: Record<string, string> | undefined, payload: object = { reason: '我确实经济困难，请求重新审查' }) =>
    t.app.inject({ method: 'POST', url: `/api/citizen/legal-aid/cases/${id}/objection`, headers: headers ?? {}, payload });
  const decide = (oid: string, headers: Record<string, string>, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/legal-aid/objections/${oid}/decision`, headers, payload });
  const objections = async () =>
    Number(
      (
        await t.kernel.db
          .selectFrom('aidObjections')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('portal: 401 without a citizen session, 400 without reasons, 404 for another’s case, 409 when nothing is objectable', async () => {
    const id = await denied();
    expect((await object(id, undefined)).statusCode).toBe(401);
    expect((await object(id, centre.headers)).statusCode).toBe(401);
    const empty = await object(id, alice.headers, { reason: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe('reason');
    expect((await object(id, bob.headers)).statusCode).toBe(404);
    const granted = await createAidCase(t, {
      orgId: orgs.hexi.id,
      staffUserId: centre.userId,
      state: 'granted',
      citizenId: alice.body.citizen.id,
    });
    const res = await object(granted, alice.headers);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'AID_OBJECTION_NOT_OBJECTABLE', field: 'state' });
    expect(await objections()).toBe(0);
  });

  it('filed in the portal → due in 5 natural days with its explanation; a second → 409; the bureau upholds and serves the decision', async () => {
    const id = await denied();
    const before = await t.app.inject({ method: 'GET', url: `/api/citizen/legal-aid/cases/${id}/casework`, headers: alice.headers });
    expect(before.json().abilities.canObject).toBe(true);
    const res = await object(id, alice.headers);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ against: 'denial', receivedOn: '2025-10-01', dueOn: '2025-10-09', status: 'open' });
    const oid = res.json().id;
    expect(await lastAudit(t, id)).toMatchObject({ action: 'legalAid.objection.file', actorType: 'citizen' });
    const again = await object(id, alice.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('AID_OBJECTION_PENDING');
    expect(await objections()).toBe(1);
    const notified = await t.kernel.db.selectFrom('notifications').selectAll().where('userId', '=', bureau.userId).execute();
    expect(notified.some((n) => n.kind === 'legalAid.objectionFiled')).toBe(true);

    // The bureau's queue; the centre does not decide; another district's bureau does not see it.
    const list = await t.app.inject({ method: 'GET', url: '/api/legal-aid/objections?status=open', headers: bureau.headers });
    expect(list.json().items.map((o: { id: string }) => o.id)).toContain(oid);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/legal-aid/objections/${oid}`, headers: bureau.headers })).json();
    // 5 natural days end on 6 Oct, a holiday: the period ends on the first working day after it.
    expect(detail.dueExplanation.zh.join('')).toContain('第四十九条');
    expect(detail.abilities.canDecide).toBe(true);
    const payload = { outcome: 'uphold', reason: '申请人家庭人均月收入高于经济困难标准', version: 0 };
    expect((await decide(oid, centre.headers, payload)).statusCode).toBe(403);
    expect((await decide(oid, nankaiBureau.headers, payload)).statusCode).toBe(404);
    expect((await decide(oid, bureau.headers, { ...payload, outcome: 'maybe' })).json().error.field).toBe('outcome');

    const upheld = await decide(oid, bureau.headers, payload);
    expect(upheld.statusCode).toBe(200);
    expect(upheld.json()).toMatchObject({ status: 'upheld', decidedOn: '2025-10-01' });
    expect(upheld.json().furtherRemedy.zh).toContain('行政复议');
    expect((await decide(oid, bureau.headers, { ...payload, version: 1 })).json().error.code).toBe('AID_OBJECTION_DECIDED');
    expect((await findCaseById(t.kernel.db, id))!.state).toBe('denied');
    expect(await lastAudit(t, id)).toMatchObject({ action: 'legalAid.objection.uphold' });
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/citizen/inbox', headers: alice.headers })).json().items;
    expect(inbox.some((i: { fileName: string }) => i.fileName.includes('异议审查决定书'))).toBe(true);
    // Upheld: no second objection against the same decision (reconsideration or litigation instead).
    const after = await t.app.inject({ method: 'GET', url: `/api/citizen/legal-aid/cases/${id}/casework`, headers: alice.headers });
    expect(after.json().abilities.canObject).toBe(false);
    const third = await object(id, alice.headers);
    expect(third.json().error.code).toBe('AID_OBJECTION_ALREADY_UPHELD');
    expect(await objections()).toBe(1);
  });

  it('order correction reopens the review; an objection after the correction → 409, nothing written', async () => {
    const id = await denied();
    const filed = await object(id, alice.headers);
    const oid = filed.json().id;
    const res = await decide(oid, bureau.headers, { outcome: 'correct', reason: '未核实申请人提交的低保证明', version: 0 });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('corrected');
    const c = (await findCaseById(t.kernel.db, id))!;
    expect(c).toMatchObject({ state: 'received', decidedOn: null, reviewDueOn: '2025-10-09' });
    // One review clock in the detail: the fresh one, naming the order and the first review (not two 7-day
    // reviews). Through the service: the fixture's case has no eligibility result for the route's schema.
    const reader = testActor({ userId: centre.userId, orgId: orgs.hexi.id }, ['legalAid.application.read']);
    const reviews = (await getCase(t.kernel, reader, id)).timers.filter((x) => x.key === 'review');
    expect(reviews).toEqual([expect.objectContaining({ status: 'open', dueDate: '2025-10-09' })]);
    expect(reviews[0]!.explanation.zh.join('')).toContain('责令改正后重新审查之日');
    expect(await lastAudit(t, id)).toMatchObject({ action: 'legalAid.objection.correct' });
    const before = await objections();
    const late = await object(id, alice.headers);
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'AID_OBJECTION_ALREADY_CORRECTED', field: 'state' });
    expect(await objections()).toBe(before);
    const list = await t.app.inject({ method: 'GET', url: `/api/citizen/legal-aid/cases/${id}/objections`, headers: alice.headers });
    expect(list.json().items[0]).toMatchObject({ status: 'corrected' });
    const portal = await t.app.inject({ method: 'GET', url: `/api/citizen/legal-aid/cases/${id}/casework`, headers: alice.headers });
    expect(portal.json()).toMatchObject({ state: 'received', abilities: { canObject: false, canRate: false } });
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/citizen/legal-aid/cases/${id}/casework`, headers: bob.headers })).statusCode,
    ).toBe(404);
  });

  it('staff record an objection to a termination; correction resumes the aid with its provider', async () => {
    const lawyer = await loginAs(t, { permissions: ['legalAid.case.work'], orgId: orgs.firmA.id, scope: 'own' });
    const id = await createAidCase(t, {
      orgId: orgs.hexi.id,
      staffUserId: centre.userId,
      state: 'terminated',
      assigneeUserId: lawyer.userId,
      phone: '13912340299',
      on: '2025-09-29',
    });
    const url = `/api/legal-aid/cases/${id}/objections`;
    // The bureau sees the case for the objection; another district's bureau does not.
    expect((await t.app.inject({ method: 'GET', url, headers: bureau.headers })).json().items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url, headers: nankaiBureau.headers })).statusCode).toBe(404);
    const future = await t.app.inject({
      method: 'POST',
      url,
      headers: centre.headers,
      payload: { reason: '不服终止决定', receivedOn: '2025-10-02' },
    });
    expect(future.json().error).toMatchObject({ code: 'AID_DATE_IN_FUTURE', field: 'receivedOn' });
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: centre.headers,
      payload: { reason: '不服终止决定', receivedOn: '2025-09-30' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ against: 'termination', source: 'staff', dueOn: '2025-10-09' });
    const decided = await decide(res.json().id, bureau.headers, { outcome: 'correct', reason: '终止理由不成立', version: 0 });
    expect(decided.statusCode).toBe(200);
    expect((await findCaseById(t.kernel.db, id))!).toMatchObject({ state: 'assigned', closedOn: null, assigneeUserId: lawyer.userId });
    const casework = await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${id}/casework`, headers: lawyer.headers });
    expect(casework.json().abilities.canLogProgress).toBe(true);
  });
});
