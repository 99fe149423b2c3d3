import { regionLevels } from '@tianping/common/contract/org';
import type { DbOrTrx } from '../db/database';
import type { RegionRow } from './region.source';

/** Rows per INSERT: 4 parameters each, well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const insertBatchRows = 1000;

export async function findRegion(db: DbOrTrx, code: string): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').select(['code', 'name', 'level', 'parentCode']).where('code', '=', code).executeTakeFirst();
}

/** Inserts divisions in batches; rows already present are left alone (concurrent starts are safe). */
export async function insertRegions(db: DbOrTrx, rows: readonly RegionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += insertBatchRows) {
    await db
      .insertInto('regions')
      .values(rows.slice(i, i + insertBatchRows).map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode })))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}

/** Children of a division (the configured cities when `parentCode` is absent), with whether each has children. */
export async function listRegionChildren(db: DbOrTrx, parentCode: string | undefined) {
  const rows = await db
    .selectFrom('regions')
    .select(['regions.code', 'regions.name', 'regions.level', 'regions.parentCode'])
    .select((eb) =>
      eb.exists(eb.selectFrom('regions as child').select('child.code').whereRef('child.parentCode', '=', 'regions.code')).as('hasChildren'),
    )
    .$call((q) => (parentCode ? q.where('regions.parentCode', '=', parentCode) : q.where('regions.level', '=', regionLevels.city)))
    .orderBy('regions.code')
    .execute();
  // SQLite answers EXISTS with 0/1, PostgreSQL with a boolean.
  return rows.map((r) => ({ ...r, hasChildren: Boolean(r.hasChildren) }));
}

/** Leading digits every division code of the city shares (`12` for Tianjin 120000, `1301` for 石家庄 130100). */
function cityPrefix(cityCode: string): string {
  return cityCode.endsWith('0000') ? cityCode.slice(0, 2) : cityCode.slice(0, 4);
}

/** All divisions of the city, parents before children. */
export async function listCityRegions(db: DbOrTrx, cityCode: string): Promise<RegionRow[]> {
  return db
    .selectFrom('regions')
    .select(['code', 'name', 'level', 'parentCode'])
    .where('code', 'like', `${cityPrefix(cityCode)}%`)
    .orderBy('level')
    .orderBy('code')
    .execute();
}

export async function countRegionsByLevel(db: DbOrTrx, cityCode: string): Promise<Record<number, number>> {
  const rows = await db
    .selectFrom('regions')
    .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
    .where('code', 'like', `${cityPrefix(cityCode)}%`)
    .groupBy('level')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]));
}
