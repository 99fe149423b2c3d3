import { regionLevels } from '@tianping/common/contract/org';
import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import { listCityRegions } from '@tianping/server/org/region.repository';
import { ulidAt } from '../../lib/ids';
import { WeightedPicker } from '../../lib/prng';
import { outcomeOf, type VolumeSeeder } from '../volume-seeder';
import { loadOrgsByCode } from './org-lookup';
import { randomInstant, yearsBefore } from './time';

/** Law firms in the bench city: the order of magnitude of a large city's registry (several hundred). */
const defaultLawFirms = 800;
const historyYears = 20;
/** Firms cluster in the central districts (and a municipality's new area), as offices do. */
const centralDistrictWeight = 10;
const outerDistrictWeight = 3;
/** Tianjin's six central districts and 滨海新区. */
const centralDistricts = new Set(['120101', '120102', '120103', '120104', '120105', '120106', '120116']);

/** Characters firms choose for their trade names (信 trust, 衡 balance, 正 upright, …). */
const tradeNameChars = [...'华金泰信诚正德益明盛达和远博君衡鼎嘉汇瑞昌恒中天海宏立安合启元睿英卓诺泽晟融坤兴方仁义隆丰通广源汉唐宁平'];
const maxNameDraws = 50;

/**
 * Law firms (律师事务所) under their district bureau, which supervises them. No staff accounts:
 * lawyers are registry records of the legal-service module, not platform users.
 */
export const lawFirmsSeeder: VolumeSeeder = {
  name: 'lawFirms',
  description: 'law firms under the district bureaus',
  async seed({ kernel, rng, now, writer }) {
    const { cityCode } = kernel.config;
    const codes = demoOrgCodes(cityCode);
    const count = Number(process.env.BENCH_LAW_FIRMS ?? defaultLawFirms);
    const orgs = await loadOrgsByCode(kernel.db);
    const districts = (await listCityRegions(kernel.db, cityCode)).filter((r) => r.level === regionLevels.district);
    const bureaus = districts.map((d) => [d, orgs.get(codes.districtBureau(d.code))] as const).filter(([, b]) => b);
    if (!bureaus.length) throw new Error('No district bureaus: run the orgTree seeder first');
    const picker = new WeightedPicker(
      bureaus.map((b) => [b, centralDistricts.has(b[0].code) ? centralDistrictWeight : outerDistrictWeight] as const),
    );
    const cityShort = (
      await kernel.db.selectFrom('regions').select('name').where('code', '=', cityCode).executeTakeFirstOrThrow()
    ).name.replace(/市$/, '');
    const takenNames = new Set([...orgs.values()].filter((o) => o.type === 'lawFirm').map((o) => o.name));
    const w = writer(['organisations']);
    // Codes continue after the demo's firms (LS-<city>-1 … n).
    let n = 0;
    let added = 0;
    for (let i = 0; added < count && i < count * 2; i++) {
      while (orgs.has(codes.lawFirm(n))) n++;
      const [district, bureau] = picker.pick(rng);
      let name = '';
      for (let k = 0; k < maxNameDraws && (!name || takenNames.has(name)); k++) {
        name = `${cityShort}${rng.pick(tradeNameChars)}${rng.pick(tradeNameChars)}律师事务所`;
      }
      if (takenNames.has(name)) continue;
      takenNames.add(name);
      const created = randomInstant(rng, yearsBefore(now, historyYears), now);
      const id = ulidAt(created.getTime(), rng);
      w.add('organisations', {
        id,
        code: codes.lawFirm(n++),
        name,
        shortName: null,
        type: 'lawFirm',
        regionCode: district.code,
        parentId: bureau!.id,
        path: `${bureau!.path}${id}/`,
        depth: bureau!.depth + 1,
        active: 1,
        version: 1,
        createdAt: created.toISOString(),
        updatedAt: created.toISOString(),
      });
      added++;
      await w.flushIfFull();
    }
    await w.flush();
    return outcomeOf(w.result());
  },
};
