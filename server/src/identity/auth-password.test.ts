import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs, loginWithPassword, testPassword } from '../../test/login';
import { api, auditEvents, withoutCsrf } from './test-helpers';

describe('passwords: forced change, policy, history', async () => {
  const t = await buildTestApp();
  const http = api(t);
  const org = await createOrg(t);
  const admin = await loginAs(t, {
    permissions: ['identity.user.read', 'identity.user.create', 'identity.user.update'],
    scope: 'city',
    orgId: org.id,
  });
  let n = 0;

  async function newUser() {
    const res = await http.post('/api/users', admin.headers, { username: `pw.user${++n}`, displayName: '新同事', orgId: org.id });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    return { id: body.id as string, username: body.username as string, password: body.initialPassword as string };
  }
  const change = (headers: Record<string, string>, currentPassword: string, newPassword: string) =>
    http.post('/api/auth/password', headers, { currentPassword, newPassword });

  it('forces a change at first sign-in: only /auth/me, /auth/password and /auth/logout until then', async () => {
    const u = await newUser();
    const { headers, me } = await loginWithPassword(t, u.username, u.password);
    expect(me).toMatchObject({ user: { mustChangePassword: true } });
    expect((await http.get('/api/auth/me', headers)).statusCode).toBe(200);
    for (const res of [
      await http.get('/api/users', headers),
      await http.post('/api/auth/logout-all', headers),
      await http.post('/api/auth/totp/setup', headers),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    expect((await change(headers, u.password, 'Fresh-Passw0rd-1')).statusCode).toBe(204);
    expect((await http.get('/api/auth/me', headers)).json().user.mustChangePassword).toBe(false);
    expect((await http.post('/api/auth/logout-all', headers)).statusCode).toBe(204);
    const [event] = await auditEvents(t, 'identity.user.changePassword', u.id);
    expect(event!.diff).toMatchObject({ changeRequired: [true, false] });
    expect(JSON.stringify(event)).not.toMatch(/Fresh-Passw0rd|scrypt/);
  });

  it('401 without a session, 403 without CSRF, 400 for bad bodies', async () => {
    const s = await loginAs(t, { permissions: [] });
    expect((await change({}, testPassword, 'Fresh-Passw0rd-2')).statusCode).toBe(401);
    expect((await change(withoutCsrf(s.headers), testPassword, 'Fresh-Passw0rd-2')).json().error.code).toBe('CSRF_FAILED');
    const unknown = await http.post('/api/auth/password', s.headers, {
      currentPassword: testPassword,
      newPassword: 'Fresh-Passw0rd-2',
      confirm: 'x',
    });
    expect(unknown.json().error).toMatchObject({ code: 'UNKNOWN_FIELD', field: 'confirm' });
    const missing = await http.post('/api/auth/password', s.headers, { newPassword: 'Fresh-Passw0rd-2' });
    expect(missing.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'currentPassword' });
  });

  it('400 PASSWORD_POLICY on newPassword with a precise message', async () => {
    const s = await loginAs(t, { permissions: [] });
    const cases: [string, string, string][] = [
      ['Sh0rt!', '长度至少 10 位', 'at least 10 characters'],
      ['alllowercase1', '至少 3 类（当前 2 类）', 'has 2'],
      [`X1!${s.username.toUpperCase()}`, '不能包含用户名', 'must not contain the username'],
      [testPassword, '不能与最近 5 次使用过的密码相同', 'last 5 passwords'],
    ];
    for (const [password, zh, en] of cases) {
      const res = await change(s.headers, testPassword, password);
      expect(res.statusCode, password).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'PASSWORD_POLICY', field: 'newPassword' });
      expect(res.json().error.message).toContain(zh);
      expect(res.json().error.messageEn).toContain(en);
    }
  });

  it('400 CURRENT_PASSWORD_INCORRECT for a wrong current password (counted towards the lockout)', async () => {
    const s = await loginAs(t, { permissions: [] });
    const res = await change(s.headers, 'Not-The-Passw0rd', 'Fresh-Passw0rd-3');
    expect(res.json().error).toMatchObject({ code: 'CURRENT_PASSWORD_INCORRECT', field: 'currentPassword' });
    const row = await t.kernel.db.selectFrom('users').select('failedAttempts').where('id', '=', s.userId).executeTakeFirstOrThrow();
    expect(row.failedAttempts).toBe(1);
  });

  it('refuses the last 5 passwords and allows the 6th-last again; ends other sessions', async () => {
    const u = await newUser();
    const { headers } = await loginWithPassword(t, u.username, u.password);
    const other = await loginWithPassword(t, u.username, u.password);
    const passwords = ['History-Pw-01!', 'History-Pw-02!', 'History-Pw-03!', 'History-Pw-04!', 'History-Pw-05!'];
    let current = u.password;
    for (const p of passwords) {
      expect((await change(headers, current, p)).statusCode, p).toBe(204);
      current = p;
    }
    expect((await http.get('/api/auth/me', other.headers)).statusCode).toBe(401);
    // History now holds passwords 1–5 (the initial one dropped out).
    expect((await change(headers, current, 'History-Pw-01!')).json().error.code).toBe('PASSWORD_POLICY');
    expect((await change(headers, current, u.password)).statusCode).toBe(204);
    const kept = await t.kernel.db.selectFrom('passwordHistory').select('id').where('userId', '=', u.id).execute();
    expect(kept).toHaveLength(5);
  }, 180_000); // about 30 scrypt verifications at N=2^15

  it('an administrator reset forces a change again', async () => {
    const u = await newUser();
    const first = await loginWithPassword(t, u.username, u.password);
    await change(first.headers, u.password, 'After-Reset-Pw-1');
    const reset = await http.post(`/api/users/${u.id}/reset-password`, admin.headers);
    expect(reset.statusCode).toBe(200);
    const temporary = reset.json().temporaryPassword as string;
    expect((await http.get('/api/auth/me', first.headers)).statusCode).toBe(401);
    const again = await loginWithPassword(t, u.username, temporary);
    expect((await http.get('/api/users', again.headers)).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
