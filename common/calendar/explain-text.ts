import { chineseWeekday, englishWeekday, formatChineseDate, formatEnglishDate } from './chinese-date-format';
import type { Lang, LocalizedText } from './legal-basis';
import type { LocalDate } from './local-date';
import type { LocalDateTime } from './local-date-time';
import type { ExcludedKind, NamedDay, PeriodUnit } from './period-types';

export const excludedKindNames: Readonly<Record<ExcludedKind, LocalizedText>> = {
  correction: { zh: '补正', en: 'Correction' },
  suspension: { zh: '中止', en: 'Suspension' },
  appraisal: { zh: '鉴定', en: 'Appraisal' },
  hearing: { zh: '听证', en: 'Hearing' },
  forceMajeure: { zh: '不可抗力', en: 'Force majeure' },
  inspection: { zh: '检验、检测、检疫或现场勘验', en: 'Inspection or on-site examination' },
  supplementaryMaterials: { zh: '补充证明材料', en: 'Supplementary evidence' },
  verification: { zh: '核实有关情况', en: 'Verification' },
  expertReview: { zh: '专家评审', en: 'Expert review' },
  other: { zh: '其他不计入期限的时间', en: 'Other excluded time' },
};

/** 2025年10月10日（星期五） / Friday 10 October 2025. */
export function formatDay(date: LocalDate, lang: Lang): string {
  return lang === 'zh' ? `${formatChineseDate(date)}（${chineseWeekday(date)}）` : `${englishWeekday(date)} ${formatEnglishDate(date)}`;
}

/** A date, or a date and time (`YYYY-MM-DDTHH:mm`). */
export function formatMoment(value: LocalDate | LocalDateTime, lang: Lang): string {
  if (value.length === 10) return formatDay(value as LocalDate, lang);
  const date = value.slice(0, 10) as LocalDate;
  const time = value.slice(11, 16);
  return lang === 'zh' ? `${formatChineseDate(date)}${time}` : `${formatEnglishDate(date)} ${time}`;
}

export function formatRange(from: LocalDate, to: LocalDate, lang: Lang): string {
  if (from === to) return formatDay(from, lang);
  return lang === 'zh' ? `${formatDay(from, 'zh')}至${formatDay(to, 'zh')}` : `${formatDay(from, 'en')} to ${formatDay(to, 'en')}`;
}

const UNIT_ZH: Readonly<Record<PeriodUnit, string>> = { day: '日', workday: '个工作日', month: '个月', year: '年', hour: '小时' };
const UNIT_EN: Readonly<Record<PeriodUnit, [string, string]>> = {
  day: ['day', 'days'],
  workday: ['working day', 'working days'],
  month: ['month', 'months'],
  year: ['year', 'years'],
  hour: ['hour', 'hours'],
};

/** 5个工作日 / 5 working days. */
export function formatAmount(amount: number, unit: PeriodUnit, lang: Lang): string {
  if (lang === 'zh') return `${amount}${UNIT_ZH[unit]}`;
  const [one, many] = UNIT_EN[unit];
  return `${amount} ${amount === 1 ? one : many}`;
}

export function formatCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the skipped days of a rest-day shift were: 国庆节、中秋节假期、周末 / the National Day holiday, a weekend. */
export function describeSkipped(skipped: readonly NamedDay[], lang: Lang): string {
  const parts: string[] = [];
  const add = (text: string) => {
    if (!parts.includes(text)) parts.push(text);
  };
  for (const day of skipped) {
    if (day.kind === 'holiday' && day.name) add(lang === 'zh' ? `${day.name.zh}假期` : `the ${day.name.en} holiday`);
    else if (day.kind === 'weekend') add(lang === 'zh' ? '周末' : 'a weekend');
    else add(lang === 'zh' ? '不计入期限的日期' : 'excluded time');
  }
  return parts.join(lang === 'zh' ? '、' : ', ');
}
