import { CalendarError } from './calendar-errors';
import { toEpochDay, tryParseLocalDate } from './local-date';
import type { ExcludedInterval } from './period-types';

/**
 * Time the law does not count in a period: 补正 (行政复议法实施条例 第二十九条), 现场勘验 and 鉴定
 * (同条例 第三十四条第三款、第三十七条), 听证、检验、鉴定、专家评审 (行政许可法 第四十五条), 不可抗力、
 * 补充证明材料、核实有关情况 (公证法 第三十条), 听证 (信访工作条例 第三十六条).
 *
 * Rule implemented: each day of an interval (both ends included) is not counted; the period's
 * counting simply passes over it, so the end moves out by the number of days that would otherwise
 * have counted (natural days for day/month/year periods, working days for working-day periods).
 * Overlapping or adjacent intervals are merged so that no day is excluded twice; explanations
 * attribute a shared day to the earliest interval and report it as overlap on the others.
 */
export class Exclusions {
  private readonly ranges: { readonly from: number; readonly to: number; readonly index: number }[];
  private readonly merged: { readonly from: number; readonly to: number }[];
  readonly intervals: readonly ExcludedInterval[];
  readonly uncountedDays: number[];
  readonly uncountedWorkdays: number[];
  readonly overlapDays: number[];
  readonly firstUncounted: (number | undefined)[];

  constructor(intervals: readonly ExcludedInterval[]) {
    for (const interval of intervals) {
      if (tryParseLocalDate(interval.from) === undefined)
        throw new CalendarError('CALENDAR_INVALID_DATE', `excluded interval from ${interval.from}`);
      if (tryParseLocalDate(interval.to) === undefined)
        throw new CalendarError('CALENDAR_INVALID_DATE', `excluded interval to ${interval.to}`);
      if (interval.to < interval.from)
        throw new CalendarError('CALENDAR_INVALID_RANGE', `excluded ${interval.kind} ${interval.from} … ${interval.to}`);
    }
    const order = intervals
      .map((interval, index) => ({ interval, index }))
      .sort((a, b) => (a.interval.from < b.interval.from ? -1 : a.interval.from > b.interval.from ? 1 : a.index - b.index));
    this.intervals = order.map((entry) => entry.interval);
    this.ranges = this.intervals.map((interval, index) => ({ from: toEpochDay(interval.from), to: toEpochDay(interval.to), index }));
    this.merged = [];
    for (const range of this.ranges) {
      const last = this.merged.at(-1);
      if (last && range.from <= last.to + 1) this.merged[this.merged.length - 1] = { from: last.from, to: Math.max(last.to, range.to) };
      else this.merged.push({ from: range.from, to: range.to });
    }
    this.uncountedDays = this.intervals.map(() => 0);
    this.uncountedWorkdays = this.intervals.map(() => 0);
    this.overlapDays = this.intervals.map(() => 0);
    this.firstUncounted = this.intervals.map(() => undefined);
  }

  get isEmpty(): boolean {
    return this.merged.length === 0;
  }

  has(epochDay: number): boolean {
    return this.merged.some((range) => epochDay >= range.from && epochDay <= range.to);
  }

  /** Records that `epochDay` would have counted (as a natural day or a working day) but is excluded. */
  recordUncounted(epochDay: number, unit: 'day' | 'workday'): void {
    let owner: number | undefined;
    for (const range of this.ranges) {
      if (epochDay < range.from || epochDay > range.to) continue;
      if (owner === undefined) {
        owner = range.index;
        if (unit === 'day') this.uncountedDays[owner] = (this.uncountedDays[owner] ?? 0) + 1;
        else this.uncountedWorkdays[owner] = (this.uncountedWorkdays[owner] ?? 0) + 1;
        this.firstUncounted[owner] ??= epochDay;
      } else {
        this.overlapDays[range.index] = (this.overlapDays[range.index] ?? 0) + 1;
      }
    }
  }

  /** Excluded days in `fromDay` … `toDay` (inclusive), each recorded as uncounted natural days. */
  countAndRecordIn(fromDay: number, toDay: number): number {
    let count = 0;
    for (const range of this.merged) {
      const lo = Math.max(range.from, fromDay);
      const hi = Math.min(range.to, toDay);
      for (let day = lo; day <= hi; day++) {
        this.recordUncounted(day, 'day');
        count++;
      }
    }
    return count;
  }
}
