import type { DataScope } from '@tianping/common/access/permission';
import type { OrgType } from '@tianping/common/contract/org';
import { maskMobile } from '@tianping/common/validation/phone';
import { hashPassword } from '@tianping/server/identity/password-hash';
import { insertRoleIfAbsent, replaceRolePermissions } from '@tianping/server/identity/role.repository';
import { randomBytes } from 'node:crypto';
import { ulidAt } from '../../lib/ids';
import type { Rng } from '../../lib/prng';
import { PhoneRegistry, randomPersonName, UsernameRegistry } from '../chinese-names';
import { outcomeOf, type SeedContext, type VolumeSeeder } from '../volume-seeder';
import { districtOf, loadOrgsByCode, type OrgRef } from './org-lookup';
import { daysBefore, randomInstant, recentInstant, yearsBefore } from './time';

/** Staff accounts to create (BENCH_STAFF_USERS); the issue asks for at least 50,000. */
const defaultStaffUsers = 52_000;

/**
 * Mean number of platform accounts per organisation type. Bureaus, 司法所 and centres keep
 * their real-world size (a 司法所 has a handful of staff); the people's mediators of the
 * committees make up the rest of the target, as they do the bulk of a city's accounts.
 * Law firms get none: lawyers are registry records, not platform users.
 */
const headcount: Partial<Record<OrgType, number>> = {
  cityBureau: 380,
  reconsiderationOffice: 45,
  arbitrationCommission: 35,
  districtBureau: 85,
  legalAidCentre: 16,
  legalServiceCentre: 14,
  legalServiceStation: 4,
  notaryOffice: 30,
  appraisalInstitution: 12,
  correctionAgency: 12,
  enforcementAgency: 20,
  justiceOffice: 6,
};
/** The organisation type whose members fill the target total. */
const fillerType: OrgType = 'mediationCommittee';
/** Each organisation's size varies around its type's mean by this factor, ±. */
const sizeSpread = 0.5;
/** Bureaus need room for their three administrators (三员) and leaders. */
const minimumHeadcount: Partial<Record<OrgType, number>> = { cityBureau: 12, districtBureau: 8 };

const share = {
  withPhone: 0.92,
  everSignedIn: 0.9,
  inactive: 0.03,
  locked: 0.002,
  someFailedAttempts: 0.05,
  totp: 0.03,
  /** Business staff at a bureau whose assignment reaches the whole subtree/city rather than their own unit. */
  wideScope: 0.3,
  /** Bureau staff who also hold a role in a 司法所 of their district (联系点), or city staff in a district. */
  secondAssignment: 0.05,
  officeWideScope: 0.2,
  institutionWideScope: 0.1,
};
/** Mean days since the last sign-in of those who signed in at all. */
const lastSignInMeanDays = 12;
const accountHistoryYears = 7;
const lockMinutes = 10;
const cityLeaders = 6;
const districtLeaders = 4;

/** A custom business role, as a security administrator would define one for mediators. */
const mediatorRole = { code: 'mediator', name: '人民调解员', nameEn: "People's mediator" };

type RoleCode = 'systemAdmin' | 'securityAdmin' | 'auditAdmin' | 'cityLeader' | 'caseHandler' | 'officeStaff' | 'mediator';
interface Assignment {
  role: RoleCode;
  org: OrgRef;
  scope: DataScope;
}

const adminTrio: RoleCode[] = ['systemAdmin', 'securityAdmin', 'auditAdmin'];

/** Integer sizes proportional to `weights` summing to `total` exactly (largest remainders). */
function apportion(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (w * total) / sum : 0));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    counts[i]!++;
    left--;
  }
  return counts;
}

/** Staff per organisation: institutions at their usual size (± spread), the committees sharing the rest of the target. */
function staffSizes(orgs: OrgRef[], target: number, rng: Rng): Map<string, number> {
  const jitter = () => 1 - sizeSpread + 2 * sizeSpread * rng.next();
  const sizes = new Map<string, number>();
  for (const o of orgs) {
    const mean = headcount[o.type as OrgType];
    if (mean) sizes.set(o.id, Math.max(Math.round(mean * jitter()), minimumHeadcount[o.type as OrgType] ?? 1));
  }
  const fixed = [...sizes.values()].reduce((a, b) => a + b, 0);
  const fillers = orgs.filter((o) => o.type === fillerType);
  const shares = apportion(
    fillers.map(() => jitter()),
    Math.max(0, target - fixed),
  );
  fillers.forEach((o, i) => sizes.set(o.id, shares[i]!));
  return sizes;
}

