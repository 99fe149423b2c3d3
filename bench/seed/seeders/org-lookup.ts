import type { Db } from '@tianping/server/db/database';

export interface OrgRef {
  id: string;
  code: string;
  name: string;
  type: string;
  regionCode: string;
  parentId: string | null;
  path: string;
  depth: number;
}

/** Every organisation, by business code (the tree has some thousands: fine to hold in memory). */
export async function loadOrgsByCode(db: Db): Promise<Map<string, OrgRef>> {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'code', 'name', 'type', 'regionCode', 'parentId', 'path', 'depth'])
    .orderBy('path')
    .execute();
  return new Map(rows.map((r) => [r.code, r]));
}

/** The district (6-digit code) an organisation's region lies in; null for the city level. */
export function districtOf(regionCode: string, cityCode: string): string | null {
  const district = regionCode.slice(0, 6);
  return district === cityCode ? null : district;
}
