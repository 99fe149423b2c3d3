import { regionLevels } from '@tianping/common/contract/org';
import { committeeBaseName, demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import { listCityRegions } from '@tianping/server/org/region.repository';
import { ulidAt } from '../../lib/ids';
import { outcomeOf, type VolumeSeeder } from '../volume-seeder';
import { loadOrgsByCode } from './org-lookup';
import { randomInstant, yearsBefore } from './time';

/** How far back the committees' records reach. */
const historyYears = 6;

/**
 * A people's mediation committee for every village and community (人民调解法 第八条: 村民委员会、
 * 居民委员会设立人民调解委员会), under its street's 司法所. The demo seed creates a sample;
 * this completes it, with the same codes and names the demo uses.
 */
export const mediationCommitteesSeeder: VolumeSeeder = {
  name: 'mediationCommittees',
  description: 'a mediation committee per village/community',
  async seed({ kernel, rng, now, writer, log }) {
    const { cityCode } = kernel.config;
    const codes = demoOrgCodes(cityCode);
    const orgs = await loadOrgsByCode(kernel.db);
    const city = orgs.get(codes.cityBureau);
    if (!city) throw new Error('The organisation tree is missing: run the orgTree seeder first');
    const villages = (await listCityRegions(kernel.db, cityCode)).filter((r) => r.level === regionLevels.village);
    const w = writer(['organisations']);
    let skipped = 0;
    for (const v of villages) {
      const code = codes.mediationCommittee(v.code);
      if (orgs.has(code)) {
        skipped++;
        continue;
      }
      const parent = (v.parentCode && orgs.get(codes.justiceOffice(v.parentCode))) || city;
      const created = randomInstant(rng, yearsBefore(now, historyYears), now);
      const id = ulidAt(created.getTime(), rng);
      w.add('organisations', {
        id,
        code,
        name: `${committeeBaseName(v.name)}人民调解委员会`,
        shortName: null,
        type: 'mediationCommittee',
        regionCode: v.code,
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        depth: parent.depth + 1,
        active: 1,
        version: 1,
        createdAt: created.toISOString(),
        updatedAt: created.toISOString(),
      });
      await w.flushIfFull();
    }
    await w.flush();
    log(`${villages.length} villages/communities, ${skipped} already had a committee`);
    return outcomeOf(w.result());
  },
};
