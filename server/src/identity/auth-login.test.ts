import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs, loginWithPassword, testPassword } from '../../test/login';
import { api, auditEvents, clockAt, minutes } from './test-helpers';

describe('POST /api/auth/login', async () => {
  const t = await buildTestApp();
  const http = api(t);
  const clock = clockAt(t, new Date('2026-03-02T01:00:00.000Z'));
  let ip = 0;
  const login = (payload: unknown, remoteAddress = `192.0.2.${++ip % 250}`) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: payload as object, remoteAddress });

  it('signs in: Me, an httpOnly SameSite=Lax session cookie, a readable CSRF cookie, an audit row', async () => {
    const s = await loginAs(t, { permissions: ['identity.user.read'], scope: 'subtree' });
    const res = await login({ username: s.username, password: testPassword });
    expect(res.statusCode).toBe(200);
    const me = res.json();
    expect(me).toMatchObject({
      user: { id: s.userId, username: s.username, mustChangePassword: false, totpEnabled: false, totpRequired: false },
      assignments: [{ id: s.assignmentId, orgId: s.orgId, roleId: s.roleId, scope: 'subtree' }],
      activeAssignmentId: s.assignmentId,
      permissions: ['identity.user.read'],
    });
    const session = res.cookies.find((c) => c.name === 'tp_session')!;
    const csrf = res.cookies.find((c) => c.name === 'tp_csrf')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session.secure).toBeFalsy();
    expect(csrf.httpOnly).toBeFalsy();
    expect(session.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the SHA-256 of the token is stored.
    const stored = await t.kernel.db.selectFrom('sessions').select('id').where('userId', '=', s.userId).execute();
    expect(stored.map((r) => r.id)).not.toContain(session.value);
    const events = await auditEvents(t, 'identity.session.login', s.userId);
    expect(events.at(-1)).toMatchObject({ actorType: 'staff', actorId: s.userId, orgId: s.orgId });
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    const s = await loginAs(t, { permissions: [] });
    expect((await login({ username: `  ${s.username.toUpperCase()} `, password: testPassword })).statusCode).toBe(200);
  });

  it('400 for invalid bodies and unknown fields', async () => {
    const cases: [unknown, string, string][] = [
      [{ username: 'a' }, 'VALIDATION_FAILED', 'password'],
      [{ username: '', password: 'x' }, 'VALIDATION_FAILED', 'username'],
      [{ username: 'a', password: 'x', totpCode: '12' }, 'VALIDATION_FAILED', 'totpCode'],
      [{ username: 'a', password: 'x', remember: true }, 'UNKNOWN_FIELD', 'remember'],
    ];
    for (const [payload, code, field] of cases) {
      const res = await login(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error).toMatchObject({ code, field });
    }
  });

  it('answers unknown users and wrong passwords alike (401 INVALID_CREDENTIALS)', async () => {
    const s = await loginAs(t, { permissions: [] });
    const unknown = await login({ username: 'nobody.here', password: testPassword });
    const wrong = await login({ username: s.username, password: 'Wrong-Passw0rd!' });
    for (const res of [unknown, wrong]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: '用户名或密码错误',
        messageEn: 'Wrong username or password',
      });
    }
    // SQL in the username is a string like any other.
    const injected = await login({ username: "' or 1=1 --", password: 'x' });
    expect(injected.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks after 5 consecutive failures for 15 minutes, saying until when; unlocks after', async () => {
    clock.reset();
    const s = await loginAs(t, { permissions: [] });
    for (let i = 1; i <= 4; i++) expect((await login({ username: s.username, password: `Wrong-${i}-Passw0rd` })).statusCode).toBe(401);
    const fifth = await login({ username: s.username, password: 'Wrong-5-Passw0rd' });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    // 01:15 UTC is 09:15 in Beijing.
    expect(fifth.json().error.message).toContain('2026年3月2日 09:15（北京时间）');
    expect(fifth.json().error.messageEn).toContain('2026-03-02 09:15 (Beijing time)');
    expect(fifth.headers['retry-after']).toBe('900');
    // The right password does not help while locked.
    clock.advance(minutes(14));
    expect((await login({ username: s.username, password: testPassword })).statusCode).toBe(423);
    expect(await auditEvents(t, 'identity.user.lock', s.userId)).toHaveLength(1);
    expect(await auditEvents(t, 'identity.user.authFailed', s.userId)).toHaveLength(4);
    clock.advance(minutes(1) + 1000);
    expect((await login({ username: s.username, password: testPassword })).statusCode).toBe(200);
    const row = await t.kernel.db
      .selectFrom('users')
      .select(['failedAttempts', 'lockedUntil'])
      .where('id', '=', s.userId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ failedAttempts: 0, lockedUntil: null });
  });

  it('counts only consecutive failures: a success resets the count', async () => {
    const s = await loginAs(t, { permissions: [] });
    for (let i = 0; i < 4; i++) await login({ username: s.username, password: 'Wrong-Passw0rd!' });
    expect((await login({ username: s.username, password: testPassword })).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login({ username: s.username, password: 'Wrong-Passw0rd!' })).statusCode).toBe(401);
  });

  it('refuses deactivated accounts with the same generic answer', async () => {
    const s = await loginAs(t, { permissions: [] });
    await t.kernel.db.updateTable('users').set({ active: 0 }).where('id', '=', s.userId).execute();
    expect((await login({ username: s.username, password: testPassword })).json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('ignores a stale session cookie on the login itself', async () => {
    const s = await loginAs(t, { permissions: [] });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '192.0.2.251',
      headers: { cookie: 'tp_session=forged-token; tp_csrf=x' },
      payload: { username: s.username, password: testPassword },
    });
    expect(res.statusCode).toBe(200);
  });

  it('rate-limits sign-in attempts per client address (10 a minute)', async () => {
    const address = '198.51.100.7';
    for (let i = 0; i < 10; i++) expect((await login({ username: 'nobody.at.all', password: 'x' }, address)).statusCode).toBe(401);
    const limited = await login({ username: 'nobody.at.all', password: 'x' }, address);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
  });

  it('loginWithPassword returns usable headers', async () => {
    const s = await loginAs(t, { permissions: ['identity.user.read'] });
    const again = await loginWithPassword(t, s.username, testPassword);
    expect((await http.get('/api/auth/me', again.headers)).statusCode).toBe(200);
  });
});