/** The roles the i-th person of an organisation holds (first the administrators, then leaders, then staff). */
function assignmentsFor(
  org: OrgRef,
  i: number,
  rng: Rng,
  ctx: { cityBureau: OrgRef; officesByDistrict: Map<string, OrgRef[]>; bureausByDistrict: Map<string, OrgRef>; cityCode: string },
): Assignment[] {
  const district = districtOf(org.regionCode, ctx.cityCode);
  switch (org.type) {
    case 'cityBureau': {
      if (i < adminTrio.length) return [{ role: adminTrio[i]!, org, scope: 'city' }];
      if (i < adminTrio.length + cityLeaders) return [{ role: 'cityLeader', org, scope: 'city' }];
      const main: Assignment = { role: 'caseHandler', org, scope: rng.chance(share.wideScope) ? 'city' : 'own' };
      if (!rng.chance(share.secondAssignment)) return [main];
      const bureaus = [...ctx.bureausByDistrict.values()];
      return [main, { role: 'caseHandler', org: rng.pick(bureaus), scope: 'subtree' }];
    }
    case 'districtBureau': {
      if (i < adminTrio.length) return [{ role: adminTrio[i]!, org, scope: 'subtree' }];
      if (i < adminTrio.length + districtLeaders) return [{ role: 'caseHandler', org, scope: 'subtree' }];
      const main: Assignment = { role: 'caseHandler', org, scope: rng.chance(share.wideScope) ? 'subtree' : 'own' };
      const offices = district ? ctx.officesByDistrict.get(district) : undefined;
      if (!offices?.length || !rng.chance(share.secondAssignment)) return [main];
      return [main, { role: 'officeStaff', org: rng.pick(offices), scope: 'own' }];
    }
    case 'justiceOffice':
      // The head of the office (所长) oversees the committees below it.
      return [{ role: 'officeStaff', org, scope: i === 0 || rng.chance(share.officeWideScope) ? 'subtree' : 'own' }];
    case 'mediationCommittee':
      return [{ role: 'mediator', org, scope: 'own' }];
    default:
      return [{ role: 'caseHandler', org, scope: rng.chance(share.institutionWideScope) ? 'subtree' : 'own' }];
  }
}

