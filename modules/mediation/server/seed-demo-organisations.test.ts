import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { createOrg } from '../../../server/test/factories';
import { seedOrganisationDemo } from './seed-demo-organisations';

describe('demo committees, mediators and campaign', async () => {
  const t = await buildTestApp();
  t.kernel.clock = { now: () => new Date('2026-03-10T02:00:00.000Z') };
  const city = await createOrg(t, { type: 'cityBureau', regionCode: '120000' });
  const hexi = await createOrg(t, { parentId: city.id, type: 'districtBureau', regionCode: '120103' });
  const office = await createOrg(t, { parentId: hexi.id, type: 'justiceOffice', regionCode: '120103001' });
  for (let i = 0; i < 3; i++) await createOrg(t, { parentId: office.id, type: 'mediationCommittee', regionCode: '120103001001' });

  it('seeds lawful committees once', async () => {
    await seedOrganisationDemo(t.kernel);
    await seedOrganisationDemo(t.kernel);
    const committees = await t.kernel.db.selectFrom('medCommittees').selectAll().execute();
    expect(committees).toHaveLength(4);
    for (const c of committees) {
      const members = await t.kernel.db.selectFrom('medCommitteeMembers').selectAll().where('committeeOrgId', '=', c.orgId).execute();
      expect(members.length).toBeGreaterThanOrEqual(3);
      expect(members.length).toBeLessThanOrEqual(9);
      expect(members.some((m) => m.gender === 'female')).toBe(true);
      expect(members.filter((m) => m.role === 'chair')).toHaveLength(1);
    }
    expect(await t.kernel.db.selectFrom('medMediators').select('id').where('status', '=', 'dismissed').execute()).toHaveLength(1);
    expect(await t.kernel.db.selectFrom('medCampaignFindings').select('id').execute()).toHaveLength(6);
  });
});
