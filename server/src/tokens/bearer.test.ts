import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isScoped } from '../access/actor';
import { controlClock, signInCitizen } from '../citizen/testing';
import { defineServerModule } from '../core/module';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';

/** A POST and an actor echo behind `sms.outbox.read`, to see what a token request becomes. */
const probe = defineServerModule({
  id: 'probe',
  label: { zh: '探针', en: 'Probe' },
  routes(app) {
    app.post(
      '/probe/actor',
      {
        config: { access: 'sms.outbox.read' },
        schema: {
          response: {
            200: z.object({
              kind: z.string(),
              orgId: z.string(),
              orgPath: z.string(),
              scope: z.string(),
              permissions: z.array(z.string()),
            }),
          },
        },
      },
      async (req) => {
        if (!isScoped(req.actor)) throw new Error('unreachable');
        const a = req.actor;
        return { kind: a.kind, orgId: a.orgId, orgPath: a.orgPath, scope: a.scope, permissions: [...a.permissions] };
      },
    );
  },
});

const minute = 60 * 1000;

describe('bearer tokens', async () => {
  const t = await buildTestApp({}, [probe]);
  const clock = controlClock(t);
  const city = await createOrg(t, { name: '市司法局' });
  const district = await createOrg(t, { parentId: city.id, type: 'districtBureau' });
  // A role built for this test only: it holds a read-only system permission tokens may carry.
  const admin = await loginAs(t, {
    permissions: ['tokens.token.manage', 'sms.outbox.read'],
    scope: 'city',
    orgId: city.id,
    category: 'security',
  });
  const issue = async (over: Record<string, unknown> = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: admin.headers,
      payload: {
        name: '监控系统',
        orgId: district.id,
        scope: 'subtree',
        permissions: ['sms.outbox.read'],
        expiresAt: new Date(clock.now().getTime() + 60 * minute).toISOString(),
        ...over,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; secret: string };
  };
  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
  const outbox = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/sms/outbox', headers });
  const lastUsed = async (id: string) =>
    (await t.kernel.db.selectFrom('apiTokens').select('lastUsedAt').where('id', '=', id).executeTakeFirstOrThrow()).lastUsedAt;

  it('with the permission reaches a protected route, as a TokenActor of its organisation', async () => {
    const token = await issue();
    const res = await outbox(bearer(token.secret));
    expect(res.statusCode).toBe(200);
    const actor = await t.app.inject({ method: 'POST', url: '/api/probe/actor', headers: bearer(token.secret) });
    expect(actor.statusCode).toBe(200);
    expect(actor.json()).toEqual({
      kind: 'token',
      orgId: district.id,
      orgPath: district.path,
      scope: 'subtree',
      permissions: ['sms.outbox.read'],
    });
  });

  it('needs no CSRF token on POST (no cookie involved), unlike a staff session', async () => {
    const token = await issue();
    expect((await t.app.inject({ method: 'POST', url: '/api/probe/actor', headers: bearer(token.secret) })).statusCode).toBe(200);
    const staff = await t.app.inject({ method: 'POST', url: '/api/probe/actor', headers: { cookie: admin.headers.cookie! } });
    expect(staff.json().error.code).toBe('CSRF_FAILED');
  });

  it('403 on a route its permissions do not cover', async () => {
    const token = await issue();
    const res = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: bearer(token.secret) });
    expect(res.statusCode).toBe(403);
  });

  it('records last use at most once a minute', async () => {
    const token = await issue();
    await outbox(bearer(token.secret));
    const first = await lastUsed(token.id);
    expect(first).toBe(clock.now().toISOString());
    clock.advance(30 * 1000);
    await outbox(bearer(token.secret));
    expect(await lastUsed(token.id)).toBe(first);
    clock.advance(30 * 1000);
    await outbox(bearer(token.secret));
    expect(await lastUsed(token.id)).toBe(clock.now().toISOString());
  });

  it('401 INVALID_TOKEN for malformed, unknown, revoked and expired tokens', async () => {
    const unknown = `tp_${'a'.repeat(12)}_${'b'.repeat(43)}`;
    for (const secret of ['abc', unknown]) {
      const res = await outbox(bearer(secret));
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('INVALID_TOKEN');
    }
    const revoked = await issue();
    expect((await t.app.inject({ method: 'POST', url: `/api/tokens/${revoked.id}/revoke`, headers: admin.headers })).statusCode).toBe(200);
    expect((await outbox(bearer(revoked.secret))).json().error.code).toBe('INVALID_TOKEN');

    const expiring = await issue({ expiresAt: new Date(clock.now().getTime() + 10 * minute).toISOString() });
    clock.advance(10 * minute - 1);
    expect((await outbox(bearer(expiring.secret))).statusCode).toBe(200);
    clock.advance(1);
    expect((await outbox(bearer(expiring.secret))).json().error.code).toBe('INVALID_TOKEN');
  });

  it('401 once its organisation is deactivated', async () => {
    const office = await createOrg(t, { parentId: district.id, type: 'justiceOffice' });
    const token = await issue({ orgId: office.id, scope: 'own' });
    expect((await outbox(bearer(token.secret))).statusCode).toBe(200);
    await t.kernel.db.updateTable('organisations').set({ active: 0 }).where('id', '=', office.id).execute();
    expect((await outbox(bearer(token.secret))).json().error.code).toBe('INVALID_TOKEN');
  });

  it('is ignored on public routes and never opens citizen routes; other schemes are not ours', async () => {
    const token = await issue();
    expect((await t.app.inject({ method: 'GET', url: '/api/health', headers: bearer('nonsense') })).statusCode).toBe(200);
    const citizen = await t.app.inject({ method: 'GET', url: '/api/citizen/me', headers: bearer(token.secret) });
    expect(citizen.statusCode).toBe(401);
    expect(citizen.json().error.code).toBe('UNAUTHENTICATED');
    const basic = await outbox({ authorization: 'Basic dXNlcjpwYXNz' });
    expect(basic.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('a citizen session cannot stand in for a token or a staff session', async () => {
    const { headers } = await signInCitizen(t, '13500000001');
    const res = await outbox(headers);
    expect(res.statusCode).toBe(401);
  });
});
