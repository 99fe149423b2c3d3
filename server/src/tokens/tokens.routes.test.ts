import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';

const day = 24 * 60 * 60 * 1000;
const inDays = (n: number) => new Date(Date.now() + n * day).toISOString();

describe('API tokens: /tokens', async () => {
  const t = await buildTestApp();
  const city = await createOrg(t, { name: '市司法局' });
  const district = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '和平区司法局' });
  const office = await createOrg(t, { parentId: district.id, type: 'justiceOffice', name: '小白楼街道司法所' });
  const otherDistrict = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '河西区司法局' });
  const manage = ['tokens.token.manage', 'org.organisation.read'];
  const cityAdmin = await loginAs(t, { permissions: manage, scope: 'city', orgId: city.id, category: 'security' });
  const districtAdmin = await loginAs(t, { permissions: manage, scope: 'subtree', orgId: district.id, category: 'security' });
  const ownAdmin = await loginAs(t, { permissions: manage, scope: 'own', orgId: otherDistrict.id, category: 'security' });
  const body = (over: Record<string, unknown> = {}) => ({
    name: '12348 热线系统',
    orgId: district.id,
    scope: 'subtree',
    permissions: ['org.organisation.read'],
    expiresAt: inDays(90),
    ...over,
  });
  const create = (headers: Record<string, string>, payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/tokens', headers, payload: payload as object });
  const list = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/tokens', headers });
  const revoke = (headers: Record<string, string>, id: string) =>
    t.app.inject({ method: 'POST', url: `/api/tokens/${id}/revoke`, headers });
  const audit = (action: string) =>
    t.kernel.db.selectFrom('auditEvents').selectAll().where('action', '=', action).orderBy('seq', 'desc').execute();

  it('401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/tokens' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/tokens', payload: body() })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/tokens/${city.id}/revoke` })).statusCode).toBe(401);
  });

  it('403 without tokens.token.manage', async () => {
    const reader = await loginAs(t, { permissions: ['org.organisation.read'], scope: 'city', orgId: city.id });
    expect((await list(reader.headers)).statusCode).toBe(403);
    expect((await create(reader.headers, body())).statusCode).toBe(403);
    expect((await revoke(reader.headers, city.id)).statusCode).toBe(403);
  });

  it('400 for an invalid body, naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '' }, 'name', 'VALIDATION_FAILED'],
      [{ orgId: 'x' }, 'orgId', 'VALIDATION_FAILED'],
      [{ scope: 'world' }, 'scope', 'VALIDATION_FAILED'],
      [{ permissions: [] }, 'permissions', 'VALIDATION_FAILED'],
      [{ permissions: ['not a key'] }, 'permissions.0', 'VALIDATION_FAILED'],
      [{ expiresAt: 'tomorrow' }, 'expiresAt', 'VALIDATION_FAILED'],
      [{ secret: 'mine' }, 'secret', 'UNKNOWN_FIELD'],
      [{ expiresAt: inDays(-1) }, 'expiresAt', 'EXPIRY_INVALID'],
      [{ expiresAt: inDays(367) }, 'expiresAt', 'EXPIRY_INVALID'],
      [{ permissions: ['org.organisation.read', 'nope.thing.do'] }, 'permissions.1', 'UNKNOWN_PERMISSION'],
      [{ permissions: ['tokens.token.manage'] }, 'permissions.0', 'PERMISSION_NOT_FOR_TOKENS'],
    ];
    for (const [over, field, code] of cases) {
      const res = await create(cityAdmin.headers, body(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.json().error, JSON.stringify(over)).toMatchObject({ code, field });
    }
  });

  it('403 for a permission the creator does not hold or a scope wider than theirs', async () => {
    const notHeld = await create(cityAdmin.headers, body({ permissions: ['org.organisation.read', 'sms.outbox.read'] }));
    expect(notHeld.statusCode).toBe(403);
    expect(notHeld.json().error).toMatchObject({ code: 'PERMISSION_NOT_HELD', field: 'permissions.1' });
    const wide = await create(districtAdmin.headers, body({ scope: 'city' }));
    expect(wide.statusCode).toBe(403);
    expect(wide.json().error).toMatchObject({ code: 'SCOPE_TOO_WIDE', field: 'scope' });
  });

  it('404 for an organisation outside the creator’s scope', async () => {
    const res = await create(districtAdmin.headers, body({ orgId: otherDistrict.id, scope: 'own' }));
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'orgId' });
  });

  let created: { id: string; secret: string; prefix: string };
  it('issues a token, shows the secret once, stores only its hash, and audits', async () => {
    const res = await create(
      districtAdmin.headers,
      body({ orgId: office.id, permissions: ['org.organisation.read', 'org.organisation.read'] }),
    );
    expect(res.statusCode).toBe(201);
    created = res.json();
    expect(res.json()).toMatchObject({
      name: '12348 热线系统',
      orgId: office.id,
      orgName: '小白楼街道司法所',
      scope: 'subtree',
      permissions: ['org.organisation.read'],
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(created.secret).toMatch(new RegExp(`^tp_${created.prefix}_[A-Za-z0-9_-]{43}$`));
    const row = await t.kernel.db.selectFrom('apiTokens').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(created.secret.split('_').slice(2).join('_'));
    expect(row.createdBy).toBe(districtAdmin.userId);

    const listed = (await list(districtAdmin.headers)).json();
    expect(listed.map((x: { id: string }) => x.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(listed[0]).not.toHaveProperty('secret');

    const [event] = await audit('tokens.token.create');
    expect(event).toMatchObject({
      actorType: 'staff',
      actorId: districtAdmin.userId,
      entityType: 'apiToken',
      entityId: created.id,
      orgId: office.id,
    });
    expect(event!.diff).not.toContain(created.secret);
  });

  it('lists and revokes only tokens in the caller’s scope (404 outside it)', async () => {
    const own = await create(ownAdmin.headers, body({ orgId: otherDistrict.id, scope: 'own' }));
    expect(own.statusCode).toBe(201);
    const ownList = (await list(ownAdmin.headers)).json().map((x: { id: string }) => x.id);
    expect(ownList).toEqual([own.json().id]);
    expect((await revoke(ownAdmin.headers, created.id)).statusCode).toBe(404);
    const districtList = (await list(districtAdmin.headers)).json().map((x: { id: string }) => x.id);
    expect(districtList).not.toContain(own.json().id);
    expect((await revoke(districtAdmin.headers, own.json().id)).statusCode).toBe(404);
    const cityList = (await list(cityAdmin.headers)).json().map((x: { id: string }) => x.id);
    expect(cityList).toEqual(expect.arrayContaining([created.id, own.json().id]));
  });

  it('revokes once, audited; revoking again changes nothing', async () => {
    const res = await revoke(districtAdmin.headers, created.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().revokedAt).toEqual(expect.any(String));
    const again = await revoke(cityAdmin.headers, created.id);
    expect(again.json().revokedAt).toBe(res.json().revokedAt);
    const events = (await audit('tokens.token.revoke')).filter((e) => e.entityId === created.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: districtAdmin.userId, orgId: office.id });
    expect((await revoke(cityAdmin.headers, '01ARZ3NDEKTSV4RRFFQ69G5FAV')).statusCode).toBe(404);
  });

  it('CSRF applies to staff sessions', async () => {
    const res = await create({ cookie: cityAdmin.headers.cookie! }, body());
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });
});
