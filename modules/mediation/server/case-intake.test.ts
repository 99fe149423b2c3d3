import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { caseCount, createMediator, intakeBody, medOrgs, staffPermissions } from './test-fixtures';

describe('POST /api/mediation/cases (staff intake) and the portal request', async () => {
  const t = await buildTestApp(tempFileStore());
  const orgs = await medOrgs(t);
  setClock(t, '2026-03-02T02:00:00.000Z');
  const clerk = await loginAs(t, { permissions: staffPermissions, orgId: orgs.villageA.id, scope: 'own' });
  const officeClerk = await loginAs(t, { permissions: staffPermissions, orgId: orgs.office.id, scope: 'subtree' });
  const reader = await loginAs(t, { permissions: ['mediation.case.read'], orgId: orgs.villageA.id });
  const post = (payload: unknown, headers = clerk.headers) =>
    t.app.inject({ method: 'POST', url: '/api/mediation/cases', payload: payload as object, headers });
  const expectError = async (payload: unknown, status: number, code: string, field?: string, headers = clerk.headers) => {
    const before = await caseCount(t);
    const res = await post(payload, headers);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    if (field) expect(res.json().error.field).toBe(field);
    expect(await caseCount(t)).toBe(before);
  };

  it('401 without a session, 403 without the intake permission', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/mediation/cases', payload: intakeBody() })).statusCode).toBe(401);
    expect((await post(intakeBody(), reader.headers)).statusCode).toBe(403);
  });

  it('400 for bad input with the field at fault, nothing written', async () => {
    await expectError(intakeBody({ kind: 'gossip' }), 400, 'VALIDATION_FAILED', 'kind');
    await expectError(intakeBody({ parties: [intakeBody().parties[0]] }), 400, 'VALIDATION_FAILED', 'parties');
    const [a] = intakeBody().parties;
    await expectError(intakeBody({ parties: [a, { ...a, name: '王二' }] }), 400, 'MED_PARTY_MISSING', 'parties');
    await expectError(intakeBody({ receivedOn: '2026-03-03' }), 400, 'MED_DATE_IN_FUTURE', 'receivedOn');
    await expectError(
      intakeBody({ source: 'court', externalRef: '(2026)津0103民诉前调123号' }),
      400,
      'MED_REFERRER_REQUIRED',
      'referrerName',
    );
    await expectError(
      intakeBody({ source: 'police', referrerName: '河西公安分局友谊路派出所' }),
      400,
      'MED_REFERRER_REQUIRED',
      'externalRef',
    );
    await expectError(intakeBody({ orgId: orgs.hexi.id }), 404, 'NOT_FOUND', 'orgId', clerk.headers);
    await expectError(intakeBody({ orgId: orgs.hexi.id }), 400, 'MED_COMMITTEE_UNKNOWN', 'orgId', await loginHexi());
    const foreign = await createMediator(t, orgs.villageB.id);
    const [p0, p1] = intakeBody().parties;
    await expectError(
      intakeBody({ parties: [p0, { ...p1, chosenMediatorId: foreign }] }),
      400,
      'MED_MEDIATOR_UNKNOWN',
      'parties.1.chosenMediatorId',
    );
  });

  async function loginHexi() {
    // A district bureau is not a committee (a street office hosting the street committee is).
    return (await loginAs(t, { permissions: staffPermissions, orgId: orgs.hexi.id, scope: 'subtree' })).headers;
  }

  it('404 for a committee outside the scope, nothing written', async () => {
    await expectError(intakeBody({ orgId: orgs.nankaiVillage.id }), 404, 'NOT_FOUND', 'orgId', officeClerk.headers);
  });

  it('registers a walk-in dispute: case number, parties masked, workflow, audit', async () => {
    const res = await post(intakeBody());
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ state: 'received', source: 'walkIn', kind: 'neighbour', orgId: orgs.villageA.id, receivedOn: '2026-03-02' });
    expect(c.caseNumber).toMatch(/调〔2026〕\d+号$/);
    expect(c.parties).toHaveLength(2);
    expect(c.parties[0].idNumber.masked).not.toContain('19850612');
    expect(c.parties[0].phone.masked).toMatch(/\*/);
    expect(c.parties[0].consent).toBe('pending');
    expect(c.abilities).toMatchObject({ canAccept: true, canDecline: true, canRecordConsent: false });
    const stored = await t.kernel.db.selectFrom('medParties').selectAll().where('caseId', '=', c.id).execute();
    expect(stored[0]!.idNumberEnc).not.toContain('1985');
    expect(stored[0]!.idNumberIndex).toBeTruthy();
    const audit = await lastAudit(t, c.id);
    expect(audit?.action).toBe('mediation.case.create');
  });

  it('the same dispute again → 409 MED_DUPLICATE_SUSPECTED (nothing written) unless confirmed different with a reason', async () => {
    await expectError(intakeBody(), 409, 'MED_DUPLICATE_SUSPECTED', 'confirmNotDuplicate');
    await expectError(intakeBody({ confirmNotDuplicate: true }), 400, 'MED_DUPLICATE_REASON_REQUIRED', 'notDuplicateReason');
    const res = await post(intakeBody({ confirmNotDuplicate: true, notDuplicateReason: '同一当事人之间的另一处漏水' }));
    expect(res.statusCode, res.body).toBe(201);
    expect((await lastAudit(t, res.json().id))?.action).toBe('mediation.case.notDuplicate');
  });

  it('a paper referral from a court records the referrer and its reference; the street office may register for its committees', async () => {
    const res = await post(
      intakeBody({
        source: 'court',
        orgId: orgs.villageB.id,
        referrerName: '天津市河西区人民法院',
        externalRef: '(2026)津0103民诉前调88号',
        kind: 'contract',
        parties: [
          { role: 'applicant', name: '天津某商贸有限公司', kind: 'org', creditCode: '91120103MA05L8XK2C' },
          { role: 'respondent', name: '孙丽', phone: '13912340009' },
        ],
      }),
      officeClerk.headers,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      source: 'court',
      referrerName: '天津市河西区人民法院',
      externalRef: '(2026)津0103民诉前调88号',
      orgId: orgs.villageB.id,
    });
  });

  it('the portal: a citizen requests mediation; the committee is proposed from the incident’s village', async () => {
    const alice = await signInCitizen(t, '13912340001');
    const {
      source: _s,
      receivedOn: _r,
      ...body
    } = intakeBody({ title: '宅基地边界纠纷', kind: 'housingHomestead', facts: '相邻宅基地界址不清，双方多次发生争执。' });
    const unauth = await t.app.inject({ method: 'POST', url: '/api/citizen/mediation/requests', payload: body });
    expect(unauth.statusCode).toBe(401);
    const before = await caseCount(t);
    const nowhere = await t.app.inject({
      method: 'POST',
      url: '/api/citizen/mediation/requests',
      payload: { ...body, incidentRegionCode: '130102001001' },
      headers: alice.headers,
    });
    expect(nowhere.json().error).toMatchObject({ code: 'MED_COMMITTEE_NOT_FOUND_FOR_REGION', field: 'incidentRegionCode' });
    expect(await caseCount(t)).toBe(before);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/citizen/mediation/requests',
      payload: { ...body, incidentRegionCode: '120103001002' },
      headers: alice.headers,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'received', orgName: orgs.villageB.name });
    expect(res.json().parties[0]).toMatchObject({ role: 'applicant', isMe: true });
    const mine = await t.app.inject({ method: 'GET', url: '/api/citizen/mediation/cases', headers: alice.headers });
    expect(mine.json().items.map((i: { id: string }) => i.id)).toContain(res.json().id);
    const options = await t.app.inject({ method: 'GET', url: '/api/mediation/committees/options?regionCode=120103001' });
    expect(options.json().items.length).toBe(3);
    expect(options.json().proposedId).toBe(orgs.office.id);
  });
});
