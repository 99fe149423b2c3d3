import { describe, expect, it } from 'vitest';
import { seedDemoUsers } from '@tianping/server/identity/seed-demo';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { buildTestApp } from '../../../server/test/build-test-app';
import { seedAidRolesAndUsers } from './seed-demo';
import { seedDemoProviders } from './seed-demo-providers';

describe('demo providers on the demo organisation tree', async () => {
  const t = await buildTestApp();
  await seedDemoOrganisations(t.kernel);
  await seedDemoUsers(t.kernel);
  await seedAidRolesAndUsers(t.kernel);

  it('binds lawyer.wang to a senior criminal lawyer of the 河西 centre at the lawyer’s own firm; two years of duty rosters', async () => {
    await seedDemoProviders(t.kernel);
    const wang = await t.kernel.db
      .selectFrom('aidProviders')
      .innerJoin('users', 'users.id', 'aidProviders.userId')
      .innerJoin('organisations as centre', 'centre.id', 'aidProviders.orgId')
      .select(['aidProviders.kind', 'aidProviders.firmOrgId', 'aidProviders.relevantCriminalYears', 'users.orgId', 'centre.name'])
      .where('users.username', '=', 'lawyer.wang')
      .executeTakeFirstOrThrow();
    expect(wang).toMatchObject({ kind: 'lawyer', firmOrgId: wang.orgId });
    expect(wang.name).toContain('河西');
    expect(wang.relevantCriminalYears).toBeGreaterThanOrEqual(3);
    const stations = await t.kernel.db.selectFrom('aidDutyStations').select('id').execute();
    const centres = await t.kernel.db.selectFrom('organisations').select('id').where('type', '=', 'legalAidCentre').execute();
    expect(stations).toHaveLength(centres.length * 3);
    const roster = await t.kernel.db
      .selectFrom('aidDutyRosters')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(roster.n)).toBeGreaterThan(centres.length * 3 * 480);
  });
});
