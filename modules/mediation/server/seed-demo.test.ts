import { describe, expect, it } from 'vitest';
import { seedDemoUsers } from '@tianping/server/identity/seed-demo';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginWithPassword } from '../../../server/test/login';
import { mediationDemoLogins, seedMediationRolesAndUsers } from './seed-demo';

describe('mediation demo roles and accounts', async () => {
  const t = await buildTestApp();
  t.kernel.clock = { now: () => new Date('2026-11-20T02:00:00.000Z') };
  await seedDemoOrganisations(t.kernel);
  await seedDemoUsers(t.kernel);

  it('creates the roles and accounts idempotently; the mediator is a mediator of its committee; scopes work', async () => {
    expect(await t.kernel.db.transaction().execute((trx) => seedMediationRolesAndUsers(trx, t.kernel))).toBe(true);
    expect(await t.kernel.db.transaction().execute((trx) => seedMediationRolesAndUsers(trx, t.kernel))).toBe(true);
    const users = await t.kernel.db
      .selectFrom('users')
      .select(['id', 'username', 'orgId'])
      .where(
        'username',
        'in',
        mediationDemoLogins.map((u) => u.username),
      )
      .execute();
    expect(users).toHaveLength(mediationDemoLogins.length);
    const mediator = users.find((u) => u.username === 'hexi.mediator')!;
    const rows = await t.kernel.db.selectFrom('medMediators').selectAll().where('userId', '=', mediator.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.orgId).toBe(mediator.orgId);
    const org = await t.kernel.db
      .selectFrom('organisations')
      .select(['type', 'regionCode'])
      .where('id', '=', mediator.orgId)
      .executeTakeFirstOrThrow();
    expect(org.type).toBe('mediationCommittee');
    expect(org.regionCode.startsWith('120103')).toBe(true);
    const session = await loginWithPassword(t, 'hexi.mediation', 'Tianping@2026');
    const list = await t.app.inject({ method: 'GET', url: '/api/mediation/cases', headers: session.headers });
    expect(list.statusCode, list.body).toBe(200);
  });
});
