import type { LegalBasis, LocalizedText } from './legal-basis';
import type { LocalDate } from './local-date';
import type { LocalDateTime } from './local-date-time';

/**
 * `day` natural days; `workday` working days (no weekends or holidays, 调休 make-up days count);
 * `month` / `year` to the corresponding day; `hour` whole hours.
 */
export type PeriodUnit = 'day' | 'workday' | 'month' | 'year' | 'hour';

/**
 * A statutory period as data. `direction: 'before'` is a period that must lie wholly before an
 * event ("听证的五日前通知"): the start is the event's day and the result is the latest day to act.
 */
export interface PeriodRule {
  readonly amount: number;
  readonly unit: PeriodUnit;
  readonly legalBasis: LegalBasis;
  readonly direction?: 'after' | 'before';
  /**
   * Whether a last day that is a rest day moves to the next working day (民法典 第二百零三条;
   * 民事诉讼法 第八十五条第三款). Default true for day, month and year periods. Set false where the law
   * says otherwise (刑事诉讼法 第一百零五条第四款: periods of a person in custody) with `holidayShiftBasis`.
   */
  readonly holidayShift?: boolean;
  readonly holidayShiftBasis?: LegalBasis;
  /**
   * Hours: 'nextFullHour' (default) does not count the starting hour (民事诉讼法 第八十五条第二款,
   * 刑事诉讼法 第一百零五条第二款); 'exactTime' counts from the stated time (民法典 第二百零一条第二款).
   */
  readonly hourStart?: 'nextFullHour' | 'exactTime';
}

/** Time the law says is not counted in a period (不计入期限). */
export type ExcludedKind =
  | 'correction'
  | 'suspension'
  | 'appraisal'
  | 'hearing'
  | 'forceMajeure'
  | 'inspection'
  | 'supplementaryMaterials'
  | 'verification'
  | 'expertReview'
  | 'other';

/**
 * The days `from` … `to` (both included) are not counted. Map events to days in the module, e.g.
 * a suspension effective on 3 March and resumed on 10 March is `from: 03-03, to: 03-09` (the
 * resumption day counts again). Overlapping intervals are merged: a day is excluded once.
 */
export interface ExcludedInterval {
  readonly kind: ExcludedKind;
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly legalBasis?: LegalBasis;
  /** Shown in explanations (required in practice for kind 'other'). */
  readonly label?: LocalizedText;
}

/** An approved extension (延长): added after the end of the period (or of the previous extension). */
export interface Extension {
  readonly amount: number;
  readonly unit: PeriodUnit;
  readonly approvedOn: LocalDate;
  readonly legalBasis: LegalBasis;
  readonly approvedBy?: string;
}

/**
 * A legal consequence of the period lapsing without action (视为受理, 视为放弃 …). `effective` says
 * from when it takes effect: 'onDueDate' (审查期限届满之日起, 行政复议法 第三十条第三款),
 * 'dayAfterDueDate', or 'asOfStart' (自收到申请材料之日起即为受理, 行政许可法 第三十二条).
 */
export interface DeemedRule {
  readonly code: string;
  readonly outcome: LocalizedText;
  readonly effective: 'onDueDate' | 'dayAfterDueDate' | 'asOfStart';
  readonly legalBasis: LegalBasis;
}

export interface DeadlineInput {
  readonly period: PeriodRule;
  /** The day of the anchor event (收到申请之日, 受理之日 …); it is not counted. */
  readonly start: LocalDate;
  /** `HH:mm`, required for hour periods. */
  readonly startTime?: string;
  readonly label?: LocalizedText;
  readonly anchor?: LocalizedText;
  readonly excluded?: readonly ExcludedInterval[];
  readonly extensions?: readonly Extension[];
  readonly deemed?: DeemedRule;
}

export interface ProvisionalReason {
  readonly year: number;
  readonly text: LocalizedText;
}

