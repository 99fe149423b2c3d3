import { CalendarError } from './calendar-errors';
import { stateCouncilGeneralOffice } from './festivals';
import type {
  AdministeredSchedules,
  DayInfo,
  HolidayCalendar,
  NoticeInput,
  OfficialNotice,
  ScheduleDay,
  ScheduleOrigin,
  YearCoverage,
  YearSchedule,
  YearScheduleInput,
} from './holiday-types';
import type { LocalizedText } from './legal-basis';
import { dateParts, dayOfWeek, eachDay, isWeekend, tryParseLocalDate, type LocalDate } from './local-date';

/**
 * The official schedule decides rest days; it cannot be derived from rules alone, because
 * 全国年节及纪念日放假办法 第六条 (make-up days off when a holiday falls on a weekend) and 第七条
 * (调休) leave each year's arrangement to the State Council's notice. Outside the notice, Saturday
 * and Sunday are rest days and Monday to Friday are working days.
 */

/**
 * A notice for year Y+1 may rearrange the last days of December of year Y: the 2019 schedule made
 * Saturday 2018-12-29 a working day and 2018-12-30/31 rest days, and the 2023 schedule gave
 * 2022-12-31 for New Year's Day. Dates from this day of December on are only final once the next
 * year's schedule is maintained.
 */
export const NEXT_YEAR_NOTICE_REACH_FROM_DECEMBER_DAY = 25;
const DECEMBER = 12;
const SATURDAY = 6;

interface DayEntry {
  readonly kind: 'holiday' | 'makeUpWorkday';
  readonly name: LocalizedText;
  readonly scheduleYear: number;
}

interface CalendarIndex {
  readonly days: ReadonlyMap<string, DayEntry>;
}

const indexes = new WeakMap<HolidayCalendar, CalendarIndex>();

function invalid(year: number, detail: string): CalendarError {
  return new CalendarError('CALENDAR_INVALID_SCHEDULE', `${year}: ${detail}`);
}

function parseIn(year: number, text: string): LocalDate {
  const date = tryParseLocalDate(text);
  if (date === undefined) throw new CalendarError('CALENDAR_INVALID_DATE', `${year}: ${text}`);
  const parts = dateParts(date);
  const inYear = parts.year === year || (parts.year === year - 1 && parts.month === DECEMBER);
  if (!inYear) throw invalid(year, `${date} is outside the ${year} schedule (${year} or December ${year - 1})`);
  return date;
}

function buildNotice(input: NoticeInput, year: number): OfficialNotice {
  const issuedOn = tryParseLocalDate(input.issuedOn);
  if (issuedOn === undefined) throw new CalendarError('CALENDAR_INVALID_DATE', `${year} notice: ${input.issuedOn}`);
  if (input.title.trim().length === 0) throw invalid(year, 'the notice has no title');
  return {
    title: input.title,
    issuer: input.issuer ?? stateCouncilGeneralOffice,
    issuedOn,
    ...(input.documentNumber === undefined ? {} : { documentNumber: input.documentNumber }),
    ...(input.url === undefined ? {} : { url: input.url }),
  };
}

/** Validates a year's input (dates exist and belong to the year, no day listed twice, make-up days are weekend days) and expands it. */
export function buildYearSchedule(input: YearScheduleInput, origin: ScheduleOrigin): YearSchedule {
  const { year } = input;
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new CalendarError('CALENDAR_INVALID_SCHEDULE', `year ${year}`);
  const seen = new Set<string>();
  const holidays: ScheduleDay[] = [];
  const makeUpWorkdays: ScheduleDay[] = [];
  const claim = (date: LocalDate) => {
    if (seen.has(date)) throw invalid(year, `${date} is listed twice`);
    seen.add(date);
  };
  for (const arrangement of input.arrangements) {
    for (const range of arrangement.rest) {
      const from = parseIn(year, range.from);
      const to = parseIn(year, range.to);
      if (to < from) throw new CalendarError('CALENDAR_INVALID_RANGE', `${year}: ${from} … ${to}`);
      for (const date of eachDay(from, to)) {
        claim(date);
        holidays.push({ date, name: arrangement.name, ...(range.basis === undefined ? {} : { basis: range.basis }) });
      }
    }
    for (const text of arrangement.makeUpWorkdays) {
      const date = parseIn(year, text);
      if (dayOfWeek(date) < SATURDAY) throw invalid(year, `make-up working day ${date} is not a Saturday or Sunday`);
      claim(date);
      makeUpWorkdays.push({ date, name: arrangement.name });
    }
  }
  const byDate = (a: ScheduleDay, b: ScheduleDay) => (a.date < b.date ? -1 : 1);
  return {
    source: buildNotice(input.source, year),
    ...(input.amendments === undefined ? {} : { amendments: input.amendments.map((notice) => buildNotice(notice, year)) }),
    origin,
    holidays: holidays.sort(byDate),
    makeUpWorkdays: makeUpWorkdays.sort(byDate),
  };
}

