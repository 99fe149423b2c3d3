import { dateParts, dayOfWeek, diffDays, eachDay, isWeekend, parseLocalDate as d } from '@tianping/common/calendar/index';
import { calendarErrors } from '@tianping/common/contract/calendar';
import { fail } from '../http/errors';
import type { StoredHolidayRange, StoredMakeUpDay } from './calendar-snapshot';

/** The longest rest block ever announced is 9 days (2026 Spring Festival); 14 catches typing errors with room to spare. */
const MAX_HOLIDAY_BLOCK_DAYS = 14;
/** Notices appear in the autumn of the year before (2020's amendment in January 2020); two years back is generous. */
const PUBLISHED_YEARS_BEFORE = 2;
const DECEMBER = 12;
const SATURDAY = 6;

export interface ScheduleToCheck {
  year: number;
  publishedOn: string;
  holidays: readonly StoredHolidayRange[];
  makeUpWorkdays: readonly StoredMakeUpDay[];
}

/** A schedule's dates belong to its year or, for New Year's Day, to December of the year before (the 2023 notice). */
function inScheduleYear(year: number, date: string): boolean {
  const parts = dateParts(d(date));
  return parts.year === year || (parts.year === year - 1 && parts.month === DECEMBER);
}

/**
 * Checks an administrator's entry; each failure is a 400 naming the field at fault. Dates are
 * already real dates (the request schema rejects 2027-02-30).
 */
export function validateSchedule(input: ScheduleToCheck, today: string): void {
  const { year } = input;
  const published = dateParts(d(input.publishedOn)).year;
  if (published < year - PUBLISHED_YEARS_BEFORE || published > year || input.publishedOn > today) {
    throw fail(calendarErrors, 'CALENDAR_PUBLISHED_ON_IMPLAUSIBLE', { field: 'publishedOn' });
  }
  const holidayDays = new Map<string, string>();
  input.holidays.forEach((range, i) => {
    const at = `holidays.${i}`;
    if (!inScheduleYear(year, range.from)) throw fail(calendarErrors, 'CALENDAR_DATE_OUTSIDE_YEAR', { field: `${at}.from` });
    if (!inScheduleYear(year, range.to)) throw fail(calendarErrors, 'CALENDAR_DATE_OUTSIDE_YEAR', { field: `${at}.to` });
    if (range.to < range.from) throw fail(calendarErrors, 'CALENDAR_RANGE_REVERSED', { field: `${at}.to` });
    if (diffDays(d(range.from), d(range.to)) + 1 > MAX_HOLIDAY_BLOCK_DAYS) {
      throw fail(calendarErrors, 'CALENDAR_RANGE_TOO_LONG', { field: `${at}.to` });
    }
    const days = [...eachDay(d(range.from), d(range.to))];
    // 全国年节及纪念日放假办法 第六条: a holiday on a weekend is made up on a working day, so every block frees one.
    if (days.every((day) => isWeekend(day))) throw fail(calendarErrors, 'CALENDAR_HOLIDAY_ONLY_WEEKEND', { field: `${at}.from` });
    for (const day of days) {
      if (holidayDays.has(day)) throw fail(calendarErrors, 'CALENDAR_DAY_LISTED_TWICE', { field: `${at}.from` });
      holidayDays.set(day, at);
    }
  });
  const makeUpDays = new Set<string>();
  input.makeUpWorkdays.forEach((entry, i) => {
    const field = `makeUpWorkdays.${i}.date`;
    if (!inScheduleYear(year, entry.date)) throw fail(calendarErrors, 'CALENDAR_DATE_OUTSIDE_YEAR', { field });
    if (holidayDays.has(entry.date)) throw fail(calendarErrors, 'CALENDAR_HOLIDAY_AND_MAKEUP', { field });
    if (makeUpDays.has(entry.date)) throw fail(calendarErrors, 'CALENDAR_DAY_LISTED_TWICE', { field });
    if (dayOfWeek(d(entry.date)) < SATURDAY) throw fail(calendarErrors, 'CALENDAR_MAKEUP_NOT_WEEKEND', { field });
    makeUpDays.add(entry.date);
  });
}