export interface DeemedResult {
  readonly code: string;
  readonly outcome: LocalizedText;
  readonly effectiveOn: LocalDate;
  /** The outcome is certain only after this day ends without the act. */
  readonly determinableAfter: LocalDate;
  readonly legalBasis: LegalBasis;
}

export interface NamedDay {
  readonly date: LocalDate;
  readonly kind: 'holiday' | 'weekend' | 'excluded';
  readonly name?: LocalizedText;
}

/** A yearly notice consulted by a working-day count. */
export interface ScheduleNoticeRef {
  readonly year: number;
  readonly title: string;
  readonly documentNumber?: string;
}

/** One step of the derivation, in order; `explain()` renders them. */
export type DeadlineStep =
  | {
      readonly kind: 'start';
      readonly date: LocalDate;
      readonly time?: string;
      readonly anchor?: LocalizedText;
      readonly countFrom: LocalDate | LocalDateTime;
    }
  | {
      readonly kind: 'rule';
      readonly amount: number;
      readonly unit: PeriodUnit;
      readonly direction: 'after' | 'before';
      readonly legalBasis: LegalBasis;
    }
  | { readonly kind: 'workdayRule'; readonly notices: readonly ScheduleNoticeRef[] }
  | {
      readonly kind: 'holidaySkipped';
      readonly from: LocalDate;
      readonly to: LocalDate;
      readonly days: number;
      readonly name: LocalizedText;
    }
  | { readonly kind: 'weekendsSkipped'; readonly days: number }
  | { readonly kind: 'makeUpWorkdayCounted'; readonly date: LocalDate; readonly name: LocalizedText }
  | { readonly kind: 'holidayCountedAsDays'; readonly from: LocalDate; readonly to: LocalDate; readonly name: LocalizedText }
  | {
      readonly kind: 'excluded';
      readonly interval: ExcludedInterval;
      /** Natural days (day/month/year counting) and working days (workday counting) that were not counted because of this interval. */
      readonly uncountedDays: number;
      readonly uncountedWorkdays: number;
      /** Days of this interval already excluded by an earlier overlapping interval (counted once). */
      readonly overlapDays: number;
    }
  | { readonly kind: 'monthEnd'; readonly date: LocalDate }
  | { readonly kind: 'periodEnd'; readonly date: LocalDate }
  | {
      readonly kind: 'extension';
      readonly extension: Extension;
      readonly from: LocalDate | LocalDateTime;
      readonly to: LocalDate | LocalDateTime;
      /** Approved after the period had already lapsed (after its legal last day). */
      readonly approvedLate: boolean;
    }
  | { readonly kind: 'holidayShift'; readonly from: LocalDate; readonly to: LocalDate; readonly skipped: readonly NamedDay[] }
  | { readonly kind: 'noHolidayShift'; readonly date: LocalDate; readonly basis?: LegalBasis }
  | { readonly kind: 'latestIsRestDay'; readonly date: LocalDate; readonly lastWorkday: LocalDate }
  | { readonly kind: 'result'; readonly dueDate: LocalDate; readonly dueTime: string; readonly direction: 'after' | 'before' }
  | { readonly kind: 'deemed'; readonly deemed: DeemedResult }
  | { readonly kind: 'provisional'; readonly reason: ProvisionalReason };

export interface DeadlineResult {
  /** The last day of the period (届满日); for 'before' periods, the latest day to act. */
  readonly dueDate: LocalDate;
  /** End of the period: `24:00` on the due day for day-based periods (民法典 第二百零三条第二款), the exact time for hours. */
  readonly dueTime: string;
  /** Hour periods: the end as `YYYY-MM-DDTHH:mm`. */
  readonly dueDateTime?: LocalDateTime;
  readonly provisional: boolean;
  readonly provisionalReasons: readonly ProvisionalReason[];
  readonly steps: readonly DeadlineStep[];
  readonly calendarVersion: string;
  readonly deemed?: DeemedResult;
  readonly input: DeadlineInput;
}
