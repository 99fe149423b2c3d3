import { addDays, diffDays, parseLocalDate, type LocalDate } from '@tianping/common/calendar/index';
import type { ActKind } from '../contract/enums';

/**
 * Pure planning of the reconsideration demo and volume data (no database): the enforcement
 * agencies of every district, fictional applicants, acts and the course of each case. Seeded
 * random numbers make every run produce the same plan for the same day.
 */

export type Rng = () => number;

/** mulberry32: small, fast, deterministic. */
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

/** Picks a key by weight. */
export function weighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rng() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    r -= w;
    if (r < 0) return k;
  }
  return entries[entries.length - 1]![0];
}

/** The kinds of enforcement agency each district (and the city) has, with the acts they make. */
export const agencyKinds = {
  market: {
    district: '区市场监督管理局',
    city: '天津市市场监督管理委员会',
    abbr: '市监',
    acts: ['penalty', 'coercion', 'informationDisclosure'],
  },
  police: { district: '公安分局', city: '天津市公安局', abbr: '公', acts: ['penalty', 'coercion', 'nonPerformance'] },
  labour: {
    district: '区人力资源和社会保障局',
    city: '天津市人力资源和社会保障局',
    abbr: '人社',
    acts: ['workInjury', 'confirmation', 'nonPerformance'],
  },
  planning: {
    district: '区规划和自然资源局',
    city: '天津市规划和自然资源局',
    abbr: '规资',
    acts: ['licensing', 'naturalResources', 'expropriation', 'informationDisclosure'],
  },
  urban: { district: '区城市管理委员会', city: '天津市城市管理委员会', abbr: '城管', acts: ['penalty', 'coercion'] },
  housing: {
    district: '区住房和建设委员会',
    city: '天津市住房和城乡建设委员会',
    abbr: '住建',
    acts: ['licensing', 'agreement', 'expropriation', 'other'],
  },
} as const satisfies Record<string, { district: string; city: string; abbr: string; acts: readonly ActKind[] }>;
export type AgencyKind = keyof typeof agencyKinds;
export const agencyKindList = Object.keys(agencyKinds) as AgencyKind[];

/** 和平区 → 和平, 滨海新区 → 滨海. */
export const districtShort = (name: string) => name.replace(/^天津市/, '').replace(/(新区|区|县)$/, '');

/** The agency's name: 天津市河西区市场监督管理局, 天津市公安局河西分局, or the city agency. */
export function agencyName(kind: AgencyKind, districtName: string | null): string {
  const k = agencyKinds[kind];
  if (!districtName) return k.city;
  const d = districtName.replace(/^天津市/, '');
  if (kind === 'police') return `天津市公安局${districtShort(d)}分局`;
  return `天津市${d}${k.district.replace(/^区/, '')}`;
}

/** Business code of a demo agency (one per kind and district; `city` for the city agencies). */
export const agencyCode = (kind: AgencyKind, regionCode: string | 'city') => `AG-${regionCode}-${kind}`;

// Fictional applicants -----------------------------------------------------------------------

const surnames =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹金陆郝孔白崔康毛邱秦江史顾侯邵孟';
const givenChars = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文春梅海波宁辉鹏浩宇晨欣怡子轩雨婷佳琪俊凯';
const firmWords = ['津海', '恒泰', '华信', '瑞丰', '鑫源', '宏达', '安康', '海河', '博远', '金盛', '润德', '中和'];
const firmKinds = [
  '商贸有限公司',
  '餐饮管理有限公司',
  '建筑工程有限公司',
  '物业服务有限公司',
  '科技有限公司',
  '食品有限公司',
  '物流有限公司',
];
const streets = [
  '友谊路',
  '围堤道',
  '南京路',
  '卫津路',
  '黑牛城道',
  '复康路',
  '红旗路',
  '中山路',
  '津塘路',
  '解放南路',
  '大沽南路',
  '紫金山路',
];

export function personName(rng: Rng): string {
  const given = between(rng, 1, 2);
  let name = surnames[Math.floor(rng() * surnames.length)]!;
  for (let i = 0; i < given; i++) name += givenChars[Math.floor(rng() * givenChars.length)]!;
  return name;
}

export const firmName = (rng: Rng) => `天津${pick(rng, firmWords)}${pick(rng, firmKinds)}`;

