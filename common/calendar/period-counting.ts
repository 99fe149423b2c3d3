import type { CalendarProbe } from './calendar-probe';
import type { Exclusions } from './excluded-intervals';
import type { LocalizedText } from './legal-basis';
import { addMonths, dateParts, fromEpochDay, toEpochDay, type LocalDate } from './local-date';
import type { DeadlineStep, NamedDay } from './period-types';

/** Events sort by date; at the same date counting details come before the end of a segment. */
export const RANK_DETAIL = 0;
export const RANK_SUMMARY = 1;
export const RANK_END = 2;

interface DatedStep {
  readonly date: LocalDate;
  readonly rank: number;
  readonly step: DeadlineStep;
}

interface HolidayRun {
  from: number;
  to: number;
  name: LocalizedText;
}

/** Collects the derivation while the counting functions walk the days. */
export class Derivation {
  private readonly dated: DatedStep[] = [];

  constructor(
    readonly probe: CalendarProbe,
    readonly exclusions: Exclusions,
  ) {}

  add(date: LocalDate, step: DeadlineStep, rank = RANK_DETAIL): void {
    this.dated.push({ date, rank, step });
  }

  /** The collected steps in date order (stable within a date and rank). */
  sortedSteps(): DeadlineStep[] {
    return this.dated
      .map((entry, order) => ({ ...entry, order }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rank - b.rank || a.order - b.order))
      .map((entry) => entry.step);
  }
}

class HolidayRuns {
  private current: HolidayRun | undefined;
  readonly runs: HolidayRun[] = [];

  /** Adds a day walking forwards or backwards; consecutive days of one festival form a run. */
  add(epochDay: number, name: LocalizedText): void {
    if (this.current && Math.abs(this.current.to - epochDay) === 1 && this.current.name.zh === name.zh) {
      this.current.to = epochDay;
      return;
    }
    this.current = { from: epochDay, to: epochDay, name };
    this.runs.push(this.current);
  }
}

/**
 * Counts `amount` natural days after `after` (which is not counted), passing over excluded days.
 * Returns the last counted day. With `describeHolidays`, holidays inside the period are reported:
 * natural-day periods count them like any other day.
 */
export function countDays(after: LocalDate, amount: number, derivation: Derivation, describeHolidays: boolean): LocalDate {
  const { exclusions, probe } = derivation;
  const runs = new HolidayRuns();
  let day = toEpochDay(after);
  let counted = 0;
  while (counted < amount) {
    day++;
    if (exclusions.has(day)) {
      exclusions.recordUncounted(day, 'day');
      continue;
    }
    counted++;
    if (describeHolidays) {
      const info = probe.peek(fromEpochDay(day));
      if (info.kind === 'holiday' && info.name) runs.add(day, info.name);
    }
  }
  // A holiday on the last day is reported by the rest-day shift instead.
  const last = runs.runs.at(-1);
  if (last && last.to === day) last.to--;
  for (const run of runs.runs.filter((candidate) => candidate.to >= candidate.from)) {
    derivation.add(fromEpochDay(run.from), {
      kind: 'holidayCountedAsDays',
      from: fromEpochDay(run.from),
      to: fromEpochDay(run.to),
      name: run.name,
    });
  }
  return fromEpochDay(day);
}

/**
 * Counts `amount` working days after `after`: weekends and holidays are passed over, 调休 make-up
 * working days count, excluded days are passed over. Returns the last counted working day.
 */
export function countWorkdays(after: LocalDate, amount: number, derivation: Derivation): LocalDate {
  const { exclusions, probe } = derivation;
  const runs = new HolidayRuns();
  let weekends = 0;
  let day = toEpochDay(after);
  let counted = 0;
  while (counted < amount) {
    day++;
    const date = fromEpochDay(day);
    const info = probe.day(date);
    if (!info.isWorkday) {
      if (info.kind === 'holiday' && info.name) runs.add(day, info.name);
      else weekends++;
      continue;
    }
    if (exclusions.has(day)) {
      exclusions.recordUncounted(day, 'workday');
      continue;
    }
    counted++;
    if (info.kind === 'makeUpWorkday' && info.name) derivation.add(date, { kind: 'makeUpWorkdayCounted', date, name: info.name });
  }
  addHolidayRuns(runs, derivation);
  const end = fromEpochDay(day);
  if (weekends > 0) derivation.add(end, { kind: 'weekendsSkipped', days: weekends }, RANK_SUMMARY);
  return end;
}

function addHolidayRuns(runs: HolidayRuns, derivation: Derivation): void {
  for (const run of runs.runs) {
    const [first, last] = [Math.min(run.from, run.to), Math.max(run.from, run.to)];
    const step: DeadlineStep = {
      kind: 'holidaySkipped',
      from: fromEpochDay(first),
      to: fromEpochDay(last),
      days: last - first + 1,
      name: run.name,
    };
    derivation.add(fromEpochDay(first), step);
  }
}

/**
 * Month and year periods: the corresponding day of the target month, or its last day when there is
 * none (民法典 第二百零二条). Excluded days inside the period then push the end out by as many
 * natural days (themselves passing over further excluded days).
 */
export function countMonths(after: LocalDate, months: number, derivation: Derivation): LocalDate {
  const nominal = addMonths(after, months);
  if (dateParts(nominal).day < dateParts(after).day) derivation.add(nominal, { kind: 'monthEnd', date: nominal });
  const excludedInside = derivation.exclusions.countAndRecordIn(toEpochDay(after) + 1, toEpochDay(nominal));
  return excludedInside > 0 ? countDays(nominal, excludedInside, derivation, false) : nominal;
}

/** 民法典 第二百零三条: a last day that is a rest day (or excluded) moves to the next day that is neither. */
export function shiftPastRestDays(end: LocalDate, derivation: Derivation): { date: LocalDate; skipped: NamedDay[] } {
  const skipped: NamedDay[] = [];
  let day = toEpochDay(end);
  for (;;) {
    const date = fromEpochDay(day);
    const info = derivation.probe.day(date);
    if (!info.isWorkday)
      skipped.push({ date, kind: info.kind === 'holiday' ? 'holiday' : 'weekend', ...(info.name ? { name: info.name } : {}) });
    else if (derivation.exclusions.has(day)) skipped.push({ date, kind: 'excluded' });
    else return { date, skipped };
    day++;
  }
}

/**
 * For periods that must lie wholly before an event: the latest day on which to act so that
 * `amount` working days lie strictly between that day and the event's day.
 */
export function latestWorkdayBefore(eventDay: LocalDate, amount: number, derivation: Derivation): LocalDate {
  const runs = new HolidayRuns();
  let weekends = 0;
  let day = toEpochDay(eventDay);
  let counted = 0;
  while (counted < amount) {
    day--;
    const date = fromEpochDay(day);
    const info = derivation.probe.day(date);
    if (!info.isWorkday) {
      if (info.kind === 'holiday' && info.name) runs.add(day, info.name);
      else weekends++;
      continue;
    }
    counted++;
    if (info.kind === 'makeUpWorkday' && info.name) derivation.add(date, { kind: 'makeUpWorkdayCounted', date, name: info.name });
  }
  addHolidayRuns(runs, derivation);
  const latest = fromEpochDay(day - 1);
  if (weekends > 0) derivation.add(eventDay, { kind: 'weekendsSkipped', days: weekends }, RANK_SUMMARY);
  return latest;
}
