import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { nowIso } from '@tianping/server/db/ids';
import { seedDemoAccounts, seedDemoRoles } from '@tianping/server/identity/demo-accounts';
import { demoPassword } from '@tianping/server/identity/seed-demo';
import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';

/**
 * Demo roles and accounts of legal aid (first start of a non-production instance): the centre's
 * reviewer (审查: intake, review, assignment), the centre head (决定 and settings: hardship standards,
 * providers, quality, subsidies), the lawyer of a demo law firm (`legalAid.case.work`: only the cases
 * assigned to them; the provider record binding the account is seeded by seed-demo-providers.ts), and
 * the district bureau's objection reviewer (第四十九条). Idempotent: keyed by role code and username.
 */
export const aidDemoRoles = [
  {
    code: 'aidReviewer',
    name: '法律援助中心审查人员',
    nameEn: 'Legal aid centre reviewer',
    permissions: [
      'legalAid.application.read',
      'legalAid.application.intake',
      'legalAid.application.review',
      'legalAid.assignment.manage',
      'legalAid.duty.manage',
      'pii.value.reveal',
      'attachments.file.read',
      'attachments.file.upload',
      'service.record.read',
    ],
  },
  {
    code: 'aidCentreHead',
    name: '法律援助中心负责人',
    nameEn: 'Head of the legal aid centre',
    permissions: [
      'legalAid.application.read',
      'legalAid.application.intake',
      'legalAid.application.review',
      'legalAid.assignment.manage',
      'legalAid.provider.manage',
      'legalAid.quality.manage',
      'legalAid.subsidy.manage',
      'legalAid.subsidy.approve',
      'legalAid.duty.manage',
      'legalAid.settings.manage',
      'pii.value.reveal',
      'stats.metric.read',
      'attachments.file.read',
      'attachments.file.upload',
      'service.record.read',
    ],
  },
  {
    code: 'aidLawyer',
    name: '法律援助承办律师',
    nameEn: 'Legal aid lawyer',
    permissions: ['legalAid.case.work', 'pii.value.reveal', 'attachments.file.read', 'attachments.file.upload'],
  },
  {
    code: 'aidObjectionReviewer',
    name: '司法局法律援助异议审查人员',
    nameEn: 'Bureau objection reviewer',
    permissions: ['legalAid.application.read', 'legalAid.objection.decide', 'attachments.file.read', 'service.record.read'],
  },
] as const;

export const aidDemoLogins = [
  { username: 'hexi.aid', displayName: '郑审查', role: 'aidReviewer', org: 'centre', scope: 'own' },
  { username: 'hexi.aidhead', displayName: '周主任', role: 'aidCentreHead', org: 'centre', scope: 'own' },
  { username: 'lawyer.wang', displayName: '王律师', role: 'aidLawyer', org: 'firm', scope: 'own' },
  { username: 'hexi.aidbureau', displayName: '吴科长', role: 'aidObjectionReviewer', org: 'bureau', scope: 'subtree' },
] as const;

const demoDistrict = '120103';

async function demoOrgs(trx: Trx, kernel: Kernel) {
  const codes = demoOrgCodes(kernel.config.cityCode);
  const byCode = async (code: string) =>
    (await trx.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirst())?.id;
  const centre = await byCode(codes.legalAidCentre(demoDistrict));
  const bureau = await byCode(codes.districtBureau(demoDistrict));
  const firm =
    (
      await trx
        .selectFrom('organisations')
        .select('id')
        .where('type', '=', 'lawFirm')
        .where('regionCode', 'like', `${demoDistrict}%`)
        .orderBy('code')
        .executeTakeFirst()
    )?.id ?? (await trx.selectFrom('organisations').select('id').where('type', '=', 'lawFirm').orderBy('code').executeTakeFirst())?.id;
  return centre && bureau && firm ? { centre, bureau, firm } : null;
}

export async function seedAidRolesAndUsers(kernel: Kernel): Promise<void> {
  await kernel.db.transaction().execute(async (trx) => {
    const orgs = await demoOrgs(trx, kernel);
    if (!orgs) {
      kernel.log.warn('no demo legal aid centre: legal aid demo accounts not created');
      return;
    }
    const now = nowIso();
    await seedDemoRoles(trx, kernel, aidDemoRoles, now);
    await seedDemoAccounts(trx, aidDemoLogins, orgs, demoPassword, now);
  });
}
