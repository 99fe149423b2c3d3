import type { Instant, LocalDate } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    calendarYears: CalendarYearTable;
    calendarVersions: CalendarVersionTable;
  }
}

/**
 * A year's schedule entered by an administrator (2027+ or a correction of a shipped year).
 * `holidays` is JSON `StoredHolidayRange[]`, `makeUpWorkdays` JSON `StoredMakeUpDay[]`.
 */
export interface CalendarYearTable {
  year: number;
  sourceTitle: string;
  documentNumber: string | null;
  publishedOn: LocalDate;
  holidays: string;
  makeUpWorkdays: string;
  /** Row version for optimistic corrections (PUT with `version`). */
  version: number;
  /** The calendar version this row's current content first appeared in. */
  calendarVersionId: number;
  enteredBy: string;
  createdAt: Instant;
  updatedBy: string;
  updatedAt: Instant;
}

/** Every change of the administered years creates a version; deadlines record the version they used. */
export interface CalendarVersionTable {
  id: number;
  /** SHA-256 of the canonical JSON of all administered years at this version. */
  snapshotHash: string;
  /** The administered years at this version (JSON `YearScheduleInput[]`), so old results can be reproduced. */
  snapshot: string;
  createdAt: Instant;
}
