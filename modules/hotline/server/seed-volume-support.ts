import { dayInfo, officialHolidayCalendar, type LocalDate } from '@tianping/common/calendar/index';
import { maskMobile } from '@tianping/common/validation/phone';
import type { Kernel } from '@tianping/server/core/module';
import { WeightedPicker, type Rng } from '../../../bench/lib/prng';
import { randomPersonName } from '../../../bench/seed/chinese-names';

/**
 * Curves, category mix, texts and the caller pool of the hotline volume (seed-volume.ts). Figures:
 * Tianjin 2024 (/work/shared/design/DOMAIN.md) — > 470,000 calls, connection and satisfaction above
 * 99.4 %, 35,000 one-click transfers into the city hotline alliance (12345).
 */

/** Relative volume by weekday (Sunday = 0): Monday peaks, weekends run at under half. */
const weekdayWeight = [0.42, 1.3, 1.12, 1.06, 1.02, 0.96, 0.46];
/** Public holidays (春节, 国庆 …) are quieter than an ordinary weekend; 调休 make-up days run as a weekday. */
const holidayWeight = 0.34;
/** Slight seasonality: wage arrears before the Spring Festival, the post-holiday surge in February/March. */
const monthWeight = [1.12, 0.9, 1.1, 1.0, 0.98, 1.0, 1.02, 1.0, 0.98, 0.94, 0.98, 1.06];

/** Relative weight of each day of the year (Beijing dates), from the core holiday calendar. */
export function dayWeights(year: number): { date: LocalDate; weight: number; restDay: boolean }[] {
  const out: { date: LocalDate; weight: number; restDay: boolean }[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    const d = new Date(t);
    const date = d.toISOString().slice(0, 10) as LocalDate;
    const info = dayInfo(date, officialHolidayCalendar);
    const base = info.kind === 'holiday' ? holidayWeight : info.kind === 'makeUpWorkday' ? 1.0 : weekdayWeight[d.getUTCDay()]!;
    out.push({ date, weight: base * monthWeight[d.getUTCMonth()]!, restDay: !info.isWorkday });
  }
  return out;
}

/** Splits `total` over the weights exactly (largest remainders), deterministic. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}

/**
 * Calls by Beijing hour: the seats are staffed 08:00–20:00 with peaks 9–11 and 14–16; the city
 * 12348 platform keeps a thin night line (24 h), district centres only take calls in service hours.
 */
const hourWeights = [0.25, 0.15, 0.1, 0.1, 0.1, 0.15, 0.3, 0.9, 4, 9.5, 10, 8, 4.2, 6, 9.2, 9, 7, 5, 3, 2, 0.9, 0.7, 0.5, 0.35];
export const serviceHours = { from: 8, to: 20 } as const;
export const hourPicker = new WeightedPicker(hourWeights.map((w, h) => [h, w] as const));
export const dayHourPicker = new WeightedPicker(
  hourWeights.map((w, h) => [h, h >= serviceHours.from && h < serviceHours.to ? w : 0] as const),
);

/** A 12348 line's mix: 劳动争议 and 婚姻家庭 lead, then loans, contracts, housing (sub-categories where the tree has them). */
export const categoryPicker = new WeightedPicker<string>([
  ['labour.wages', 10],
  ['labour.dismissal', 5],
  ['labour.injury', 3.5],
  ['labour.socialInsurance', 2.5],
  ['labour', 3],
  ['family.divorce', 8],
  ['family.custody', 4],
  ['family.support', 2.5],
  ['family.domesticViolence', 0.8],
  ['family', 3.5],
  ['inheritance', 7],
  ['loan', 9],
  ['contract', 8],
  ['property', 8],
  ['traffic', 6],
  ['consumer', 5],
  ['criminal', 3],
  ['administrative', 3],
  ['company', 3],
  ['ip', 0.8],
  ['foreign', 0.4],
  ['other', 3],
]);

