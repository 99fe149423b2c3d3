import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs, testPassword } from '../../test/login';
import { passwordProblems } from './password-policy';
import { api, auditEvents, buildUserWorld, withoutCsrf } from './test-helpers';

describe('POST /api/users/:id/reset-password, /unlock, /deactivate, /activate', async () => {
  const t = await buildTestApp();
  const http = api(t);
  const w = await buildUserWorld(t);
  const reader = await loginAs(t, { permissions: ['identity.user.read'], scope: 'city', orgId: w.orgs.city.id });
  let ip = 0;
  const login = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: `100.64.0.${++ip}` });
  /** A signed-in member of districtB (outside the district admin's scope). */
  const memberB = () => loginAs(t, { permissions: [], orgId: w.orgs.officeB1.id });

  for (const action of ['reset-password', 'unlock', 'deactivate', 'activate']) {
    it(`${action}: 401, 403, CSRF, 404 outside the scope or unknown`, async () => {
      const target = await memberB();
      const url = `/api/users/${target.userId}/${action}`;
      expect((await http.post(url)).statusCode).toBe(401);
      expect((await http.post(url, reader.headers)).statusCode).toBe(403);
      expect((await http.post(url, withoutCsrf(w.cityAdmin.headers))).json().error.code).toBe('CSRF_FAILED');
      expect((await http.post(url, w.districtAdmin.headers)).statusCode).toBe(404);
      expect((await http.post(`/api/users/01ARZ3NDEKTSV4RRFFQ69G5FAV/${action}`, w.cityAdmin.headers)).statusCode).toBe(404);
    });
  }

  it('reset-password: a one-time temporary password, change forced, sessions ended, lock lifted, audited', async () => {
    const target = await memberB();
    await t.kernel.db.updateTable('users').set({ lockedUntil: '2999-01-01T00:00:00.000Z' }).where('id', '=', target.userId).execute();
    const res = await http.post(`/api/users/${target.userId}/reset-password`, w.cityAdmin.headers);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: target.userId, mustChangePassword: true, locked: false, version: 2 });
    expect(passwordProblems(body.temporaryPassword, target.username)).toEqual([]);
    expect((await http.get('/api/auth/me', target.headers)).statusCode).toBe(401);
    expect((await login(target.username, testPassword)).statusCode).toBe(401);
    expect((await login(target.username, body.temporaryPassword)).json().user.mustChangePassword).toBe(true);
    const [event] = await auditEvents(t, 'identity.user.resetPassword', target.userId);
    expect(event!.diff).toMatchObject({ changeRequired: [false, true], revokedSessions: [null, 1] });
    expect(JSON.stringify(event)).not.toContain(body.temporaryPassword);
  });

  it('unlock: lifts a lockout at once, audited', async () => {
    const target = await memberB();
    for (let i = 0; i < 5; i++) await login(target.username, 'Wrong-Passw0rd!');
    expect((await login(target.username, testPassword)).statusCode).toBe(423);
    expect((await http.get(`/api/users/${target.userId}`, w.cityAdmin.headers)).json()).toMatchObject({ locked: true });
    const res = await http.post(`/api/users/${target.userId}/unlock`, w.cityAdmin.headers);
    expect(res.json()).toMatchObject({ locked: false, lockedUntil: null });
    expect((await login(target.username, testPassword)).statusCode).toBe(200);
    expect(await auditEvents(t, 'identity.user.unlock', target.userId)).toHaveLength(1);
  });

  it('deactivate: never deletes, ends sessions, refuses sign-in; activate restores; not oneself', async () => {
    const target = await memberB();
    const res = await http.post(`/api/users/${target.userId}/deactivate`, w.cityAdmin.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: false });
    expect((await http.get('/api/auth/me', target.headers)).statusCode).toBe(401);
    expect((await login(target.username, testPassword)).json().error.code).toBe('INVALID_CREDENTIALS');
    expect(await t.kernel.db.selectFrom('users').select('id').where('id', '=', target.userId).executeTakeFirst()).toBeDefined();
    const listed = (await http.get(`/api/users?orgId=${w.orgs.officeB1.id}&pageSize=200`, w.cityAdmin.headers)).json();
    expect(listed.items.find((u: { id: string }) => u.id === target.userId)).toMatchObject({ active: false });

    expect((await http.post(`/api/users/${target.userId}/activate`, w.cityAdmin.headers)).json()).toMatchObject({ active: true });
    expect((await login(target.username, testPassword)).statusCode).toBe(200);
    const [off] = await auditEvents(t, 'identity.user.deactivate', target.userId);
    expect(off!.diff).toMatchObject({ active: [true, false], revokedSessions: [null, 1] });
    expect(await auditEvents(t, 'identity.user.activate', target.userId)).toHaveLength(1);

    const self = await http.post(`/api/users/${w.cityAdmin.userId}/deactivate`, w.cityAdmin.headers);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('SELF_DEACTIVATION');
  });
});
