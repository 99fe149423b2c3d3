import type { HolidayCalendar } from './holiday-types';
import { dayOfWeek, diffDays, type LocalDate } from './local-date';

const DAYS_PER_WEEK = 7;
const WEEKDAYS_PER_WEEK = 5;
const FRIDAY = 5;

/** Monday–Friday days in `from` … `to` (inclusive), by arithmetic rather than iteration. */
function weekdaysBetween(from: LocalDate, to: LocalDate): number {
  const length = diffDays(from, to) + 1;
  if (length <= 0) return 0;
  const fullWeeks = Math.floor(length / DAYS_PER_WEEK);
  let count = fullWeeks * WEEKDAYS_PER_WEEK;
  let weekday = dayOfWeek(from);
  for (let rest = length - fullWeeks * DAYS_PER_WEEK; rest > 0; rest--) {
    if (weekday <= FRIDAY) count++;
    weekday = weekday === DAYS_PER_WEEK ? 1 : ((weekday + 1) as typeof weekday);
  }
  return count;
}

/**
 * Working days in `from` … `to` (inclusive; 0 when `to` is before `from`): weekdays, minus the
 * schedule's holidays that fall on weekdays, plus its make-up working days. Cost grows with the
 * number of schedule years, not with the length of the range (todo lists evaluate it per item).
 */
export function countWorkdaysBetween(from: LocalDate, to: LocalDate, calendar: HolidayCalendar): number {
  if (to < from) return 0;
  let count = weekdaysBetween(from, to);
  for (const schedule of Object.values(calendar.years)) {
    for (const day of schedule.holidays) if (day.date >= from && day.date <= to && dayOfWeek(day.date) <= FRIDAY) count--;
    for (const day of schedule.makeUpWorkdays) if (day.date >= from && day.date <= to) count++;
  }
  return count;
}