/** A well-formed but fictional resident ID number (GB 11643 check digit). */
export function idNumber(rng: Rng, regionCode: string): string {
  const year = between(rng, 1955, 2002);
  const month = String(between(rng, 1, 12)).padStart(2, '0');
  const day = String(between(rng, 1, 28)).padStart(2, '0');
  const body = `${regionCode.slice(0, 6)}${year}${month}${day}${String(between(rng, 0, 999)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, ch, i) => s + Number(ch) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

/** A fictional unified social credit code (18 characters). */
export const creditCode = (rng: Rng, regionCode: string) =>
  `91${regionCode.slice(0, 6)}MA${Array.from({ length: 7 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[between(rng, 0, 30)]).join('')}${between(rng, 0, 9)}`;

export const phone = (rng: Rng) =>
  `1${pick(rng, ['39', '38', '58', '86', '33', '77'])}${String(between(rng, 0, 99_999_999)).padStart(8, '0')}`;
export const address = (rng: Rng, districtName: string) =>
  `天津市${districtName.replace(/^天津市/, '')}${pick(rng, streets)}${between(rng, 1, 300)}号${between(rng, 1, 30)}-${between(rng, 101, 2602)}`;

/** What the applicant asks, and why, by kind of act. */
export const requestTexts: Readonly<Record<ActKind, readonly [string, string]>> = {
  penalty: ['请求撤销被申请人作出的行政处罚决定', '被申请人认定事实不清、证据不足，处罚明显过重，且未告知陈述申辩权利'],
  coercion: ['请求确认被申请人采取的查封扣押措施违法', '被申请人实施行政强制措施未依法制作现场笔录，超出法定期限'],
  licensing: ['请求撤销被申请人不予行政许可的决定', '申请材料齐全、符合法定形式，被申请人不予许可缺乏法律依据'],
  confirmation: ['请求撤销被申请人作出的确认决定', '被申请人确认所依据的事实与实际情况不符'],
  informationDisclosure: ['请求责令被申请人依法公开所申请的政府信息', '被申请人逾期未答复，或以不存在为由拒绝公开，理由不能成立'],
  nonPerformance: ['请求责令被申请人履行法定职责', '申请人多次书面申请，被申请人未在法定期限内履行查处职责'],
  expropriation: ['请求撤销被申请人作出的征收补偿决定', '补偿标准明显偏低，评估程序违法'],
  agreement: ['请求责令被申请人依约履行行政协议', '被申请人未按协议约定支付补偿款'],
  workInjury: ['请求撤销被申请人作出的不予认定工伤决定', '申请人系在工作时间和工作场所内因工作原因受到伤害'],
  naturalResources: ['请求撤销被申请人作出的确权决定', '争议土地长期由申请人使用，确权决定认定事实错误'],
  other: ['请求撤销被申请人作出的行政行为', '被申请人作出行政行为程序违法'],
};

// The course of a demo case ----------------------------------------------------------------

export type DemoTarget =
  | 'received'
  | 'correcting'
  | 'rejected'
  | 'transferred'
  | 'accepted'
  | 'suspended'
  | 'deciding'
  | 'decided'
  | 'mediated'
  | 'withdrawn'
  | 'dismissed';

export interface DemoCasePlan {
  receivedOn: LocalDate;
  target: DemoTarget;
  procedure: 'ordinary' | 'simplified';
  correction?: { noticeOn: LocalDate; correctedOn: LocalDate | null };
  acceptedOn?: LocalDate;
  copyOn?: LocalDate;
  replyOn?: LocalDate;
  suspendedOn?: LocalDate;
  submittedOn?: LocalDate;
  closedOn?: LocalDate;
  decisionType?: string;
}

export const demoDecisionWeights = {
  uphold: 52,
  dismissRequest: 16,
  revoke: 8,
  revokeAndRedo: 7,
  confirmIllegal: 7,
  alter: 3,
  orderPerformance: 4,
  revokePartly: 2,
  confirmInvalid: 1,
} as const;

const min = (a: LocalDate, b: LocalDate) => (a < b ? a : b);

/**
 * The course of one case received `age` days before `today`: younger cases are still under review
 * or correction, older ones handled, suspended, awaiting approval or closed. Every date ≤ today.
 */
export function planCourse(rng: Rng, today: LocalDate, age: number, forced?: Partial<DemoCasePlan>): DemoCasePlan {
  const r = addDays(today, -age);
  const at = (d: LocalDate, n: number) => min(addDays(d, n), today);
  const target: DemoTarget =
    forced?.target ??
    (age <= 4
      ? weighted(rng, { received: 60, correcting: 15, rejected: 10, accepted: 15 })
      : age <= 12
        ? weighted(rng, { correcting: 10, accepted: 70, rejected: 8, transferred: 2, withdrawn: 5, suspended: 5 })
        : weighted(rng, { accepted: 38, suspended: 6, deciding: 9, decided: 30, mediated: 8, withdrawn: 5, dismissed: 1, rejected: 3 }));
  const procedure = forced?.procedure ?? (rng() < 0.3 ? 'simplified' : 'ordinary');
  const plan: DemoCasePlan = { receivedOn: r, target, procedure, ...forced };
  if (target === 'received') return plan;
  if (target === 'correcting') return { ...plan, correction: { noticeOn: at(r, between(rng, 1, 3)), correctedOn: null } };
  if (target === 'rejected' || target === 'transferred') return { ...plan, closedOn: at(r, between(rng, 2, 4)) };
  const hadCorrection = age > 12 && rng() < 0.12;
  const correction = hadCorrection ? { noticeOn: at(r, 1), correctedOn: at(r, between(rng, 3, 6)) } : undefined;
  const acceptedOn = forced?.acceptedOn ?? at(correction?.correctedOn ?? r, between(rng, 1, 4));
  const days = diffDays(parseLocalDate(acceptedOn), parseLocalDate(today));
  const copyOn = days >= 2 ? at(acceptedOn, between(rng, 1, 3)) : undefined;
  const replyOn =
    copyOn && diffDays(parseLocalDate(copyOn), parseLocalDate(today)) >= 8 && rng() < 0.85 ? at(copyOn, between(rng, 3, 9)) : undefined;
  const base = {
    ...plan,
    ...(correction ? { correction } : {}),
    acceptedOn,
    ...(copyOn ? { copyOn } : {}),
    ...(replyOn ? { replyOn } : {}),
  };
  const lateDay = (lo: number) => at(acceptedOn, between(rng, Math.min(lo, days), Math.max(Math.min(lo, days), days)));
  switch (target) {
    case 'accepted':
      return base;
    case 'suspended':
      return { ...base, suspendedOn: lateDay(5) };
    case 'deciding':
      return { ...base, submittedOn: lateDay(10) };
    case 'decided': {
      const closedOn = lateDay(12);
      return {
        ...base,
        submittedOn: at(addDays(closedOn, -3) < acceptedOn ? acceptedOn : addDays(closedOn, -3), 0),
        closedOn,
        decisionType: weighted(rng, demoDecisionWeights),
      };
    }
    default:
      return { ...base, closedOn: lateDay(8) };
  }
}
