import { dateParts, dayOfWeek, type LocalDate } from './local-date';

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const WEEKDAYS_ZH = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `2025年3月1日`: Arabic numerals, year in full, no leading zeros. This is the form of the
 * 成文日期 in GB/T 9704-2012《党政机关公文格式》 and the house style for dates in documents (GUIDE §6.9).
 */
export function formatChineseDate(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return `${year}年${month}月${day}日`;
}

/** 1–99 in Chinese numerals as written in dates: 十, 十一, 二十, 三十一. */
function chineseNumber(value: number): string {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  const unitText = units === 0 ? '' : (DIGITS[units] ?? '');
  if (tens === 0) return DIGITS[units] ?? '';
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${unitText}`;
}

/**
 * `二〇二五年三月一日`: the year digit by digit with 〇 for zero, month and day as numbers. This is
 * the Chinese-numeral date used on judgments, notarial certificates and documents following the
 * earlier GB/T 9704-1999 layout; the issue asks the document templates to offer it.
 */
export function formatChineseNumeralDate(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  const yearText = String(year)
    .split('')
    .map((digit) => DIGITS[Number(digit)])
    .join('');
  return `${yearText}年${chineseNumber(month)}月${chineseNumber(day)}日`;
}

/** 星期一 … 星期日. */
export function chineseWeekday(date: LocalDate): string {
  return WEEKDAYS_ZH[dayOfWeek(date) - 1] ?? '';
}

export function englishWeekday(date: LocalDate): string {
  return WEEKDAYS_EN[dayOfWeek(date) - 1] ?? '';
}

/** `1 March 2025` (day month year, unambiguous for readers of either convention). */
export function formatEnglishDate(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}
