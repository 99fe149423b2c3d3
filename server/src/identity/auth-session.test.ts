import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs, loginWithPassword, testPassword } from '../../test/login';
import { newId } from '../db/ids';
import { api, auditEvents, clockAt, minutes, withoutCsrf } from './test-helpers';

describe('staff sessions', async () => {
  const t = await buildTestApp();
  const http = api(t);
  const clock = clockAt(t, new Date('2026-03-02T01:00:00.000Z'));
  const lastSeen = async (userId: string) =>
    (
      await t.kernel.db
        .selectFrom('sessions')
        .select('lastSeenAt')
        .where('userId', '=', userId)
        .orderBy('createdAt', 'desc')
        .executeTakeFirstOrThrow()
    ).lastSeenAt;

  it('401 UNAUTHENTICATED without a session; 401 SESSION_EXPIRED for a forged one', async () => {
    expect((await http.get('/api/auth/me')).json().error.code).toBe('UNAUTHENTICATED');
    const forged = await http.get('/api/auth/me', { cookie: 'tp_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('SESSION_EXPIRED');
    expect((await http.get('/api/auth/me', { cookie: `tp_session=${'x'.repeat(5000)}` })).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('ends after 30 idle minutes; activity keeps it alive, writing last_seen_at at most once a minute', async () => {
    clock.reset();
    const s = await loginAs(t, { permissions: [] });
    const signedInAt = await lastSeen(s.userId);
    clock.advance(30 * 1000);
    expect((await http.get('/api/auth/me', s.headers)).statusCode).toBe(200);
    expect(await lastSeen(s.userId)).toBe(signedInAt); // under a minute: no write
    clock.advance(minutes(29));
    expect((await http.get('/api/auth/me', s.headers)).statusCode).toBe(200);
    expect(await lastSeen(s.userId)).toBe(clock.now().toISOString());
    clock.advance(minutes(29));
    expect((await http.get('/api/auth/me', s.headers)).statusCode).toBe(200);
    clock.advance(minutes(30) + 1000);
    const idle = await http.get('/api/auth/me', s.headers);
    expect(idle.statusCode).toBe(401);
    expect(idle.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('ends 12 hours after sign-in however active', async () => {
    clock.reset();
    const s = await loginAs(t, { permissions: [] });
    for (let i = 0; i < 24; i++) {
      clock.advance(minutes(29));
      expect((await http.get('/api/auth/me', s.headers)).statusCode, `after ${(i + 1) * 29} min`).toBe(200);
    }
    clock.advance(minutes(25)); // 12 h 1 min after sign-in, 25 min after the last request
    expect((await http.get('/api/auth/me', s.headers)).json().error.code).toBe('SESSION_EXPIRED');
    clock.reset();
  });

  it('POST /auth/logout: 401 without a session, 403 without CSRF, 204 and the session is gone', async () => {
    const s = await loginAs(t, { permissions: [] });
    expect((await http.post('/api/auth/logout')).statusCode).toBe(401);
    const noCsrf = await http.post('/api/auth/logout', withoutCsrf(s.headers));
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_FAILED');
    const wrongCsrf = await http.post('/api/auth/logout', { ...s.headers, 'x-csrf-token': 'x'.repeat(s.headers['x-csrf-token']!.length) });
    expect(wrongCsrf.json().error.code).toBe('CSRF_FAILED');
    const res = await http.post('/api/auth/logout', s.headers);
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'tp_session')?.value).toBe('');
    expect((await http.get('/api/auth/me', s.headers)).json().error.code).toBe('SESSION_EXPIRED');
    expect(await auditEvents(t, 'identity.session.logout', s.userId)).toHaveLength(1);
  });

  it('POST /auth/logout-all ends every session of the user, not other users’', async () => {
    const s = await loginAs(t, { permissions: [] });
    const other = await loginAs(t, { permissions: [] });
    const second = await loginWithPassword(t, s.username, testPassword);
    expect((await http.post('/api/auth/logout-all')).statusCode).toBe(401);
    expect((await http.post('/api/auth/logout-all', withoutCsrf(s.headers))).json().error.code).toBe('CSRF_FAILED');
    expect((await http.post('/api/auth/logout-all', s.headers)).statusCode).toBe(204);
    expect((await http.get('/api/auth/me', s.headers)).statusCode).toBe(401);
    expect((await http.get('/api/auth/me', second.headers)).statusCode).toBe(401);
    expect((await http.get('/api/auth/me', other.headers)).statusCode).toBe(200);
    const [event] = await auditEvents(t, 'identity.session.logoutAll', s.userId);
    expect(event!.diff).toEqual({ revokedSessions: [null, 2] });
  });

  it('ends the sessions of a deactivated account at once', async () => {
    const s = await loginAs(t, { permissions: [] });
    await t.kernel.db.updateTable('users').set({ active: 0 }).where('id', '=', s.userId).execute();
    expect((await http.get('/api/auth/me', s.headers)).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('POST /auth/switch moves the session to another own assignment', async () => {
    const s = await loginAs(t, { permissions: ['identity.user.read'] });
    const otherOrg = await createOrg(t, { name: '第二机构' });
    const role = await t.kernel.db.selectFrom('roles').select('id').where('code', '=', 'caseHandler').executeTakeFirstOrThrow();
    const second = newId();
    await t.kernel.db
      .insertInto('userRoles')
      .values({ id: second, userId: s.userId, roleId: role.id, orgId: otherOrg.id, scope: 'subtree', createdAt: new Date().toISOString() })
      .execute();
    const foreign = await loginAs(t, { permissions: [] });

    expect((await http.post('/api/auth/switch', undefined, { assignmentId: second })).statusCode).toBe(401);
    expect((await http.post('/api/auth/switch', withoutCsrf(s.headers), { assignmentId: second })).json().error.code).toBe('CSRF_FAILED');
    const bad = await http.post('/api/auth/switch', s.headers, { assignmentId: second, orgId: otherOrg.id });
    expect(bad.json().error).toMatchObject({ code: 'UNKNOWN_FIELD', field: 'orgId' });
    expect((await http.post('/api/auth/switch', s.headers, { assignmentId: 'not-an-id' })).statusCode).toBe(400);
    // Someone else's assignment does not exist for this user.
    expect((await http.post('/api/auth/switch', s.headers, { assignmentId: foreign.assignmentId })).statusCode).toBe(404);

    const res = await http.post('/api/auth/switch', s.headers, { assignmentId: second });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ activeAssignmentId: second });
    expect(res.json().permissions).not.toContain('identity.user.read');
    expect(res.json().assignments).toHaveLength(2);
    // The next request acts under the new assignment.
    expect((await http.get('/api/users', s.headers)).statusCode).toBe(403);
    const me = (await http.get('/api/auth/me', s.headers)).json();
    expect(me.activeAssignmentId).toBe(second);
    const [event] = await auditEvents(t, 'identity.session.switch', s.userId);
    expect(event).toMatchObject({ orgId: otherOrg.id });
  });
});
