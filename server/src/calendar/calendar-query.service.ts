import {
  addDays,
  eachDay,
  parseLocalDate,
  officialHolidayCalendar,
  type HolidayCalendar,
  type ScheduleDay,
  type YearSchedule,
} from '@tianping/common/calendar/index';
import type { CalendarYearDetail, CalendarYearSummary } from '@tianping/common/contract/calendar';
import type { DbOrTrx } from '../db/database';
import { notFound } from '../http/errors';
import { findYearRow, listYearRows, type CalendarYearRow } from './calendar.repository';
import { currentHolidayCalendar } from './calendar.service';
import { storedYearOf } from './calendar-snapshot';

type Range = CalendarYearDetail['holidays'][number];

/** Consecutive days of the same festival as one range, as the notice states them. */
function rangesOf(days: readonly ScheduleDay[]): Range[] {
  const ranges: Range[] = [];
  for (const day of days) {
    const last = ranges.at(-1);
    if (last && last.name.zh === day.name.zh && addDays(parseLocalDate(last.to), 1) === day.date) last.to = day.date;
    else ranges.push({ name: { zh: day.name.zh, en: day.name.en }, from: day.date, to: day.date });
  }
  return ranges;
}

function officialSummary(year: number, schedule: YearSchedule, inForce: boolean): CalendarYearSummary {
  return {
    year,
    origin: 'official',
    inForce,
    source: { title: schedule.source.title, documentNumber: schedule.source.documentNumber ?? null, issuedOn: schedule.source.issuedOn },
    holidayDays: schedule.holidays.length,
    makeUpWorkdayCount: schedule.makeUpWorkdays.length,
    version: null,
    enteredBy: null,
    updatedAt: null,
  };
}

function enteredSummary(row: CalendarYearRow): CalendarYearSummary {
  const stored = storedYearOf(row);
  const holidayDays = new Set(daysOf(stored.holidays));
  return {
    year: row.year,
    origin: 'administrator',
    inForce: true,
    source: { title: row.sourceTitle, documentNumber: row.documentNumber, issuedOn: row.publishedOn },
    holidayDays: holidayDays.size,
    makeUpWorkdayCount: stored.makeUpWorkdays.length,
    version: row.version,
    enteredBy: row.enteredBy,
    updatedAt: row.updatedAt,
  };
}

function daysOf(ranges: readonly Range[]): string[] {
  return ranges.flatMap((range) => [...eachDay(parseLocalDate(range.from), parseLocalDate(range.to))]);
}

function maintainedYears(calendar: HolidayCalendar): number[] {
  return Object.keys(calendar.years)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Shipped and entered years; an entered year replaces a shipped one, which is then listed as not in force. */
export async function listCalendarYears(db: DbOrTrx) {
  const [rows, current] = await Promise.all([listYearRows(db), currentHolidayCalendar(db)]);
  const entered = new Set(rows.map((r) => r.year));
  const official = Object.entries(officialHolidayCalendar.years).map(([year, schedule]) =>
    officialSummary(Number(year), schedule, !entered.has(Number(year))),
  );
  const items = [...official, ...rows.map(enteredSummary)].sort((a, b) => a.year - b.year || (a.inForce ? 1 : -1));
  return { calendarVersion: current.version, maintainedYears: maintainedYears(current.calendar), items };
}

/** The schedule in force for a year (404 when the year is not maintained). */
export async function getCalendarYear(db: DbOrTrx, year: number): Promise<CalendarYearDetail> {
  const [row, current] = await Promise.all([findYearRow(db, year), currentHolidayCalendar(db)]);
  const shipped = officialHolidayCalendar.years[year];
  if (row) {
    const stored = storedYearOf(row);
    return {
      ...enteredSummary(row),
      holidays: stored.holidays,
      makeUpWorkdays: stored.makeUpWorkdays,
      overridesOfficial: shipped !== undefined,
      calendarVersion: current.version,
    };
  }
  if (!shipped) throw notFound();
  return {
    ...officialSummary(year, shipped, true),
    holidays: rangesOf(shipped.holidays),
    makeUpWorkdays: shipped.makeUpWorkdays.map((d) => ({ name: { zh: d.name.zh, en: d.name.en }, date: d.date })),
    overridesOfficial: false,
    calendarVersion: current.version,
  };
}
