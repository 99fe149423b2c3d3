import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs, loginWithPassword } from '../../test/login';
import { passwordProblems } from './password-policy';
import { api, auditEvents, buildUserWorld, withoutCsrf } from './test-helpers';

describe('POST and PATCH /api/users', async () => {
  const t = await buildTestApp();
  const http = api(t);
  const w = await buildUserWorld(t);
  const valid = () => ({ username: 'new.colleague', displayName: '新同事', orgId: w.orgs.officeA1.id, phone: '13812345678' });

  it('POST: 401, 403 without identity.user.create, 403 without CSRF', async () => {
    expect((await http.post('/api/users', undefined, valid())).statusCode).toBe(401);
    const reader = await loginAs(t, { permissions: ['identity.user.read'], scope: 'city', orgId: w.orgs.city.id });
    expect((await http.post('/api/users', reader.headers, valid())).statusCode).toBe(403);
    expect((await http.post('/api/users', withoutCsrf(w.cityAdmin.headers), valid())).json().error.code).toBe('CSRF_FAILED');
  });

  it('POST: 400 for invalid bodies, writing nothing', async () => {
    const cases: [object, string, string][] = [
      [{ ...valid(), role: 'admin' }, 'UNKNOWN_FIELD', 'role'],
      [{ ...valid(), username: 'a' }, 'VALIDATION_FAILED', 'username'],
      [{ ...valid(), username: "x'; drop table users; --" }, 'VALIDATION_FAILED', 'username'],
      [{ ...valid(), displayName: '' }, 'VALIDATION_FAILED', 'displayName'],
      [{ ...valid(), displayName: 'x'.repeat(61) }, 'VALIDATION_FAILED', 'displayName'],
      [{ ...valid(), phone: '12345' }, 'VALIDATION_FAILED', 'phone'],
      [{ ...valid(), orgId: 'nope' }, 'VALIDATION_FAILED', 'orgId'],
    ];
    for (const [payload, code, field] of cases) {
      const res = await http.post('/api/users', w.cityAdmin.headers, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error).toMatchObject({ code, field });
    }
    expect(await t.kernel.db.selectFrom('users').select('id').where('username', '=', 'new.colleague').executeTakeFirst()).toBeUndefined();
  });

  it('POST: 404 for an organisation outside the scope', async () => {
    const res = await http.post('/api/users', w.districtAdmin.headers, { ...valid(), orgId: w.orgs.officeB1.id });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'orgId' });
    expect((await http.post('/api/users', w.officeAdmin.headers, { ...valid(), orgId: w.orgs.districtA.id })).statusCode).toBe(404);
  });

  it('POST: 201 with a one-time policy-compliant password; phone encrypted, masked; HTML kept verbatim; audited', async () => {
    const displayName = '<script>alert("x")</script>张三';
    const res = await http.post('/api/users', w.districtAdmin.headers, { ...valid(), username: 'New.Colleague', displayName });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      username: 'new.colleague',
      displayName,
      orgId: w.orgs.officeA1.id,
      orgName: '大营门街道司法所',
      phoneMasked: '138****5678',
      mustChangePassword: true,
      active: true,
      assignments: [],
    });
    expect(passwordProblems(user.initialPassword, 'new.colleague')).toEqual([]);
    const row = await t.kernel.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.phoneEnc).not.toContain('13812345678');
    expect(t.kernel.pii.decrypt(row.phoneEnc)).toBe('13812345678');
    expect(row.phoneIndex).toBe(t.kernel.pii.blindIndex('phone', '13812345678'));
    expect(row.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    const [event] = await auditEvents(t, 'identity.user.create', user.id);
    expect(event).toMatchObject({ actorId: w.districtAdmin.userId, orgId: w.orgs.officeA1.id });
    expect(event!.diff).toMatchObject({ username: [null, 'new.colleague'], phone: [null, '138****5678'] });
    const audit = JSON.stringify(event);
    expect(audit).not.toContain(user.initialPassword);
    expect(audit).not.toContain('scrypt');
    expect(audit).not.toContain('13812345678');
    // The password works once, and is not shown again.
    await loginWithPassword(t, 'new.colleague', user.initialPassword);
    expect((await http.get(`/api/users/${user.id}`, w.cityAdmin.headers)).json()).not.toHaveProperty('initialPassword');
  });

  it('POST: 409 USERNAME_TAKEN in any case', async () => {
    await http.post('/api/users', w.cityAdmin.headers, { ...valid(), username: 'taken.name' });
    const res = await http.post('/api/users', w.cityAdmin.headers, { ...valid(), username: 'TAKEN.name' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'USERNAME_TAKEN', field: 'username' });
  });

  it('PATCH: 401, 403, 400, 404 outside the scope, 409 on a stale version, 200 audited', async () => {
    const created = (
      await http.post('/api/users', w.cityAdmin.headers, { ...valid(), username: 'patch.me', orgId: w.orgs.districtA.id })
    ).json();
    const url = `/api/users/${created.id}`;
    expect((await http.patch(url, undefined, { version: 1 })).statusCode).toBe(401);
    const reader = await loginAs(t, { permissions: ['identity.user.read'], scope: 'city', orgId: w.orgs.city.id });
    expect((await http.patch(url, reader.headers, { version: 1 })).statusCode).toBe(403);
    expect((await http.patch(url, w.cityAdmin.headers, { displayName: 'x' })).json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'version',
    });
    expect((await http.patch(url, w.cityAdmin.headers, { version: 1, username: 'x' })).json().error).toMatchObject({
      code: 'UNKNOWN_FIELD',
      field: 'username',
    });
    expect((await http.patch(url, w.officeAdmin.headers, { version: 1, displayName: 'x' })).statusCode).toBe(404);
    const moveOut = await http.patch(url, w.districtAdmin.headers, { version: 1, orgId: w.orgs.officeB1.id });
    expect(moveOut.statusCode).toBe(404);
    expect(moveOut.json().error.field).toBe('orgId');

    const ok = await http.patch(url, w.districtAdmin.headers, { version: 1, displayName: '改名', phone: null, orgId: w.orgs.officeA1.id });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ displayName: '改名', phoneMasked: null, orgId: w.orgs.officeA1.id, version: 2 });
    const stale = await http.patch(url, w.districtAdmin.headers, { version: 1, displayName: '又改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    const [event] = await auditEvents(t, 'identity.user.update', created.id);
    expect(event!.diff).toEqual({
      displayName: ['新同事', '改名'],
      orgId: [w.orgs.districtA.id, w.orgs.officeA1.id],
      phone: ['138****5678', null],
    });
  });

  it('the phone is revealed only through /pii/reveal, in scope, with a reason', async () => {
    const created = (
      await http.post('/api/users', w.cityAdmin.headers, { ...valid(), username: 'reveal.me', orgId: w.orgs.officeB1.id })
    ).json();
    const revealer = await loginAs(t, { permissions: ['pii.value.reveal'], scope: 'subtree', orgId: w.orgs.districtB.id });
    const outsider = await loginAs(t, { permissions: ['pii.value.reveal'], scope: 'subtree', orgId: w.orgs.districtA.id });
    const body = { entityType: 'user', entityId: created.id, field: 'phone', reason: '核实联系方式' };
    const res = await http.post('/api/pii/reveal', revealer.headers, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: '13812345678' });
    expect((await http.post('/api/pii/reveal', outsider.headers, body)).statusCode).toBe(404);
  });
});