function buildIndex(calendar: HolidayCalendar): CalendarIndex {
  const days = new Map<string, DayEntry>();
  for (const [yearKey, schedule] of Object.entries(calendar.years)) {
    const scheduleYear = Number(yearKey);
    const add = (day: ScheduleDay, kind: DayEntry['kind']) => {
      const existing = days.get(day.date);
      if (existing && (existing.kind !== kind || existing.scheduleYear !== scheduleYear)) {
        throw invalid(scheduleYear, `${day.date} is also set by the ${existing.scheduleYear} schedule`);
      }
      days.set(day.date, { kind, name: day.name, scheduleYear });
    };
    schedule.holidays.forEach((day) => add(day, 'holiday'));
    schedule.makeUpWorkdays.forEach((day) => add(day, 'makeUpWorkday'));
  }
  return { days };
}

function indexOf(calendar: HolidayCalendar): CalendarIndex {
  let index = indexes.get(calendar);
  if (!index) {
    index = buildIndex(calendar);
    indexes.set(calendar, index);
  }
  return index;
}

function assertUniqueYears(inputs: readonly YearScheduleInput[]): void {
  const years = new Set<number>();
  for (const input of inputs) {
    if (years.has(input.year)) throw new CalendarError('CALENDAR_DUPLICATE_YEAR', String(input.year));
    years.add(input.year);
  }
}

/** Builds a calendar from year inputs; a year given twice throws `CALENDAR_DUPLICATE_YEAR`, conflicting days `CALENDAR_INVALID_SCHEDULE`. */
export function createHolidayCalendar(
  version: string,
  inputs: readonly YearScheduleInput[],
  origin: ScheduleOrigin = 'official',
): HolidayCalendar {
  if (version.trim().length === 0) throw new CalendarError('CALENDAR_INVALID_SCHEDULE', 'the calendar has no version');
  assertUniqueYears(inputs);
  const years: Record<number, YearSchedule> = {};
  for (const input of inputs) years[input.year] = buildYearSchedule(input, origin);
  const calendar: HolidayCalendar = { version, years };
  indexOf(calendar);
  return calendar;
}

/**
 * Merges administrators' entries over a calendar: an administered year replaces that year
 * entirely (administrators take precedence, also to correct a shipped year). The result's version
 * names both, so a deadline records exactly which data it used.
 */
export function mergeHolidayCalendars(base: HolidayCalendar, administered: AdministeredSchedules): HolidayCalendar {
  if (administered.version.trim().length === 0)
    throw new CalendarError('CALENDAR_INVALID_SCHEDULE', 'the administered schedules have no version');
  assertUniqueYears(administered.years);
  const years: Record<number, YearSchedule> = { ...base.years };
  for (const input of administered.years) years[input.year] = buildYearSchedule(input, 'administrator');
  const calendar: HolidayCalendar = { version: `${base.version}+admin:${administered.version}`, years };
  indexOf(calendar);
  return calendar;
}

export function coverage(year: number, calendar: HolidayCalendar): YearCoverage {
  const schedule = calendar.years[year];
  if (!schedule) return { year, maintained: false };
  return { year, maintained: true, origin: schedule.origin, source: schedule.source };
}

/**
 * The schedule years a date depends on that are not maintained: its own year and, from
 * 25 December on, the next year (see `NEXT_YEAR_NOTICE_REACH_FROM_DECEMBER_DAY`).
 */
export function missingSchedulesFor(date: LocalDate, calendar: HolidayCalendar): number[] {
  const { year, month, day } = dateParts(date);
  const missing: number[] = [];
  if (!calendar.years[year]) missing.push(year);
  if (month === DECEMBER && day >= NEXT_YEAR_NOTICE_REACH_FROM_DECEMBER_DAY && !calendar.years[year + 1]) missing.push(year + 1);
  return missing;
}

export function isDateCovered(date: LocalDate, calendar: HolidayCalendar): boolean {
  return missingSchedulesFor(date, calendar).length === 0;
}

export function dayInfo(date: LocalDate, calendar: HolidayCalendar): DayInfo {
  const entry = indexOf(calendar).days.get(date);
  const covered = isDateCovered(date, calendar);
  if (entry) return { date, kind: entry.kind, isWorkday: entry.kind === 'makeUpWorkday', name: entry.name, covered };
  const weekend = isWeekend(date);
  return { date, kind: weekend ? 'weekend' : 'workday', isWorkday: !weekend, covered };
}

/** A rest day (法定休假日): a holiday or 调休 day off of the schedule, or a weekend day that is not a make-up working day. */
export function isRestDay(date: LocalDate, calendar: HolidayCalendar): boolean {
  return !dayInfo(date, calendar).isWorkday;
}

/** A working day: Monday–Friday that is not a holiday, or a 调休 make-up working day. */
export function isWorkday(date: LocalDate, calendar: HolidayCalendar): boolean {
  return dayInfo(date, calendar).isWorkday;
}
