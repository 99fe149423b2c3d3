import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { multipartBody, samplePng, tempFileStore } from '../../../server/src/attachments/test-helpers';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { intakeBody, medOrgs, staffPermissions, testIdNumber } from './test-fixtures';

describe('time-target settings, PII reveal, portal uploads', async () => {
  const t = await buildTestApp(tempFileStore());
  const orgs = await medOrgs(t);
  setClock(t, '2026-03-02T02:00:00.000Z');
  const cityAdmin = await loginAs(t, { permissions: ['mediation.settings.manage'], orgId: orgs.city.id, scope: 'city' });
  const districtAdmin = await loginAs(t, { permissions: ['mediation.settings.manage'], orgId: orgs.hexi.id, scope: 'subtree' });
  const staff = await loginAs(t, { permissions: [...staffPermissions, 'pii.value.reveal'], orgId: orgs.villageA.id, scope: 'own' });
  const other = await loginAs(t, { permissions: [...staffPermissions, 'pii.value.reveal'], orgId: orgs.villageB.id, scope: 'own' });
  const put = (payload: object, headers = cityAdmin.headers) =>
    t.app.inject({ method: 'PUT', url: '/api/mediation/settings', payload, headers });
  const targets = { defaultDays: 30, bySource: { court: 20, police: 10 }, byKind: { labour: 15 } };

  it('GET shows the defaults with the local-rule note; PUT: 401, 403, 400, city scope only, audited', async () => {
    const get = await t.app.inject({ method: 'GET', url: '/api/mediation/settings', headers: staff.headers });
    expect(get.statusCode, get.body).toBe(200);
    expect(get.json()).toMatchObject({ defaultDays: 30, bySource: { court: 30 }, byKind: { labour: 15 }, updatedAt: null });
    expect(get.json().note.zh).toContain('第十四条');
    expect((await t.app.inject({ method: 'PUT', url: '/api/mediation/settings', payload: targets })).statusCode).toBe(401);
    expect((await put(targets, staff.headers)).statusCode).toBe(403);
    const bad = await put({ ...targets, defaultDays: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('defaultDays');
    expect((await put({ ...targets, byKind: { gossip: 3 } })).statusCode).toBe(400);
    expect((await put(targets, districtAdmin.headers)).json().error.code).toBe('MED_SETTINGS_CITY_ONLY');
    const ok = await put(targets);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ bySource: { court: 20, police: 10 } });
    expect((await lastAudit(t, 'timeTargets'))?.action).toBe('mediation.settings.update');
  });

  it('a court-referred case accepted afterwards gets the court target', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/mediation/cases',
      payload: intakeBody({ source: 'court', referrerName: '天津市河西区人民法院', externalRef: '(2026)津0103民诉前调7号' }),
      headers: staff.headers,
    });
    expect(res.statusCode, res.body).toBe(201);
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/mediation/cases/${res.json().id}/accept`,
      payload: {},
      headers: staff.headers,
    });
    expect(accepted.json()).toMatchObject({ targetDays: 20 });
  });

  it('a party’s ID number is revealed with a reason to staff in scope only (entity medParty)', async () => {
    const c = (await t.app.inject({ method: 'GET', url: '/api/mediation/cases', headers: staff.headers })).json().items[0];
    const detail = (await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${c.id}`, headers: staff.headers })).json();
    expect(detail.parties[0].idNumber.revealable).toBe(true);
    const reveal = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/pii/reveal',
        payload: { entityType: 'medParty', entityId: detail.parties[0].id, field: 'idNumber', reason: '联系当事人核实身份' },
        headers,
      });
    const res = await reveal(staff.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().value).toBe(testIdNumber('123'));
    expect((await reveal(other.headers)).statusCode).toBe(404);
  });

  it('a citizen uploads evidence to a draft, requests mediation with it; the file moves to the case', async () => {
    const alice = await signInCitizen(t, '13912348801');
    const draftId = '01HZZZZZZZZZZZZZZZZZZZZZZZ';
    const body = multipartBody([{ name: 'file', fileName: '现场照片.png', type: 'image/png', content: samplePng }]);
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/mediation/drafts/${draftId}/attachments`,
      payload: body.payload,
      headers: { ...alice.headers, ...body.headers },
    });
    expect(up.statusCode, up.body).toBe(201);
    const {
      source: _s,
      receivedOn: _r,
      ...request
    } = intakeBody({
      parties: [
        { role: 'applicant', name: '钱丽', phone: '13912348801' },
        { role: 'respondent', name: '某物业服务公司', kind: 'org' },
      ],
      kind: 'property',
      title: '物业费争议',
      facts: '物业公司未按约定提供保洁服务，业主拒交物业费。',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/citizen/mediation/requests',
      payload: { ...request, orgId: orgs.villageA.id, draftId },
      headers: alice.headers,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().documents.map((d: { fileName: string }) => d.fileName)).toEqual(['现场照片.png']);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${res.json().id}`, headers: staff.headers })).json();
    expect(detail.documents).toHaveLength(1);
    expect(detail.parties[0].citizenAccount).toBe(true);
  });
});
