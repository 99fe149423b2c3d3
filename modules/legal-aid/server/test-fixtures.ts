import { idNumberCheckChar } from '@tianping/common/validation/id-number';
import { createOrg } from '../../../server/test/factories';
import type { TestApp } from '../../../server/test/build-test-app';

/**
 * The organisations of a legal aid test: the city bureau, the 河西 and 南开 district bureaus each with its
 * legal aid centre (第四十九条: the bureau that set up the centre decides objections), and two courts.
 */
export async function aidOrgs(t: TestApp) {
  const city = await createOrg(t, { type: 'cityBureau', name: '天津市司法局', regionCode: '120000' });
  const hexiBureau = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市河西区司法局', regionCode: '120103' });
  const hexi = await createOrg(t, {
    parentId: hexiBureau.id,
    type: 'legalAidCentre',
    name: '天津市河西区法律援助中心',
    regionCode: '120103',
  });
  const nankaiBureau = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市南开区司法局', regionCode: '120104' });
  const nankai = await createOrg(t, {
    parentId: nankaiBureau.id,
    type: 'legalAidCentre',
    name: '天津市南开区法律援助中心',
    regionCode: '120104',
  });
  const hexiCourt = await createOrg(t, { type: 'enforcementAgency', name: '天津市河西区人民法院', regionCode: '120103' });
  const nankaiCourt = await createOrg(t, { type: 'enforcementAgency', name: '天津市南开区人民法院', regionCode: '120104' });
  return { city, hexiBureau, hexi, nankaiBureau, nankai, hexiCourt, nankaiCourt };
}

export function testIdNumber(birth = '19850307', seq = '123', region = '120103'): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idNumberCheckChar(first17);
}

/** The wizard's answers for an unpaid-wages application (第三十一条第（五）项); override what a test varies. */
export function wagesApplication(orgId: string, overrides: Record<string, unknown> = {}) {
  return {
    orgId,
    matterKind: 'wages',
    exemption: 'none',
    householdSize: 3,
    monthlyIncomeYuan: 2_400,
    hasCounsel: false,
    onBehalf: false,
    matterSummary: '在河西区某工地务工，工程完工后包工头拖欠工资两万元。',
    applicant: { name: '王建国', idNumber: testIdNumber(), phone: '13912345678', address: '天津市河西区友谊路1号' },
    opponents: [{ name: '天津市某建筑劳务有限公司' }],
    litigation: false,
    eventRegionCode: '120103',
    hardshipCheck: 'pledge',
    pledgeSigned: true,
    ...overrides,
  };
}

/** An example city-wide hardship standard for tests (1,200 yuan per person per month from 2024). */
export async function insertStandard(t: TestApp, amount = 1_200, from = '2024-01-01', to: string | null = null, regionCode = '120000') {
  await t.kernel.db
    .insertInto('aidHardshipStandards')
    .values({
      id: `STD${amount}${from.replace(/-/g, '')}`.padEnd(26, '0').slice(0, 26),
      regionCode,
      monthlyPerCapitaYuan: amount,
      effectiveFrom: from,
      effectiveTo: to,
      source: '测试标准',
      example: 0,
      createdBy: null,
      createdAt: new Date().toISOString(),
    })
    .execute();
}
