import { orgPermissions } from '@tianping/common/contract/org';
import type { DataScope } from '@tianping/common/access/permission';
import type { TestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';

/** Every permission of the organisation module. */
export const allOrgPermissions = orgPermissions.map((p) => p.key);

/**
 * A small organisation tree under a new root (tests only):
 *   city ─ districtA ─ officeA1, officeA2
 *        └ districtB ─ officeB1
 */
export async function buildOrgTree(t: TestApp) {
  const city = await createOrg(t, { type: 'cityBureau', name: '天津市司法局' });
  const districtA = await createOrg(t, { parentId: city.id, type: 'districtBureau', regionCode: '120101', name: '天津市和平区司法局' });
  const districtB = await createOrg(t, { parentId: city.id, type: 'districtBureau', regionCode: '120102', name: '天津市河东区司法局' });
  const officeA1 = await createOrg(t, { parentId: districtA.id, type: 'justiceOffice', regionCode: '120101001', name: '劝业场街道司法所' });
  const officeA2 = await createOrg(t, { parentId: districtA.id, type: 'justiceOffice', regionCode: '120101002', name: '小白楼街道司法所' });
  const officeB1 = await createOrg(t, { parentId: districtB.id, type: 'justiceOffice', regionCode: '120102001', name: '大王庄街道司法所' });
  return { city, districtA, districtB, officeA1, officeA2, officeB1 };
}

/** Signs in an organisation administrator (all org permissions) at `orgId` with `scope`. */
export function loginOrgAdmin(t: TestApp, orgId: string, scope: DataScope = 'city', permissions: string[] = allOrgPermissions) {
  return loginAs(t, { permissions, scope, orgId });
}

/** The latest audit event about an entity, with its diff parsed. */
export async function lastAudit(t: TestApp, entityId: string) {
  const row = await t.kernel.db
    .selectFrom('auditEvents')
    .selectAll()
    .where('entityId', '=', entityId)
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, diff: row.diff ? (JSON.parse(row.diff) as Record<string, [unknown, unknown]>) : null };
}

export async function auditCount(t: TestApp, entityId: string): Promise<number> {
  const r = await t.kernel.db
    .selectFrom('auditEvents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('entityId', '=', entityId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
