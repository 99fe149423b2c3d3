import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs, testPassword } from '../../test/login';
import { api, auditEvents, clockAt, withoutCsrf } from './test-helpers';

describe('TOTP second factor', async () => {
  const t = await buildTestApp();
  const http = api(t);
  const clock = clockAt(t, new Date('2026-03-02T01:00:00.000Z'));
  const codeAt = (secret: string, offsetSeconds = 0) =>
    generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) + offsetSeconds });
  let ip = 0;
  const login = (payload: object) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload, remoteAddress: `203.0.113.${++ip}` });

  async function enrolled() {
    const s = await loginAs(t, { permissions: [] });
    const setup = (await http.post('/api/auth/totp/setup', s.headers)).json() as { secret: string; otpauthUrl: string };
    expect((await http.post('/api/auth/totp/enable', s.headers, { code: await codeAt(setup.secret) })).statusCode).toBe(204);
    clock.advance(30 * 1000); // the enabling code is spent
    return { ...s, secret: setup.secret };
  }

  it('setup: 401 without a session, 403 without CSRF, then secret + otpauth URL (issuer 天平), stored encrypted', async () => {
    const s = await loginAs(t, { permissions: [] });
    expect((await http.post('/api/auth/totp/setup')).statusCode).toBe(401);
    expect((await http.post('/api/auth/totp/setup', withoutCsrf(s.headers))).json().error.code).toBe('CSRF_FAILED');
    const res = await http.post('/api/auth/totp/setup', s.headers);
    expect(res.statusCode).toBe(200);
    const { secret, otpauthUrl } = res.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toContain('otpauth://totp/');
    expect(decodeURIComponent(otpauthUrl)).toContain('issuer=天平');
    expect(otpauthUrl).toContain(`secret=${secret}`);
    const row = await t.kernel.db
      .selectFrom('users')
      .select(['totpSecretEnc', 'totpEnabled'])
      .where('id', '=', s.userId)
      .executeTakeFirstOrThrow();
    expect(row.totpEnabled).toBe(0);
    expect(row.totpSecretEnc).not.toContain(secret);
    expect(t.kernel.pii.decrypt(row.totpSecretEnc!)).toBe(secret);
    const events = await t.kernel.db.selectFrom('auditEvents').select(['diff', 'reason']).where('entityId', '=', s.userId).execute();
    expect(JSON.stringify(events)).not.toContain(secret);
  });

  it('enable: 400 for bad bodies and wrong codes, 409 before setup, 204 with a valid code', async () => {
    const s = await loginAs(t, { permissions: [] });
    expect((await http.post('/api/auth/totp/enable', s.headers, { code: '123456' })).json().error.code).toBe('TOTP_NOT_SET_UP');
    const { secret } = (await http.post('/api/auth/totp/setup', s.headers)).json();
    expect((await http.post('/api/auth/totp/enable', s.headers, { code: '12345' })).json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'code',
    });
    expect((await http.post('/api/auth/totp/enable', s.headers, { code: '123456', x: 1 })).json().error.code).toBe('UNKNOWN_FIELD');
    const wrong = await http.post('/api/auth/totp/enable', s.headers, { code: await codeAt(secret, 600) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'TOTP_CODE_INCORRECT', field: 'code' });
    expect((await http.post('/api/auth/totp/enable', s.headers, { code: await codeAt(secret) })).statusCode).toBe(204);
    expect((await http.get('/api/auth/me', s.headers)).json().user.totpEnabled).toBe(true);
    expect((await http.post('/api/auth/totp/setup', s.headers)).json().error.code).toBe('TOTP_ALREADY_ENABLED');
    expect(await auditEvents(t, 'identity.user.totpEnable', s.userId)).toHaveLength(1);
  });

  it('sign-in then needs the code: 401 TOTP_REQUIRED without, TOTP_INVALID when wrong (counted), 200 when right, never twice', async () => {
    const s = await enrolled();
    const missing = await login({ username: s.username, password: testPassword });
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error.code).toBe('TOTP_REQUIRED');
    const wrong = await login({ username: s.username, password: testPassword, totpCode: await codeAt(s.secret, 900) });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'TOTP_INVALID', field: 'totpCode' });
    const row = await t.kernel.db.selectFrom('users').select('failedAttempts').where('id', '=', s.userId).executeTakeFirstOrThrow();
    expect(row.failedAttempts).toBe(1);
    // A wrong password with TOTP enabled is still the generic answer.
    expect((await login({ username: s.username, password: 'Wrong-Passw0rd!', totpCode: await codeAt(s.secret) })).json().error.code).toBe(
      'INVALID_CREDENTIALS',
    );
    const code = await codeAt(s.secret);
    const ok = await login({ username: s.username, password: testPassword, totpCode: code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.totpEnabled).toBe(true);
    // The same code cannot be replayed.
    expect((await login({ username: s.username, password: testPassword, totpCode: code })).json().error.code).toBe('TOTP_INVALID');
    const [event] = (await auditEvents(t, 'identity.session.login', s.userId)).slice(-1);
    expect(event!.diff).toEqual({ secondFactor: [null, true] });
  });

  it('five wrong codes lock the account', async () => {
    const s = await enrolled();
    for (let i = 1; i <= 4; i++)
      expect((await login({ username: s.username, password: testPassword, totpCode: '000000' })).statusCode).toBe(401);
    expect((await login({ username: s.username, password: testPassword, totpCode: '000000' })).statusCode).toBe(423);
  });

  it('disable: needs a valid code; 409 when not enabled', async () => {
    const s = await enrolled();
    const wrong = await http.post('/api/auth/totp/disable', s.headers, { code: await codeAt(s.secret, 900) });
    expect(wrong.json().error.code).toBe('TOTP_CODE_INCORRECT');
    expect((await http.post('/api/auth/totp/disable', s.headers, { code: await codeAt(s.secret) })).statusCode).toBe(204);
    expect((await http.post('/api/auth/totp/disable', s.headers, { code: await codeAt(s.secret) })).json().error.code).toBe(
      'TOTP_NOT_ENABLED',
    );
    expect((await login({ username: s.username, password: testPassword })).statusCode).toBe(200);
    expect(await auditEvents(t, 'identity.user.totpDisable', s.userId)).toHaveLength(1);
  });

  it('a role that requires TOTP confines its holders to /auth/me, /auth/totp/*, /auth/password, /auth/logout until enabled', async () => {
    const s = await loginAs(t, { permissions: ['identity.user.read'], scope: 'city' });
    await t.kernel.db.updateTable('roles').set({ requireTotp: 1 }).where('id', '=', s.roleId).execute();
    const me = (await http.get('/api/auth/me', s.headers)).json();
    expect(me.user).toMatchObject({ totpRequired: true, totpEnabled: false });
    for (const res of [
      await http.get('/api/users', s.headers),
      await http.post('/api/auth/switch', s.headers, { assignmentId: s.assignmentId }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('SECOND_FACTOR_REQUIRED');
    }
    const { secret } = (await http.post('/api/auth/totp/setup', s.headers)).json();
    expect((await http.post('/api/auth/totp/enable', s.headers, { code: await codeAt(secret) })).statusCode).toBe(204);
    expect((await http.get('/api/users', s.headers)).statusCode).toBe(200);
    clock.advance(30 * 1000);
    const disable = await http.post('/api/auth/totp/disable', s.headers, { code: await codeAt(secret) });
    expect(disable.json().error.code).toBe('TOTP_REQUIRED_BY_ROLE');
  });
});
