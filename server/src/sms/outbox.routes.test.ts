import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';

describe('SMS outbox: GET /sms/outbox', async () => {
  const t = await buildTestApp();
  const send = (phone: string, code: string) => t.kernel.sms.send({ phone, template: 'citizen.loginCode', params: { code } });
  await send('13800001111', '111111');
  await send('13900002222', '222222');
  await send('13800001111', '333333');
  const admin = await loginAs(t, { permissions: ['sms.outbox.read'], scope: 'city' });
  const get = (query: string, headers = admin.headers) => t.app.inject({ method: 'GET', url: `/api/sms/outbox${query}`, headers });

  it('401 without a session, 403 without sms.outbox.read', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/sms/outbox' })).statusCode).toBe(401);
    const other = await loginAs(t, { permissions: ['tokens.token.manage'], scope: 'city' });
    expect((await get('', other.headers)).statusCode).toBe(403);
  });

  it('400 for an invalid phone filter or page', async () => {
    const bad = await get('?phone=12345');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('phone');
    expect((await get('?pageSize=0')).json().error.field).toBe('pageSize');
    expect((await get('?page=abc')).json().error.field).toBe('page');
  });

  it('lists newest first with phones masked', async () => {
    const res = await get('');
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(page.items.map((i: { phoneMasked: string }) => i.phoneMasked)).toEqual(['138****1111', '139****2222', '138****1111']);
    expect(page.items[0]).toMatchObject({ template: 'citizen.loginCode', status: 'sent' });
    expect(page.items[0].body).toContain('333333');
    expect(res.body).not.toContain('13800001111');
    expect(res.body).not.toContain('phoneEnc');
  });

  it('filters by phone (blind index) and pages', async () => {
    const one = (await get('?phone=13800001111')).json();
    expect(one.total).toBe(2);
    expect(one.items.every((i: { phoneMasked: string }) => i.phoneMasked === '138****1111')).toBe(true);
    // Spaces and a country code are normalised before the lookup.
    expect((await get(`?phone=${encodeURIComponent('+86 138 0000 1111')}`)).json().total).toBe(2);
    const second = (await get('?page=2&pageSize=2')).json();
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.items).toHaveLength(1);
    expect(second.items[0].body).toContain('111111');
  });
});

describe('SMS outbox in production', async () => {
  const t = await buildTestApp({ isProduction: true });
  it('keeps one-time codes masked', async () => {
    await t.kernel.sms.send({ phone: '13800001111', template: 'citizen.loginCode', params: { code: '654321' } });
    const row = await t.kernel.db.selectFrom('smsOutbox').select('body').executeTakeFirstOrThrow();
    expect(row.body).not.toContain('654321');
    expect(row.body).toContain('******');
  });
});
