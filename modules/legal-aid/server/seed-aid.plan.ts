import type { MatterKind } from '../contract/enums';
import type { NoticeSenderKind } from '../contract/enums';

/**
 * Shared pieces of the legal aid demo and volume seeds: a seeded generator (every installation gets
 * the same data), names, ID numbers and the matter mix. Tuned to Tianjin's published order of
 * magnitude (2024: 6,395 aided cases, about half of them criminal notices) — an illustration, not
 * official figures.
 */
export type Rng = () => number;

/** Mulberry32. */
export function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
export const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

export function weighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rng() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    if (r < w) return k;
    r -= w;
  }
  return entries[entries.length - 1]![0];
}

const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎';
const givenChars = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉建国红梅海燕鹏飞雪琳宇浩';

export function personName(rng: Rng): string {
  const given = pick(rng, [...givenChars]) + (rng() < 0.7 ? pick(rng, [...givenChars]) : '');
  return pick(rng, [...surnames]) + given;
}

/** A syntactically valid 18-digit resident ID number (GB 11643 check digit) born 1950–2006. */
export function idNumber(rng: Rng, regionCode: string): string {
  const birth = `${between(rng, 1950, 2006)}${String(between(rng, 1, 12)).padStart(2, '0')}${String(between(rng, 1, 28)).padStart(2, '0')}`;
  const body = `${regionCode.slice(0, 6)}${birth}${String(between(rng, 0, 999)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

export const phone = (rng: Rng) => `1${pick(rng, ['3', '5', '7', '8'])}${String(between(rng, 0, 999_999_999)).padStart(9, '0')}`;

/** Application matters with their weights (wage claims of migrant workers the largest civil item). */
export const applicationMatterWeights: Partial<Record<MatterKind, number>> = {
  wages: 30,
  personalInjury: 12,
  maintenance: 9,
  socialInsurance: 6,
  pension: 2,
  legalCapacity: 2,
  stateCompensation: 1,
  criminalVictim: 8,
  privateProsecutor: 2,
  incidentalCivilPlaintiff: 3,
  criminalDefence: 6,
  appealRetrial: 3,
  otherByRegulation: 2,
};

export const noticeMatterWeights: Partial<Record<MatterKind, number>> = {
  noticeOrdinaryProcedure: 46,
  noticeMinor: 16,
  noticeLifeOrDeath: 4,
  noticeDisabled: 6,
  noticeOtherByLaw: 10,
  noticeAbsentia: 1,
  noticeDeathReview: 1,
  noticeCompulsoryTreatment: 2,
  noticeIncapacitated: 1,
};

export const senderWeights: Record<NoticeSenderKind, number> = { court: 62, procuratorate: 30, police: 8 };

/** The procedure stage a notice arrives in, by sender. */
export const noticeStageOf = (sender: NoticeSenderKind, matter: string): string =>
  matter === 'noticeDeathReview'
    ? 'deathReview'
    : matter === 'noticeCompulsoryTreatment'
      ? 'compulsoryTreatment'
      : sender === 'court'
        ? 'trial'
        : sender === 'procuratorate'
          ? 'prosecutionReview'
          : 'investigation';

export const matterSummaries: Partial<Record<MatterKind, string>> = {
  wages: '在建筑工地务工，工程完工后包工头拖欠工资，多次讨要未果，请求支付劳动报酬',
  personalInjury: '交通事故受伤住院，肇事方拒绝赔偿医疗费、误工费，请求人身损害赔偿',
  maintenance: '离婚后对方长期不支付子女抚养费，请求给付抚养费',
  socialInsurance: '用人单位未依法缴纳社会保险，工伤后无法享受待遇，请求社会保险待遇',
  pension: '请求发给抚恤金',
  legalCapacity: '申请认定其父亲为无民事行为能力人',
  stateCompensation: '被错误羁押后申请国家赔偿',
  criminalVictim: '被他人殴打致轻伤二级，案件已移送审查起诉，被害人需要代理人',
  privateProsecutor: '被他人侮辱诽谤，拟提起刑事自诉',
  incidentalCivilPlaintiff: '被害人近亲属提起附带民事诉讼',
  criminalDefence: '犯罪嫌疑人因经济困难没有委托辩护人，本人申请法律援助',
  appealRetrial: '不服生效判决申请再审，已被人民法院决定再审',
  otherByRegulation: '其他法律、法规规定的事项',
};

export const courtNames = ['人民法院', '人民检察院', '公安分局'] as const;

/** The short name of a district (天津市河西区 → 河西). */
export const districtShort = (name: string) =>
  name
    .replace(/^天津市/, '')
    .replace(/法律援助中心$/, '')
    .replace(/(新区|区|县)$/, '');
