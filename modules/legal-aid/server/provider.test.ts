import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { aidOrgs } from './provider-test-fixtures';

describe('providers registry /api/legal-aid/providers', async () => {
  const t = await buildTestApp();
  const orgs = await aidOrgs(t);
  setClock(t, '2025-10-20T02:00:00.000Z');
  const manager = await loginAs(t, { permissions: ['legalAid.provider.manage'], orgId: orgs.hexi.id, scope: 'own' });
  const nankaiManager = await loginAs(t, { permissions: ['legalAid.provider.manage'], orgId: orgs.nankai.id, scope: 'own' });
  const reader = await loginAs(t, { permissions: ['legalAid.application.read'], orgId: orgs.hexi.id });
  const lawyerUser = await loginAs(t, { permissions: ['legalAid.case.work'], orgId: orgs.firmA.id });
  const body = {
    kind: 'lawyer',
    name: '王明',
    firmOrgId: orgs.firmA.id,
    userId: lawyerUser.userId,
    specialities: ['criminal', 'labour'],
    licenceNo: '11201201510123456',
    practiceSince: '2015-03-01',
    relevantCriminalYears: 8,
    contactPhone: '022-28123456',
    idNumber: '12010319850307123X',
  };
  const post = (payload: object, headers = manager.headers) =>
    t.app.inject({ method: 'POST', url: '/api/legal-aid/providers', payload, headers });
  const count = async () =>
    Number(
      (
        await t.kernel.db
          .selectFrom('aidProviders')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const expectError = async (payload: object, status: number, code: string, field?: string) => {
    const before = await count();
    const res = await post(payload);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    if (field) expect(res.json().error.field).toBe(field);
    expect(await count()).toBe(before);
  };
  let providerId = '';

  it('401 without a session, 403 without the permission', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/legal-aid/providers', payload: body })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/legal-aid/providers' })).statusCode).toBe(401);
    expect((await post(body, reader.headers)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/legal-aid/providers', headers: reader.headers })).statusCode).toBe(403);
  });

  it('400 for bad input, nothing written', async () => {
    await expectError({ ...body, kind: 'judge' }, 400, 'VALIDATION_FAILED', 'kind');
    await expectError({ ...body, idNumber: '120103198503071230' }, 400, 'VALIDATION_FAILED', 'idNumber');
    await expectError({ ...body, specialities: ['astrology'] }, 400, 'VALIDATION_FAILED', 'specialities.0');
    await expectError({ ...body, practiceSince: '2026-01-01' }, 400, 'AID_PROVIDER_PRACTICE_INVALID', 'practiceSince');
    await expectError({ ...body, practiceSince: '2023-01-01' }, 400, 'AID_PROVIDER_PRACTICE_INVALID', 'relevantCriminalYears');
    await expectError({ ...body, firmOrgId: orgs.hexi.id }, 400, 'AID_PROVIDER_FIRM_INVALID', 'firmOrgId');
    await expectError({ ...body, kind: 'firm', firmOrgId: undefined }, 400, 'AID_PROVIDER_FIRM_INVALID', 'firmOrgId');
    await expectError({ ...body, orgId: orgs.hexiBureau.id }, 404, 'NOT_FOUND', 'orgId');
  });

  it('registers a provider (masked ID number), audited; the login can be bound once', async () => {
    const res = await post(body);
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    providerId = p.id;
    expect(p).toMatchObject({
      kind: 'lawyer',
      name: '王明',
      orgId: orgs.hexi.id,
      regionCode: '120103',
      firmName: '天津正义律师事务所',
      specialities: ['criminal', 'labour'],
      relevantCriminalYears: 8,
      active: true,
      openCases: 0,
      history: [],
      abilities: { canEdit: true, canAddHistory: true },
    });
    expect(p.idNumberMasked).not.toContain('198503071');
    const audit = await lastAudit(t, providerId);
    expect(audit).toMatchObject({ action: 'legalAid.provider.create', entityType: 'aidProvider' });
    expect(JSON.stringify(audit?.diff)).not.toContain('12010319850307123X');
    await expectError({ ...body, name: '王明二' }, 409, 'AID_PROVIDER_USER_TAKEN', 'userId');
  });

  it('lists within the scope only; another centre gets 404', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/legal-aid/providers?speciality=labour', headers: manager.headers });
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: providerId }] });
    const other = await t.app.inject({ method: 'GET', url: '/api/legal-aid/providers', headers: nankaiManager.headers });
    expect(other.json().total).toBe(0);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/legal-aid/providers/${providerId}`, headers: nankaiManager.headers })).statusCode,
    ).toBe(404);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/legal-aid/providers/${providerId}`,
      headers: nankaiManager.headers,
      payload: { active: false, version: 1 },
    });
    expect(patch.statusCode).toBe(404);
  });

  it('updates with the version (stale → 409), audited with before and after', async () => {
    const url = `/api/legal-aid/providers/${providerId}`;
    const ok = await t.app.inject({
      method: 'PATCH',
      url,
      headers: manager.headers,
      payload: { specialities: ['criminal'], active: false, version: 1 },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ specialities: ['criminal'], active: false, version: 2 });
    expect(await lastAudit(t, providerId)).toMatchObject({ action: 'legalAid.provider.update' });
    const stale = await t.app.inject({ method: 'PATCH', url, headers: manager.headers, payload: { active: true, version: 1 } });
    expect(stale.statusCode).toBe(409);
    const bad = await t.app.inject({ method: 'PATCH', url, headers: manager.headers, payload: { relevantCriminalYears: 30, version: 2 } });
    expect(bad.json().error).toMatchObject({ code: 'AID_PROVIDER_PRACTICE_INVALID', field: 'relevantCriminalYears' });
    // A partial update keeps what it does not name (no defaults reset the specialities).
    const partial = await t.app.inject({ method: 'PATCH', url, headers: manager.headers, payload: { active: true, version: 2 } });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json()).toMatchObject({ specialities: ['criminal'], active: true, version: 3 });
  });

  it('records earlier clients and opponents for the conflict check', async () => {
    const url = `/api/legal-aid/providers/${providerId}/history`;
    const bad = await t.app.inject({
      method: 'POST',
      url,
      headers: manager.headers,
      payload: { side: 'client', name: '甲', date: '2026-01-01' },
    });
    expect(bad.json().error).toMatchObject({ code: 'AID_DATE_IN_FUTURE', field: 'date' });
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: manager.headers,
      payload: { side: 'client', name: '天津市宏达建筑工程有限公司', matter: '建设工程施工合同纠纷', date: '2024-05-10' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().history).toMatchObject([
      { side: 'client', name: '天津市宏达建筑工程有限公司', source: 'manual', hasIdNumber: false },
    ]);
    expect(await lastAudit(t, providerId)).toMatchObject({ action: 'legalAid.providerHistory.create' });
  });

  it('reveals the provider’s ID number only through the audited PII endpoint, in scope', async () => {
    const revealer = await loginAs(t, { permissions: ['legalAid.provider.manage', 'pii.value.reveal'], orgId: orgs.hexi.id, scope: 'own' });
    const outsider = await loginAs(t, {
      permissions: ['legalAid.provider.manage', 'pii.value.reveal'],
      orgId: orgs.nankai.id,
      scope: 'own',
    });
    const payload = { entityType: 'aidProvider', entityId: providerId, field: 'idNumber', reason: '核对律师执业身份' };
    const res = await t.app.inject({ method: 'POST', url: '/api/pii/reveal', headers: revealer.headers, payload });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ value: '12010319850307123X' });
    expect((await t.app.inject({ method: 'POST', url: '/api/pii/reveal', headers: outsider.headers, payload })).statusCode).toBe(404);
  });
});
