import type { LocalizedText } from './legal-basis';
import type { LocalDate } from './local-date';

/** The State Council General Office notice that fixes a year's schedule (or an amendment to it). */
export interface OfficialNotice {
  /** e.g. 国务院办公厅关于2025年部分节假日安排的通知 */
  readonly title: string;
  /** e.g. 国办发明电〔2024〕12号; absent when it could not be verified (never guessed). */
  readonly documentNumber?: string;
  readonly issuer: LocalizedText;
  readonly issuedOn: LocalDate;
  readonly url?: string;
}

/** One rest day given by a notice (法定节假日 or a 调休 day off), or one make-up working day (调休上班). */
export interface ScheduleDay {
  readonly date: LocalDate;
  /** The festival, e.g. 春节 / Spring Festival. */
  readonly name: LocalizedText;
  /** Document number of an amending notice when the day comes from one (2020: 国办发明电〔2020〕1号). */
  readonly basis?: string;
}

/** Who maintains a year: shipped with the platform, or entered by an administrator (takes precedence). */
export type ScheduleOrigin = 'official' | 'administrator';

/**
 * One year's schedule. Rest days may lie at the end of December of the previous year (the 2023
 * notice gave 2022-12-31 for New Year's Day), so a schedule is keyed by its notice year, not by
 * the calendar year of each date.
 */
export interface YearSchedule {
  readonly source: OfficialNotice;
  readonly amendments?: readonly OfficialNotice[];
  readonly origin: ScheduleOrigin;
  readonly holidays: readonly ScheduleDay[];
  readonly makeUpWorkdays: readonly ScheduleDay[];
}

/**
 * The holiday calendar as data. `version` is recorded in every computed deadline so that a result
 * can be reproduced later even after administrators add or correct a year.
 */
export interface HolidayCalendar {
  readonly version: string;
  readonly years: Readonly<Record<number, YearSchedule>>;
}

/** A range of rest days as the notice states it (`from`…`to` inclusive). */
export interface RestRangeInput {
  readonly from: string;
  readonly to: string;
  readonly basis?: string;
}

/** One festival block of a notice, as authored in the data files or entered by an administrator. */
export interface FestivalArrangementInput {
  readonly name: LocalizedText;
  readonly rest: readonly RestRangeInput[];
  readonly makeUpWorkdays: readonly string[];
}

export interface NoticeInput {
  readonly title: string;
  readonly documentNumber?: string;
  readonly issuer?: LocalizedText;
  readonly issuedOn: string;
  readonly url?: string;
}

/** A year's schedule in input form (strings, festival blocks); validated and expanded by `buildYearSchedule`. */
export interface YearScheduleInput {
  readonly year: number;
  readonly source: NoticeInput;
  readonly amendments?: readonly NoticeInput[];
  readonly arrangements: readonly FestivalArrangementInput[];
}

/** Administrators' entries (2027+ or corrections), stored by the server and merged over the shipped data. */
export interface AdministeredSchedules {
  readonly version: string;
  readonly years: readonly YearScheduleInput[];
}

/** What a day is, according to a calendar. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

export interface DayInfo {
  readonly date: LocalDate;
  readonly kind: DayKind;
  readonly isWorkday: boolean;
  /** The festival for holidays and make-up working days. */
  readonly name?: LocalizedText;
  /** Whether the schedule that could affect this day is maintained (see `isDateCovered`). */
  readonly covered: boolean;
}

export interface YearCoverage {
  readonly year: number;
  readonly maintained: boolean;
  readonly origin?: ScheduleOrigin;
  readonly source?: OfficialNotice;
}
