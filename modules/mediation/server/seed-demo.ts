import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId, nowIso } from '@tianping/server/db/ids';
import { seedDemoAccounts, seedDemoRoles, type DemoAccount } from '@tianping/server/identity/demo-accounts';
import { demoPassword } from '@tianping/server/identity/seed-demo';

/**
 * Demo roles and accounts of people's mediation (first start of a non-production instance): a
 * committee mediator (调解员, a village committee in 河西, own scope), the street office's mediation
 * staff (司法所, its committees), the district supervisor (区司法局人民调解科, the district's subtree)
 * and the city's settings manager. The mediator account is also a mediator of its committee
 * (med_mediators.userId), so "today's cases" and todo items reach it. Idempotent (keyed by code /
 * username). Demo cases are seeded by the other parts of the module after this.
 */
export const mediationDemoRoles = [
  {
    code: 'medCommitteeMediator',
    name: '人民调解员',
    nameEn: 'Committee mediator',
    permissions: [
      'mediation.case.read',
      'mediation.case.intake',
      'mediation.case.handle',
      'mediation.committee.read',
      'attachments.file.read',
      'attachments.file.upload',
      'service.record.read',
      'pii.value.reveal',
    ],
  },
  {
    code: 'medStreetStaff',
    name: '司法所人民调解工作人员',
    nameEn: 'Street office mediation staff',
    permissions: [
      'mediation.case.read',
      'mediation.case.intake',
      'mediation.case.handle',
      'mediation.committee.read',
      'mediation.campaign.manage',
      'stats.metric.read',
      'attachments.file.read',
      'attachments.file.upload',
      'service.record.read',
      'pii.value.reveal',
    ],
  },
  {
    code: 'medDistrictSupervisor',
    name: '区司法局人民调解指导',
    nameEn: 'District mediation supervisor',
    permissions: [
      'mediation.case.read',
      'mediation.committee.read',
      'mediation.committee.manage',
      'mediation.mediator.manage',
      'mediation.campaign.manage',
      'stats.metric.read',
      'attachments.file.read',
      'service.record.read',
    ],
  },
  {
    code: 'medCityAdmin',
    name: '市司法局人民调解管理',
    nameEn: 'City mediation administrator',
    permissions: [
      'mediation.case.read',
      'mediation.committee.read',
      'mediation.committee.manage',
      'mediation.mediator.manage',
      'mediation.campaign.manage',
      'mediation.settings.manage',
      'stats.metric.read',
      'attachments.file.read',
      'service.record.read',
    ],
  },
] as const;

type Slot = 'committee' | 'office' | 'district' | 'city';

export const mediationDemoLogins: readonly DemoAccount<Slot>[] = [
  { username: 'hexi.mediator', displayName: '刘调解', role: 'medCommitteeMediator', org: 'committee', scope: 'own' },
  { username: 'hexi.street', displayName: '马所长', role: 'medStreetStaff', org: 'office', scope: 'subtree' },
  { username: 'hexi.mediation', displayName: '郑科长', role: 'medDistrictSupervisor', org: 'district', scope: 'subtree' },
  { username: 'city.mediation', displayName: '孙处长', role: 'medCityAdmin', org: 'city', scope: 'city' },
];

const demoDistrictCode = '120103';

/** The demo organisations: the first committee of 河西, the 司法所 above it, the district bureau, the city bureau. */
async function demoOrgs(trx: Trx): Promise<Record<Slot, string> | null> {
  const committee = await trx
    .selectFrom('organisations')
    .select(['id', 'parentId'])
    .where('type', '=', 'mediationCommittee')
    .where('active', '=', 1)
    .where('regionCode', 'like', `${demoDistrictCode}%`)
    .orderBy('path')
    .executeTakeFirst();
  const district = await trx
    .selectFrom('organisations')
    .select(['id', 'parentId'])
    .where('type', '=', 'districtBureau')
    .where('regionCode', '=', demoDistrictCode)
    .executeTakeFirst();
  if (!committee?.parentId || !district?.parentId) return null;
  return { committee: committee.id, office: committee.parentId, district: district.id, city: district.parentId };
}

export async function seedMediationRolesAndUsers(trx: Trx, kernel: Kernel): Promise<boolean> {
  const orgs = await demoOrgs(trx);
  if (!orgs) return false;
  const now = nowIso();
  await seedDemoRoles(trx, kernel, mediationDemoRoles, now);
  const created = await seedDemoAccounts(trx, mediationDemoLogins, orgs, demoPassword, now);
  for (const u of mediationDemoLogins.filter((l) => l.role === 'medCommitteeMediator')) {
    const userId = created.get(u.username);
    if (!userId) continue;
    await trx
      .insertInto('medMediators')
      .values({
        id: newId(),
        orgId: orgs[u.org],
        userId,
        name: u.displayName,
        gender: 'female',
        employment: 'fullTime',
        specialities: JSON.stringify(['neighbour', 'marriageFamily', 'property']),
        phone: null,
        status: 'active',
        appointedOn: '2024-01-01',
        dismissedOn: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
  }
  return true;
}

/** The module's demo seed: roles and accounts first; the other parts' demo data is appended here. */
export async function seedMediationDemo(kernel: Kernel): Promise<void> {
  const ok = await kernel.db.transaction().execute((trx) => seedMediationRolesAndUsers(trx, kernel));
  if (!ok) kernel.log.warn('no demo organisation tree: mediation demo accounts not created');
}
