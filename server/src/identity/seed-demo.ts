import type { DataScope } from '@tianping/common/access/permission';
import type { BuiltinRoleCode } from '@tianping/common/contract/identity';
import type { Kernel } from '../core/module';
import type { DbOrTrx } from '../db/database';
import { seedDemoAccounts } from './demo-accounts';

/** The one password of every demo account (printed at start; demo instances only, never production). */
export const demoPassword = 'Tianping@2026';
const cityBureauCode = 'TJSFJ';
/** 河西区 (GB/T 2260 120103): the demo district. */
const demoDistrictCode = '120103';

type OrgSlot = 'city' | 'district' | 'office';

/** One demo account per built-in role, each in a sensible organisation. */
export const demoUsers: { username: string; displayName: string; role: BuiltinRoleCode; org: OrgSlot; scope: DataScope }[] = [
  { username: 'sysadmin', displayName: '赵系统', role: 'systemAdmin', org: 'city', scope: 'city' },
  { username: 'secadmin', displayName: '钱安全', role: 'securityAdmin', org: 'city', scope: 'city' },
  { username: 'auditor', displayName: '孙审计', role: 'auditAdmin', org: 'city', scope: 'city' },
  { username: 'leader', displayName: '周局长', role: 'cityLeader', org: 'city', scope: 'city' },
  { username: 'hexi.handler', displayName: '吴承办', role: 'caseHandler', org: 'district', scope: 'subtree' },
  { username: 'hexi.office', displayName: '郑司法', role: 'officeStaff', org: 'office', scope: 'own' },
];

async function firstOrg(db: DbOrTrx, where: { code?: string; type?: string; pathPrefix?: string }) {
  let q = db.selectFrom('organisations').select(['id', 'path']).where('active', '=', 1);
  if (where.code) q = q.where('code', '=', where.code);
  if (where.type) q = q.where('type', '=', where.type);
  if (where.pathPrefix) q = q.where('path', 'like', `${where.pathPrefix}%`);
  return q.orderBy('depth').orderBy('code').limit(1).executeTakeFirst();
}

/**
 * Finds the organisations of the demo accounts: the city bureau, the 河西区 district bureau
 * and one of its 司法所 — falling back to the city bureau type, then the first root.
 */
async function demoOrgs(db: DbOrTrx): Promise<Record<OrgSlot, string> | null> {
  const city =
    (await firstOrg(db, { code: cityBureauCode })) ??
    (await firstOrg(db, { type: 'cityBureau' })) ??
    (await db.selectFrom('organisations').select(['id', 'path']).where('parentId', 'is', null).orderBy('id').limit(1).executeTakeFirst());
  if (!city) return null;
  const district =
    (await firstOrg(db, { code: `${cityBureauCode}-${demoDistrictCode}` })) ??
    (await firstOrg(db, { type: 'districtBureau', pathPrefix: city.path })) ??
    city;
  const office = (await firstOrg(db, { type: 'justiceOffice', pathPrefix: district.path })) ?? district;
  return { city: city.id, district: district.id, office: office.id };
}

/** Demo accounts with the demo password and no forced change, so the printed logins work at once. */
export async function seedDemoUsers(kernel: Kernel): Promise<void> {
  const orgs = await demoOrgs(kernel.db);
  if (!orgs) {
    kernel.log.warn('no organisation exists: demo users not created');
    return;
  }
  await kernel.db.transaction().execute((trx) => seedDemoAccounts(trx, demoUsers, orgs, demoPassword, kernel.clock.now().toISOString()));
}
