import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { citizenHeaders, codeFromOutbox, controlClock, requestCode, signInCitizen, submitCode } from './testing';

const minute = 60 * 1000;

describe('citizen sign-in by SMS code', async () => {
  const t = await buildTestApp();
  const clock = controlClock(t);
  const audit = (action: string) =>
    t.kernel.db.selectFrom('auditEvents').selectAll().where('action', '=', action).orderBy('seq', 'desc').execute();

  it('400: rejects a phone that is not a mainland mobile number, and unknown fields', async () => {
    for (const phone of ['12345678901', '1381234567', 'abc', '']) {
      const res = await requestCode(t, phone);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'phone' });
    }
    const extra = await t.app.inject({ method: 'POST', url: '/api/citizen/sms-code', payload: { phone: '13800000001', admin: true } });
    expect(extra.json().error).toMatchObject({ code: 'UNKNOWN_FIELD', field: 'admin' });
  });

  it('sends a code to the development outbox, stores only its hash, and audits with the phone masked', async () => {
    const res = await requestCode(t, '13800000001');
    expect(res.statusCode).toBe(204);
    const code = await codeFromOutbox(t, '13800000001');
    const row = await t.kernel.db.selectFrom('citizenLoginCodes').selectAll().orderBy('createdAt', 'desc').executeTakeFirstOrThrow();
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(code);
    expect(new Date(row.expiresAt).getTime() - new Date(row.createdAt).getTime()).toBe(5 * minute);
    const [event] = await audit('citizen.loginCode.send');
    expect(event!.diff).toContain('138****0001');
    expect(event!.diff).not.toContain('13800000001');
  });

  it('400: the code must be six digits', async () => {
    for (const code of ['12345', '1234567', 'abcdef']) {
      const res = await submitCode(t, '13800000001', code);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('code');
    }
  });

  it('signs in, creates the citizen on first sign-in, sets the cookies and audits', async () => {
    clock.advance(minute);
    await requestCode(t, '13800000002');
    const res = await submitCode(t, '13800000002', await codeFromOutbox(t, '13800000002'));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({ citizen: { id: expect.any(String), phoneMasked: '138****0002' } });
    const session = res.cookies.find((c) => c.name === 'tp_citizen')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session.secure).toBeFalsy();
    const csrf = res.cookies.find((c) => c.name === 'tp_csrf')!;
    expect(csrf.httpOnly).toBeFalsy();

    const me = await t.app.inject({ method: 'GET', url: '/api/citizen/me', headers: citizenHeaders(res) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(body);

    const [created] = await audit('citizen.citizen.create');
    expect(created).toMatchObject({ actorType: 'citizen', actorId: body.citizen.id, entityId: body.citizen.id });
    const [opened] = await audit('citizen.session.create');
    expect(opened).toMatchObject({ actorType: 'citizen', actorId: body.citizen.id, entityType: 'citizenSession', ip: '203.0.113.1' });
    expect(opened!.diff).toContain('138****0002');
    expect(opened!.diff).not.toContain('13800000002');
    const stored = await t.kernel.db.selectFrom('citizens').selectAll().where('id', '=', body.citizen.id).executeTakeFirstOrThrow();
    expect(stored.phoneEnc).not.toContain('13800000002');
    expect(t.kernel.pii.decrypt(stored.phoneEnc)).toBe('13800000002');

    // Next time the same citizen signs in again; no second account.
    clock.advance(minute);
    const again = await signInCitizen(t, '13800000002');
    expect(again.body.citizen.id).toBe(body.citizen.id);
    expect((await audit('citizen.citizen.create')).filter((e) => e.entityId === body.citizen.id)).toHaveLength(1);
  });

  it('a code is single-use', async () => {
    clock.advance(minute);
    await requestCode(t, '13800000003');
    const code = await codeFromOutbox(t, '13800000003');
    expect((await submitCode(t, '13800000003', code)).statusCode).toBe(200);
    const reuse = await submitCode(t, '13800000003', code);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error).toMatchObject({ code: 'CODE_EXPIRED', field: 'code' });
  });

  it('a code expires after five minutes', async () => {
    clock.advance(minute);
    await requestCode(t, '13800000004');
    const code = await codeFromOutbox(t, '13800000004');
    clock.advance(5 * minute);
    const late = await submitCode(t, '13800000004', code);
    expect(late.statusCode).toBe(401);
    expect(late.json().error.code).toBe('CODE_EXPIRED');

    await requestCode(t, '13800000004');
    const fresh = await codeFromOutbox(t, '13800000004');
    clock.advance(5 * minute - 1000);
    expect((await submitCode(t, '13800000004', fresh)).statusCode).toBe(200);
  });

  it('a code dies after five wrong tries, even for the right code afterwards', async () => {
    clock.advance(minute);
    await requestCode(t, '13800000005');
    const code = await codeFromOutbox(t, '13800000005');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await submitCode(t, '13800000005', wrong);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('INVALID_CODE');
    }
    const right = await submitCode(t, '13800000005', code);
    expect(right.statusCode).toBe(401);
    expect(right.json().error.code).toBe('CODE_EXPIRED');
  });

  it('a newer code supersedes the older one; no code at all is 401', async () => {
    clock.advance(minute);
    await requestCode(t, '13800000006');
    const first = await codeFromOutbox(t, '13800000006');
    clock.advance(minute);
    await requestCode(t, '13800000006');
    const second = await codeFromOutbox(t, '13800000006');
    if (first !== second) expect((await submitCode(t, '13800000006', first)).json().error.code).toBe('INVALID_CODE');
    expect((await submitCode(t, '13800000006', second)).statusCode).toBe(200);
    expect((await submitCode(t, '13900000000', '123456')).json().error.code).toBe('CODE_EXPIRED');
  });

  it('401 for GET /citizen/me without, with a forged, or with an expired or idle session cookie', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/citizen/me' })).json().error.code).toBe('UNAUTHENTICATED');
    for (const forged of ['x', 'A'.repeat(43), 'A'.repeat(500)]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/citizen/me', headers: { cookie: `tp_citizen=${forged}` } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('SESSION_EXPIRED');
    }
    clock.advance(minute);
    const { headers } = await signInCitizen(t, '13800000007');
    // Active use keeps the session past the idle limit, but not past its 12-hour lifetime.
    for (let i = 0; i < 24; i++) {
      clock.advance(29 * minute);
      expect((await t.app.inject({ method: 'GET', url: '/api/citizen/me', headers })).statusCode).toBe(200);
    }
    clock.advance(25 * minute);
    const expired = await t.app.inject({ method: 'GET', url: '/api/citizen/me', headers });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');

    const idle = await signInCitizen(t, '13800000008');
    clock.advance(30 * minute);
    expect((await t.app.inject({ method: 'GET', url: '/api/citizen/me', headers: idle.headers })).statusCode).toBe(401);
  });

  it('logout needs the CSRF header, ends the session and is audited', async () => {
    clock.advance(minute);
    const { headers, body } = await signInCitizen(t, '13800000009');
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/citizen/logout', headers: { cookie: headers.cookie! } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_FAILED');
    const wrongCsrf = await t.app.inject({ method: 'POST', url: '/api/citizen/logout', headers: { ...headers, 'x-csrf-token': 'nope' } });
    expect(wrongCsrf.json().error.code).toBe('CSRF_FAILED');

    const out = await t.app.inject({ method: 'POST', url: '/api/citizen/logout', headers });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'tp_citizen')?.value).toBe('');
    expect((await t.app.inject({ method: 'GET', url: '/api/citizen/me', headers })).statusCode).toBe(401);
    const [event] = await audit('citizen.session.revoke');
    expect(event).toMatchObject({ actorType: 'citizen', actorId: body.citizen.id });
    expect((await t.app.inject({ method: 'POST', url: '/api/citizen/logout' })).statusCode).toBe(401);
  });

  it('a stale cookie does not stop the citizen from signing in again', async () => {
    clock.advance(minute);
    await requestCode(t, '13800000010');
    const code = await codeFromOutbox(t, '13800000010');
    const res = await submitCode(t, '13800000010', code, { cookie: 'tp_citizen=stale; tp_csrf=abc' });
    expect(res.statusCode).toBe(200);
    // An existing CSRF cookie is kept, so other open tabs keep working.
    expect(res.cookies.find((c) => c.name === 'tp_csrf')).toBeUndefined();
  });
});

describe('citizen cookies under https', async () => {
  const t = await buildTestApp({ secureCookies: true });
  it('are Secure', async () => {
    await requestCode(t, '13800000011');
    const res = await submitCode(t, '13800000011', await codeFromOutbox(t, '13800000011'));
    expect(res.cookies.find((c) => c.name === 'tp_citizen')?.secure).toBe(true);
    expect(res.cookies.find((c) => c.name === 'tp_csrf')?.secure).toBe(true);
  });
});
