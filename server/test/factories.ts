import { newId, nowIso } from '../src/db/ids';
import type { TestApp } from './build-test-app';

let seq = 0;

/** Inserts an organisation directly (tests only). Without a parent it is a new root. */
export async function createOrg(
  t: TestApp,
  opts: { parentId?: string | null; type?: string; name?: string; regionCode?: string; active?: 0 | 1 } = {},
): Promise<{ id: string; path: string; name: string }> {
  const db = t.kernel.db;
  const regionCode = opts.regionCode ?? '120000';
  const region = await db.selectFrom('regions').select('code').where('code', '=', regionCode).executeTakeFirst();
  if (!region) await db.insertInto('regions').values({ code: regionCode, name: '天津市', level: 1, parentCode: null }).execute();
  const parent = opts.parentId
    ? await db.selectFrom('organisations').select(['path', 'depth']).where('id', '=', opts.parentId).executeTakeFirstOrThrow()
    : null;
  const id = newId();
  const path = `${parent?.path ?? '/'}${id}/`;
  const name = opts.name ?? `测试机构${++seq}`;
  const now = nowIso();
  await db
    .insertInto('organisations')
    .values({
      id,
      code: `T${id}`,
      name,
      shortName: null,
      type: opts.type ?? 'cityBureau',
      regionCode,
      parentId: opts.parentId ?? null,
      path,
      depth: (parent?.depth ?? -1) + 1,
      active: opts.active ?? 1,
      version: 1,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return { id, path, name };
}
