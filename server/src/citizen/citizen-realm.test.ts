import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { signInCitizen } from './testing';

describe('staff and citizen realms never cross', async () => {
  const t = await buildTestApp();
  const staff = await loginAs(t, { permissions: ['sms.outbox.read'], scope: 'city' });
  const citizen = await signInCitizen(t, '13600000001');
  const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });

  it('a citizen cookie never opens the staff API', async () => {
    for (const url of ['/api/sms/outbox', '/api/tokens', '/api/auth/me']) {
      const res = await get(url, citizen.headers);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a staff cookie never opens the citizen API', async () => {
    const me = await get('/api/citizen/me', staff.headers);
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('UNAUTHENTICATED');
    expect((await t.app.inject({ method: 'POST', url: '/api/citizen/logout', headers: staff.headers })).statusCode).toBe(401);
  });

  it('with both cookies in one browser, each realm sees its own session', async () => {
    const staffCookie = staff.headers.cookie!.split('; ').find((c) => c.startsWith('tp_session='))!;
    const both = { ...citizen.headers, cookie: `${citizen.headers.cookie}; ${staffCookie}` };
    expect((await get('/api/citizen/me', both)).json()).toEqual(citizen.body);
    expect((await get('/api/sms/outbox', both)).statusCode).toBe(200);
    // A stale staff cookie does not block the portal, nor a stale citizen cookie the workbench.
    const staleStaff = { ...citizen.headers, cookie: `${citizen.headers.cookie}; tp_session=stale` };
    expect((await get('/api/citizen/me', staleStaff)).statusCode).toBe(200);
    const staleCitizen = { ...staff.headers, cookie: `${staff.headers.cookie}; tp_citizen=stale` };
    expect((await get('/api/sms/outbox', staleCitizen)).statusCode).toBe(200);
  });
});