/** Question and answer templates per first-level category (the agent's own words, shortened). */
const texts: Record<string, [string, string][]> = {
  labour: [
    [
      '公司拖欠我三个月工资，老板一直推脱，我该怎么办？',
      '可先与用人单位协商，协商不成可向劳动保障监察机构投诉或申请劳动争议仲裁；保留考勤、工资条等证据，农民工可申请法律援助。',
    ],
    [
      '试用期被公司辞退，没有任何补偿，合法吗？',
      '试用期内用人单位解除合同须证明不符合录用条件并说明理由；违法解除的可要求赔偿金，建议申请劳动争议仲裁。',
    ],
    [
      '上班路上发生交通事故，算工伤吗？',
      '在上下班途中受到非本人主要责任的交通事故伤害的，应当认定为工伤，单位或本人可在规定期限内申请工伤认定。',
    ],
    [
      '单位一直没给我交社保，我能要求补缴吗？',
      '用人单位应依法缴纳社会保险费，可向社会保险费征收机构投诉要求补缴，也可以此为由解除劳动合同并主张经济补偿。',
    ],
  ],
  family: [
    [
      '我想离婚，对方不同意，孩子抚养权怎么判？',
      '协议不成的可向法院起诉离婚；抚养权按最有利于未成年子女的原则处理，已满八周岁的应尊重其真实意愿。',
    ],
    ['离婚后对方不付抚养费怎么办？', '可与对方协商，协商不成可向法院起诉要求支付抚养费，已有判决的可申请强制执行。'],
    [
      '子女不赡养老人，老人可以起诉吗？',
      '成年子女有赡养扶助父母的义务，不履行的，缺乏劳动能力或生活困难的父母有要求其给付赡养费的权利，可调解或起诉。',
    ],
    [
      '遭受家庭暴力，可以申请人身安全保护令吗？',
      '遭受家庭暴力或面临现实危险的，可以向人民法院申请人身安全保护令，也可向公安机关报案，保留就医记录等证据。',
    ],
  ],
  inheritance: [
    [
      '父亲去世没留遗嘱，房子怎么继承？',
      '无遗嘱的按法定继承办理，第一顺序继承人为配偶、子女、父母，同一顺序继承人一般均等分配，可协商或办理继承公证。',
    ],
  ],
  loan: [
    [
      '朋友借钱不还，只有微信聊天记录，能起诉吗？',
      '微信聊天记录、转账记录可以作为证据，注意保存原始载体；诉讼时效一般为三年，可先催告再起诉。',
    ],
  ],
  contract: [
    [
      '装修公司拖延工期还要加钱，怎么维权？',
      '按合同约定主张违约责任，可要求继续履行、赔偿损失；协商不成可申请调解、仲裁或起诉，保留合同与沟通记录。',
    ],
  ],
  property: [
    [
      '物业公司不维修漏水，我能拒交物业费吗？',
      '物业服务人未履行维修义务的可要求其履行并承担责任，但不宜以此为由直接拒交物业费，可向街道或住建部门投诉。',
    ],
  ],
  traffic: [
    [
      '被车撞了，对方保险公司只赔一部分怎么办？',
      '交强险限额内先行赔付，超出部分按责任比例由商业险和侵权人承担；可申请交通事故损害赔偿调解或起诉。',
    ],
  ],
  consumer: [
    [
      '网购商品有质量问题，商家拒绝退货怎么办？',
      '网购商品一般享有七日无理由退货，质量问题可要求退换或赔偿，可向平台、消费者协会或市场监管部门投诉。',
    ],
  ],
  criminal: [
    ['家人被刑事拘留了，可以请律师会见吗？', '犯罪嫌疑人自被第一次讯问或采取强制措施之日起有权委托辩护人，经济困难的可申请法律援助。'],
  ],
  administrative: [
    ['对行政处罚决定不服，应该怎么办？', '可自知道之日起六十日内申请行政复议，或依法提起行政诉讼；注意法定期限，可通过复议机关网上申请。'],
  ],
  company: [['小公司股东之间发生分歧，如何退出公司？', '可协商转让股权；符合法定情形的可请求公司按合理价格收购股权，必要时通过诉讼解决。']],
  ip: [['自己的摄影作品被网站盗用，怎么维权？', '著作权自作品创作完成之日起产生，可要求停止侵权、赔偿损失，先固定证据，再协商或起诉。']],
  foreign: [
    [
      '外籍配偶在中国办理离婚，需要什么材料？',
      '涉外离婚可在我国法院起诉，需提供身份、婚姻关系证明等材料，境外形成的证据一般需经公证认证。',
    ],
  ],
  other: [['邻居噪音扰民，多次沟通无果怎么办？', '可请物业、居委会或人民调解委员会调解，也可向公安机关反映，必要时以相邻关系纠纷起诉。']],
};

