import { describe, expect, it } from 'vitest';
import { demoPassword, seedDemoUsers } from '@tianping/server/identity/seed-demo';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginWithPassword } from '../../../server/test/login';
import { aidDemoLogins, seedAidRolesAndUsers } from './seed-demo';

describe('legal aid demo accounts', async () => {
  const t = await buildTestApp();
  await seedDemoOrganisations(t.kernel);
  await seedDemoUsers(t.kernel);

  it('creates the reviewer, the centre head, the lawyer and the bureau reviewer, idempotently', async () => {
    await seedAidRolesAndUsers(t.kernel);
    await seedAidRolesAndUsers(t.kernel);
    const users = await t.kernel.db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.orgId')
      .select(['users.username', 'organisations.type'])
      .where(
        'users.username',
        'in',
        aidDemoLogins.map((u) => u.username),
      )
      .orderBy('users.username')
      .execute();
    expect(users).toEqual([
      { username: 'hexi.aid', type: 'legalAidCentre' },
      { username: 'hexi.aidbureau', type: 'districtBureau' },
      { username: 'hexi.aidhead', type: 'legalAidCentre' },
      { username: 'lawyer.wang', type: 'lawFirm' },
    ]);
    const { headers } = await loginWithPassword(t, 'hexi.aid', demoPassword);
    expect((await t.app.inject({ method: 'GET', url: '/api/legal-aid/cases', headers })).statusCode).toBe(200);
    const lawyer = await loginWithPassword(t, 'lawyer.wang', demoPassword);
    expect((await t.app.inject({ method: 'GET', url: '/api/legal-aid/cases', headers: lawyer.headers })).json().total).toBe(0);
  });
});
