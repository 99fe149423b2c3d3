import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId, nowIso } from '@tianping/server/db/ids';
import { seedDemoAccounts, seedDemoRoles } from '@tianping/server/identity/demo-accounts';
import { demoPassword } from '@tianping/server/identity/seed-demo';
import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import { insertOrgsIgnoringExisting, orgIdsByCode } from '@tianping/server/org/org.repository';
import { seedDemoCases, type DemoBody } from './seed-demo-cases';
import { agencyCode, agencyKindList, agencyName, type AgencyKind } from './seed-demo.plan';

/**
 * Demo data of administrative reconsideration (first start of a non-production instance):
 * the enforcement agencies of every district and of the city, three demo accounts with roles of
 * their own (复议机构负责人, 复议机关负责人, a respondent agency's staff), then some 300 cases of the
 * last 45 days in every state with real workflow timers, and some 40 lawsuits (seed-demo-cases.ts).
 * Idempotent: organisations, roles and users are keyed by code / username; cases are skipped
 * when any exists.
 */

/** Roles of the demo accounts (not built-in: the security administrator may edit or delete them). */
export const reconDemoRoles = [
  {
    code: 'reconOfficeHead',
    name: '复议机构负责人',
    nameEn: 'Head of the reconsideration office',
    permissions: [
      'reconsideration.case.read',
      'reconsideration.case.accept',
      'reconsideration.case.handle',
      'reconsideration.decision.draft',
      'reconsideration.decision.review',
      'reconsideration.litigation.read',
      'reconsideration.litigation.manage',
      'stats.metric.read',
      'attachments.file.read',
      'attachments.file.upload',
      'service.record.read',
    ],
  },
  {
    code: 'reconAuthorityHead',
    name: '复议机关负责人',
    nameEn: 'Head of the reconsideration authority',
    permissions: [
      'reconsideration.case.read',
      'reconsideration.decision.approve',
      'reconsideration.litigation.read',
      'stats.metric.read',
      'attachments.file.read',
      'service.record.read',
    ],
  },
  {
    code: 'reconRespondentStaff',
    name: '被申请人经办人员',
    nameEn: 'Respondent agency staff',
    // 第四十八条: the agency replies and files its evidence.
    permissions: ['reconsideration.reply.submit', 'reconsideration.litigation.read', 'attachments.file.read', 'attachments.file.upload'],
  },
] as const;

/** The demo accounts of this module, printed in the start banner with the core's. */
export const reconDemoLogins = [
  { username: 'hexi.head', displayName: '冯复议', role: 'reconOfficeHead', org: 'district', scope: 'subtree' },
  { username: 'hexi.approver', displayName: '韩区长', role: 'reconAuthorityHead', org: 'district', scope: 'subtree' },
  { username: 'hexi.agency', displayName: '陈执法', role: 'reconRespondentStaff', org: 'agency', scope: 'own' },
] as const;

const demoDistrictCode = '120103';

/** Enforcement agencies (行政执法部门) under every district bureau and, city-level, under the city bureau. */
export async function seedAgencies(trx: Trx, kernel: Kernel): Promise<DemoBody[]> {
  const codes = demoOrgCodes(kernel.config.cityCode);
  const city = await trx
    .selectFrom('organisations')
    .select(['id', 'path', 'depth', 'regionCode'])
    .where('code', '=', codes.cityBureau)
    .executeTakeFirst();
  if (!city) return [];
  const districts = await trx
    .selectFrom('organisations')
    .leftJoin('regions', 'regions.code', 'organisations.regionCode')
    .select(['organisations.id', 'organisations.path', 'organisations.depth', 'organisations.regionCode', 'regions.name as regionName'])
    .where('organisations.type', '=', 'districtBureau')
    .where('organisations.parentId', '=', city.id)
    .orderBy('organisations.regionCode')
    .execute();
  const office = await trx.selectFrom('organisations').select('id').where('code', '=', codes.reconsiderationOffice).executeTakeFirst();
  const now = nowIso();
  const rows = [];
  const parents = [
    { parent: city, regionCode: city.regionCode, key: 'city' as const, districtName: null as string | null },
    ...districts.map((d) => ({ parent: d, regionCode: d.regionCode, key: d.regionCode, districtName: d.regionName ?? d.regionCode })),
  ];
  for (const p of parents) {
    for (const kind of agencyKindList) {
      const id = newId();
      rows.push({
        id,
        code: agencyCode(kind, p.key),
        name: agencyName(kind, p.districtName),
        shortName: null,
        type: 'enforcementAgency',
        regionCode: p.regionCode,
        parentId: p.parent.id,
        path: `${p.parent.path}${id}/`,
        depth: p.parent.depth + 1,
        active: 1 as const,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  await insertOrgsIgnoringExisting(trx, rows);
  const placed = await orgIdsByCode(
    trx,
    rows.map((r) => r.code),
  );
  const agenciesOf = (key: string, districtName: string | null) =>
    agencyKindList.map((kind: AgencyKind) => ({ kind, id: placed.get(agencyCode(kind, key))!.id, name: agencyName(kind, districtName) }));
  return [
    { orgId: office?.id ?? city.id, regionCode: city.regionCode, districtName: null, agencies: agenciesOf('city', null), city: true },
    ...districts.map((d) => ({
      orgId: d.id,
      regionCode: d.regionCode,
      districtName: d.regionName ?? d.regionCode,
      agencies: agenciesOf(d.regionCode, d.regionName ?? d.regionCode),
      city: false,
    })),
  ];
}

async function seedRolesAndUsers(trx: Trx, kernel: Kernel, bodies: DemoBody[]): Promise<void> {
  const hexi = bodies.find((b) => b.regionCode === demoDistrictCode) ?? bodies.find((b) => !b.city);
  if (!hexi) return;
  const now = nowIso();
  await seedDemoRoles(trx, kernel, reconDemoRoles, now);
  const orgOf = { district: hexi.orgId, agency: hexi.agencies.find((a) => a.kind === 'market')!.id };
  await seedDemoAccounts(trx, reconDemoLogins, orgOf, demoPassword, now);
}

export async function seedReconsiderationDemo(kernel: Kernel): Promise<void> {
  const started = Date.now();
  const bodies = await kernel.db.transaction().execute(async (trx) => {
    const found = await seedAgencies(trx, kernel);
    await seedRolesAndUsers(trx, kernel, found);
    return found;
  });
  if (bodies.length === 0) {
    kernel.log.warn('no demo organisation tree: reconsideration demo data not created');
    return;
  }
  const setupMs = Date.now() - started;
  const counts = await seedDemoCases(kernel, bodies);
  kernel.log.info({ ...counts, setupMs, ms: Date.now() - started }, 'reconsideration demo data seeded');
}