export function textsFor(category: string, rng: Rng): [string, string] {
  return rng.pick(texts[category] ?? texts.other!);
}

/** Queues of the switch: most calls on the general line, labour and foreign-language lines beside it. */
export const queuePicker = new WeightedPicker<string>([
  ['12348-general', 86],
  ['12348-labour', 12],
  ['12348-foreign', 2],
]);

/** A normal deviate (Box–Muller) for the log-normal waits and talk times. */
export function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** Wait before answer: most under 20 s (median ≈ 7 s), a long tail up to 4 minutes. */
export function answeredWait(rng: Rng): number {
  return Math.min(240, Math.max(1, Math.round(Math.exp(Math.log(7) + 0.75 * normal(rng)))));
}

/** Talk time: median ≈ 4.5 min, 30 s to an hour. */
export function talkTime(rng: Rng): number {
  return Math.min(3600, Math.max(30, Math.round(Math.exp(Math.log(270) + 0.6 * normal(rng)))));
}

export interface Caller {
  phone: string;
  mobile: boolean;
  masked: string;
  enc: string;
  index: string;
  name: string | null;
}

/**
 * A pool of callers (mobiles and Tianjin landlines): encryption is the costly part of a row, and
 * people call again — so phones repeat, as the caller history expects.
 */
export function callerPool(kernel: Kernel, rng: Rng, size: number): Caller[] {
  const pool: Caller[] = [];
  for (let i = 0; i < size; i++) {
    const mobile = rng.chance(0.88);
    const phone = mobile
      ? `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`
      : `022${String(rng.int(20_000_000, 89_999_999))}`;
    const person = randomPersonName(rng);
    pool.push({
      phone,
      mobile,
      masked: maskMobile(phone),
      enc: kernel.pii.encrypt(phone),
      index: kernel.pii.blindIndex('phone', phone),
      name: rng.chance(0.35) ? `${person.displayName.slice(0, 1)}${rng.chance(0.5) ? '先生' : '女士'}` : null,
    });
  }
  return pool;
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID dated `ms` (the app's id shape, time-ordered) — like bench/lib/ids.ts `ulidAt`, with 3 draws instead of 16 for 2.4 million rows. */
export function idAt(ms: number, rng: Rng): string {
  let time = '';
  let t = Math.floor(ms);
  for (let i = 0; i < 10; i++) {
    time = crockford[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  let rand = '';
  for (let k = 0; k < 3; k++) {
    let x = rng.nextUint32();
    for (let j = 0; j < 6 && rand.length < 16; j++, x >>>= 5) rand += crockford[x & 31]!;
  }
  return time + rand;
}

const two = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const three = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
let cachedDay = Number.NaN;
let dayPrefix = '';

/** `new Date(ms).toISOString()` for an integer `ms`, ≈ 10× cheaper (the day's prefix is cached): 5 million instants. */
export function isoAt(ms: number): string {
  const day = Math.floor(ms / 86_400_000);
  if (day !== cachedDay) {
    cachedDay = day;
    dayPrefix = new Date(day * 86_400_000).toISOString().slice(0, 11);
  }
  let r = ms - day * 86_400_000;
  const h = Math.floor(r / 3_600_000);
  r -= h * 3_600_000;
  const m = Math.floor(r / 60_000);
  r -= m * 60_000;
  const s = Math.floor(r / 1000);
  return `${dayPrefix}${two[h]}:${two[m]}:${two[s]}.${three[r - s * 1000]}Z`;
}
