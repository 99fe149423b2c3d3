import { CalendarError } from './calendar-errors';

/**
 * A calendar date without a time zone, as its ISO text `YYYY-MM-DD`.
 *
 * It is a branded string so that it serialises as itself (API, database, JSON), compares with
 * `===` and sorts lexicographically. All arithmetic goes through an integer day number
 * (days since 1970-01-01, proleptic Gregorian) computed with integer formulas: no `Date`, so no
 * time-zone or daylight-saving trap can shift a day.
 */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const DAYS_PER_400_YEARS = 146097;
/** Day number of 0000-03-01 relative to 1970-01-01 (Hinnant's civil-date algorithm). */
const EPOCH_SHIFT = 719468;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function fromValidParts(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
}

/** Parses `YYYY-MM-DD`, or returns undefined when the text is malformed or the date does not exist. */
export function tryParseLocalDate(text: string): LocalDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidParts(year, month, day) ? fromValidParts(year, month, day) : undefined;
}

/** Parses `YYYY-MM-DD`; a malformed or nonexistent date (2025-02-30) throws `CALENDAR_INVALID_DATE`. */
export function parseLocalDate(text: string): LocalDate {
  const date = tryParseLocalDate(text);
  if (date === undefined) throw new CalendarError('CALENDAR_INVALID_DATE', text);
  return date;
}

export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && tryParseLocalDate(value) !== undefined;
}

/** Builds a date from its parts; a nonexistent date throws `CALENDAR_INVALID_DATE`. */
export function localDate(year: number, month: number, day: number): LocalDate {
  if (!isValidParts(year, month, day)) throw new CalendarError('CALENDAR_INVALID_DATE', `${year}-${month}-${day}`);
  return fromValidParts(year, month, day);
}

/** The ISO text (a LocalDate already is it; this names the intent at API boundaries). */
export function formatLocalDate(date: LocalDate): string {
  return date;
}

export function dateParts(date: LocalDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(date: LocalDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - EPOCH_SHIFT;
}

export function fromEpochDay(epochDay: number): LocalDate {
  const z = epochDay + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_400_YEARS);
  const dayOfEra = z - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new CalendarError('CALENDAR_INVALID_DATE', `day number ${epochDay} is outside years 0001–9999`);
  return fromValidParts(year, month, day);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new CalendarError('CALENDAR_INVALID_PERIOD', `days must be an integer: ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Adds calendar months. When the target month has no corresponding day (01-31 + 1 month), the
 * result is that month's last day — the rule of 民法典 第二百零二条 for month and year periods.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  if (!Number.isInteger(months)) throw new CalendarError('CALENDAR_INVALID_PERIOD', `months must be an integer: ${months}`);
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) throw new CalendarError('CALENDAR_INVALID_DATE', `${date} + ${months} months`);
  return fromValidParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Adds calendar years with the same month-end rule (02-29 + 1 year = 02-28). */
export function addYears(date: LocalDate, years: number): LocalDate {
  if (!Number.isInteger(years)) throw new CalendarError('CALENDAR_INVALID_PERIOD', `years must be an integer: ${years}`);
  return addMonths(date, years * 12);
}

/** -1, 0 or 1 (the ISO text sorts like the date). */
export function compareLocalDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: LocalDate, b: LocalDate): boolean {
  return a < b;
}

export function isAfter(a: LocalDate, b: LocalDate): boolean {
  return a > b;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

/** Number of days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function dayOfWeek(date: LocalDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function isWeekend(date: LocalDate): boolean {
  return dayOfWeek(date) >= 6;
}

/** Every date from `from` to `to`, both included; a range ending before it starts throws `CALENDAR_INVALID_RANGE`. */
export function* eachDay(from: LocalDate, to: LocalDate): Generator<LocalDate> {
  if (to < from) throw new CalendarError('CALENDAR_INVALID_RANGE', `${from} … ${to}`);
  const last = toEpochDay(to);
  for (let day = toEpochDay(from); day <= last; day++) yield fromEpochDay(day);
}

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
export const CHINA_STANDARD_TIME_OFFSET_MINUTES = 8 * 60;
const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;

/** The local date of an instant at a fixed UTC offset (Beijing time by default): "today" for the workflow. */
export function localDateAt(instant: Date | string, utcOffsetMinutes = CHINA_STANDARD_TIME_OFFSET_MINUTES): LocalDate {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new CalendarError('CALENDAR_INVALID_DATE', String(instant));
  const localMinutes = Math.floor(ms / MS_PER_MINUTE) + utcOffsetMinutes;
  return fromEpochDay(Math.floor(localMinutes / MINUTES_PER_DAY));
}
