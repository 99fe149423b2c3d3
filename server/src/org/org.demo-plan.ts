import { regionLevels, type OrgType } from '@tianping/common/contract/org';
import type { RegionRow } from './region.source';

/** One demo organisation; `parentCode` is the business code of its parent organisation. */
export interface DemoOrg {
  code: string;
  name: string;
  type: OrgType;
  regionCode: string;
  parentCode: string | null;
}

const tianjin = '120000';
/** Every how-manyth village or community of the city gets a demo mediation committee. */
const mediationSampleEvery = 10;
/** How many districts get a demo notary office (in code order). */
const notaryDistricts = 6;
const lawFirmNames = ['平正', '明理', '衡信', '安和', '恒昌', '海河', '问津'];

/** Business codes of the demo organisations (identity's demo users look them up). */
export function demoOrgCodes(cityCode: string) {
  const bureau = cityCode === tianjin ? 'TJSFJ' : `SFJ${cityCode}`;
  return {
    cityBureau: bureau,
    reconsiderationOffice: `${bureau}-XZFY`,
    arbitrationCommission: `ZC-${cityCode}`,
    districtBureau: (districtCode: string) => `${bureau}-${districtCode}`,
    legalAidCentre: (districtCode: string) => `${bureau}-${districtCode}-FY`,
    legalServiceCentre: (districtCode: string) => `${bureau}-${districtCode}-GF`,
    justiceOffice: (streetCode: string) => `${bureau}-${streetCode}`,
    notaryOffice: (districtCode: string) => `GZ-${districtCode}`,
    lawFirm: (n: number) => `LS-${cityCode}-${n + 1}`,
    mediationCommittee: (villageCode: string) => `TWH-${villageCode}`,
  };
}

/** 花园路社区居委会 → 花园路社区, 大王庄村委会 → 大王庄村 (the committee is named after the community). */
export function committeeBaseName(villageName: string): string {
  return villageName.replace(/(居民委员会|居委会)$/, '').replace(/村(民委员会|委会)$/, '村');
}

/** 和平区 → 和平, 滨海新区 → 滨海 (as in 天津市和平公证处). */
function districtShortName(name: string): string {
  const short = name.replace(/(新区|区|县)$/, '');
  return short.length >= 2 ? short : name;
}

/**
 * The demo organisation tree of a city, in layers (each layer's parents are in the layers
 * before it): the city bureau; district bureaus, the reconsideration office and the
 * arbitration commission; per district a legal-aid and a public-legal-service centre, one
 * 司法所 per street or town, notary offices and law firms; mediation committees for a
 * deterministic sample of villages and communities under their street's 司法所.
 */
export function planDemoOrgs(cityCode: string, regions: readonly RegionRow[]): DemoOrg[][] {
  const codes = demoOrgCodes(cityCode);
  const city = regions.find((r) => r.code === cityCode);
  if (!city) throw new Error(`Regions of city ${cityCode} are not loaded`);
  const cityShort = city.name.replace(/市$/, '');
  const districts = regions.filter((r) => r.level === regionLevels.district);
  const streets = regions.filter((r) => r.level === regionLevels.street);
  const villages = regions.filter((r) => r.level === regionLevels.village);
  const districtCodes = new Set(districts.map((d) => d.code));
  // A street directly under a city without districts hangs under the city bureau.
  const bureauOf = (districtCode: string | null) =>
    districtCode && districtCodes.has(districtCode) ? codes.districtBureau(districtCode) : codes.cityBureau;

  const top: DemoOrg[] = [
    { code: codes.cityBureau, name: `${city.name}司法局`, type: 'cityBureau', regionCode: cityCode, parentCode: null },
  ];
  const second: DemoOrg[] = [
    ...districts.map((d) => ({
      code: codes.districtBureau(d.code),
      name: `${city.name}${d.name}司法局`,
      type: 'districtBureau' as const,
      regionCode: d.code,
      parentCode: codes.cityBureau,
    })),
    {
      code: codes.reconsiderationOffice,
      name: `${city.name}人民政府行政复议办公室`,
      type: 'reconsiderationOffice',
      regionCode: cityCode,
      parentCode: codes.cityBureau,
    },
    {
      code: codes.arbitrationCommission,
      name: `${cityShort}仲裁委员会`,
      type: 'arbitrationCommission',
      regionCode: cityCode,
      parentCode: codes.cityBureau,
    },
  ];
  const third: DemoOrg[] = [
    ...districts.flatMap((d) => [
      {
        code: codes.legalAidCentre(d.code),
        name: `${city.name}${d.name}法律援助中心`,
        type: 'legalAidCentre' as const,
        regionCode: d.code,
        parentCode: codes.districtBureau(d.code),
      },
      {
        code: codes.legalServiceCentre(d.code),
        name: `${city.name}${d.name}公共法律服务中心`,
        type: 'legalServiceCentre' as const,
        regionCode: d.code,
        parentCode: codes.districtBureau(d.code),
      },
    ]),
    ...streets.map((s) => ({
      code: codes.justiceOffice(s.code),
      name: `${s.name}司法所`,
      type: 'justiceOffice' as const,
      regionCode: s.code,
      parentCode: bureauOf(s.parentCode),
    })),
    ...districts.slice(0, notaryDistricts).map((d) => ({
      code: codes.notaryOffice(d.code),
      name: `${city.name}${districtShortName(d.name)}公证处`,
      type: 'notaryOffice' as const,
      regionCode: d.code,
      parentCode: codes.districtBureau(d.code),
    })),
    ...(districts.length
      ? lawFirmNames.map((name, i) => {
          const d = districts[i % districts.length]!;
          return {
            code: codes.lawFirm(i),
            name: `${cityShort}${name}律师事务所`,
            type: 'lawFirm' as const,
            regionCode: d.code,
            parentCode: codes.districtBureau(d.code),
          };
        })
      : []),
  ];
  const fourth: DemoOrg[] = villages
    .filter((_, i) => i % mediationSampleEvery === 0)
    .map((v) => ({
      code: codes.mediationCommittee(v.code),
      name: `${committeeBaseName(v.name)}人民调解委员会`,
      type: 'mediationCommittee' as const,
      regionCode: v.code,
      parentCode: v.parentCode ? codes.justiceOffice(v.parentCode) : codes.cityBureau,
    }));
  return [top, second, third, fourth];
}