async function ensureMediatorRole(ctx: SeedContext): Promise<void> {
  const { kernel } = ctx;
  const common = [...kernel.permissions.values()]
    .filter((p) => p.category === 'common')
    .map((p) => p.key)
    .sort();
  const at = ctx.now.toISOString();
  await kernel.db.transaction().execute(async (trx) => {
    await insertRoleIfAbsent(trx, {
      id: ulidAt(ctx.now.getTime(), ctx.rng),
      code: mediatorRole.code,
      name: mediatorRole.name,
      nameEn: mediatorRole.nameEn,
      category: 'business',
      builtin: 0,
      requireTotp: 0,
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
    const role = await trx.selectFrom('roles').select('id').where('code', '=', mediatorRole.code).executeTakeFirstOrThrow();
    await replaceRolePermissions(trx, role.id, common);
  });
}

/** A base32 TOTP secret (RFC 4648 alphabet), as the authenticator setup stores it. */
function totpSecret(rng: Rng): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let s = '';
  for (let i = 0; i < 32; i++) s += alphabet[rng.nextUint32() & 31];
  return s;
}

/**
 * Staff accounts spread over the organisations in proportion to their type, with realistic
 * Chinese names (pinyin usernames), phones encrypted with the app's PII cipher plus the blind
 * index and masked copy the app stores, one role assignment each (some two) with own / subtree /
 * city scopes, the 三员 administrators at every bureau, and a password-history row each.
 *
 * All accounts share one scrypt hash of a random, discarded password: hashing 50,000 distinct
 * passwords at the app's cost (N=2^15) would take most of an hour and changes nothing that is
 * measured. Nobody can sign in as a volume user; the bench opens its sessions directly.
 */
export const staffSeeder: VolumeSeeder = {
  name: 'staff',
  description: 'staff accounts, role assignments, password history',
  async seed(ctx) {
    const { kernel, rng, now, log } = ctx;
    const { cityCode } = kernel.config;
    const target = Number(process.env.BENCH_STAFF_USERS ?? defaultStaffUsers);
    await ensureMediatorRole(ctx);
    const roleIds = new Map((await kernel.db.selectFrom('roles').select(['id', 'code']).execute()).map((r) => [r.code, r.id]));
    for (const code of [...adminTrio, 'cityLeader', 'caseHandler', 'officeStaff', 'mediator']) {
      if (!roleIds.has(code)) throw new Error(`Role ${code} is missing: the identity module's reference seed must run first`);
    }
    const orgs = [...(await loadOrgsByCode(kernel.db)).values()];
    const cityBureau = orgs.find((o) => o.type === 'cityBureau' && o.parentId === null);
    if (!cityBureau) throw new Error('No city bureau: run the orgTree seeder first');
    const officesByDistrict = new Map<string, OrgRef[]>();
    const bureausByDistrict = new Map<string, OrgRef>();
    for (const o of orgs) {
      const d = districtOf(o.regionCode, cityCode);
      if (!d) continue;
      if (o.type === 'justiceOffice') officesByDistrict.set(d, [...(officesByDistrict.get(d) ?? []), o]);
      if (o.type === 'districtBureau') bureausByDistrict.set(d, o);
    }
    const sizes = staffSizes(orgs, target, rng);
    const staffed = orgs.filter((o) => (sizes.get(o.id) ?? 0) > 0);

    const existing = await kernel.db.selectFrom('users').select('username').execute();
    const usernames = new UsernameRegistry(existing.map((u) => u.username));
    const phones = new PhoneRegistry();
    const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
    const oldest = yearsBefore(now, accountHistoryYears);
    const planCtx = { cityBureau, officesByDistrict, bureausByDistrict, cityCode };

    const w = ctx.writer(['users', 'userRoles', 'passwordHistory']);
    for (const org of staffed) {
      const size = sizes.get(org.id) ?? 0;
      for (let i = 0; i < size; i++) {
        const assignments = assignmentsFor(org, i, rng, planCtx);
        const isAdmin = assignments.some((a) => adminTrio.includes(a.role));
        const name = randomPersonName(rng);
        const created = isAdmin ? randomInstant(rng, oldest, daysBefore(now, 365)) : randomInstant(rng, oldest, daysBefore(now, 1));
        const id = ulidAt(created.getTime(), rng);
        // The administrators are the bench's actors: live, signed in before, not locked.
        const signedIn = isAdmin || rng.chance(share.everSignedIn);
        const lastLogin = signedIn ? recentInstant(rng, now, lastSignInMeanDays, created) : null;
        const active = isAdmin || !rng.chance(share.inactive);
        const locked = !isAdmin && active && rng.chance(share.locked);
        const phone = rng.chance(share.withPhone) ? phones.next(rng) : null;
        const totp = !isAdmin && rng.chance(share.totp);
        const updated = randomInstant(rng, created, lastLogin ?? created);
        w.add('users', {
          id,
          username: usernames.next(name.pinyin),
          displayName: name.displayName,
          orgId: org.id,
          phoneEnc: phone ? kernel.pii.encrypt(phone) : null,
          phoneIndex: phone ? kernel.pii.blindIndex('phone', phone) : null,
          phoneMasked: phone ? maskMobile(phone) : null,
          passwordHash,
          mustChangePassword: signedIn ? 0 : 1,
          failedAttempts: locked ? 5 : rng.chance(share.someFailedAttempts) ? rng.int(1, 3) : 0,
          lockedUntil: locked ? new Date(now.getTime() + lockMinutes * 60_000).toISOString() : null,
          totpSecretEnc: totp ? kernel.pii.encrypt(totpSecret(rng)) : null,
          totpEnabled: totp ? 1 : 0,
          totpLastStep: null,
          active: active ? 1 : 0,
          lastLoginAt: lastLogin?.toISOString() ?? null,
          version: 1,
          createdAt: created.toISOString(),
          updatedAt: updated.toISOString(),
        });
        // One millisecond apart, so the first (main) assignment sorts first: sign-in starts with it.
        assignments.forEach((a, k) => {
          const at = created.getTime() + k;
          w.add('userRoles', {
            id: ulidAt(at, rng),
            userId: id,
            roleId: roleIds.get(a.role)!,
            orgId: a.org.id,
            scope: a.scope,
            createdAt: new Date(at).toISOString(),
          });
        });
        w.add('passwordHistory', { id: ulidAt(created.getTime(), rng), userId: id, passwordHash, createdAt: created.toISOString() });
        await w.flushIfFull();
      }
    }
    await w.flush();
    const stats = w.result();
    log(`${stats.rowsByTable.users ?? 0} users in ${staffed.length} organisations`);
    return outcomeOf(stats);
  },
};
