import { createHash } from 'node:crypto';
import type { YearScheduleInput } from '@tianping/common/calendar/index';
import type { LocalizedText } from '@tianping/common/calendar/index';
import type { CalendarYearRow } from './calendar.repository';

/** A rest range as stored in `calendar_years.holidays`. */
export interface StoredHolidayRange {
  name: LocalizedText;
  from: string;
  to: string;
}

/** A 调休 make-up working day as stored in `calendar_years.make_up_workdays`. */
export interface StoredMakeUpDay {
  name: LocalizedText;
  date: string;
}

export interface StoredYear {
  year: number;
  sourceTitle: string;
  documentNumber: string | null;
  publishedOn: string;
  holidays: StoredHolidayRange[];
  makeUpWorkdays: StoredMakeUpDay[];
}

export function storedYearOf(row: CalendarYearRow): StoredYear {
  return {
    year: row.year,
    sourceTitle: row.sourceTitle,
    documentNumber: row.documentNumber,
    publishedOn: row.publishedOn,
    holidays: JSON.parse(row.holidays) as StoredHolidayRange[],
    makeUpWorkdays: JSON.parse(row.makeUpWorkdays) as StoredMakeUpDay[],
  };
}

/** The engine's input form: one festival block per holiday range, one per make-up day (names carried on each). */
export function scheduleInputOf(year: StoredYear): YearScheduleInput {
  return {
    year: year.year,
    source: {
      title: year.sourceTitle,
      issuedOn: year.publishedOn,
      ...(year.documentNumber ? { documentNumber: year.documentNumber } : {}),
    },
    arrangements: [
      ...year.holidays.map((h) => ({ name: h.name, rest: [{ from: h.from, to: h.to }], makeUpWorkdays: [] })),
      ...year.makeUpWorkdays.map((m) => ({ name: m.name, rest: [], makeUpWorkdays: [m.date] })),
    ],
  };
}

/** Canonical JSON of all administered years (sorted by year) and its SHA-256. */
export function snapshotOf(years: readonly StoredYear[]): { json: string; hash: string } {
  const sorted = [...years].sort((a, b) => a.year - b.year).map(scheduleInputOf);
  const json = JSON.stringify(sorted);
  return { json, hash: createHash('sha256').update(json).digest('hex') };
}

/** Hash characters shown in the version string: enough to tell snapshots apart at a glance. */
const VERSION_HASH_CHARS = 12;

export function adminVersionLabel(id: number, hash: string): string {
  return `${id}.${hash.slice(0, VERSION_HASH_CHARS)}`;
}
