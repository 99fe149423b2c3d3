import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { seedDemoReferrers } from './seed-demo-referrers';

describe('demo referring bodies', async () => {
  const t = await buildTestApp();

  it('a court, police branch, petition office and procuratorate per district and the 12348 hotline, idempotently, without tokens', async () => {
    await seedDemoReferrers(t.kernel);
    await seedDemoReferrers(t.kernel);
    const rows = await t.kernel.db.selectFrom('medReferrers').selectAll().orderBy('code').execute();
    const districts = await t.kernel.db.selectFrom('regions').select('code').where('level', '=', 2).execute();
    expect(districts.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(districts.length * 4 + 1);
    expect(rows.find((r) => r.code === 'TJ-120103-COURT')).toMatchObject({
      kind: 'court',
      name: '天津市河西区人民法院',
      tokenId: null,
      active: 1,
    });
    expect(rows.find((r) => r.code === 'TJ-12348')).toMatchObject({ kind: 'hotline', returnDays: 15 });
  });
});
