import { CalendarProbe } from './calendar-probe';
import { Exclusions } from './excluded-intervals';
import { dayInfo } from './holiday-calendar';
import type { HolidayCalendar } from './holiday-types';
import { addDays, fromEpochDay, toEpochDay, type LocalDate } from './local-date';
import { addMinutes, localDateTime, nextFullHour, parseLocalTime, splitLocalDateTime } from './local-date-time';
import {
  countDays,
  countMonths,
  countWorkdays,
  Derivation,
  latestWorkdayBefore,
  RANK_DETAIL,
  RANK_END,
  shiftPastRestDays,
} from './period-counting';
import type { DeadlineInput, DeadlineResult, DeadlineStep, DeemedResult, Extension, PeriodUnit } from './period-types';
import { validateDeadlineInput } from './period-validation';

const END_OF_DAY = '24:00';
const MINUTES_PER_HOUR = 60;
const MONTHS_PER_YEAR = 12;

/**
 * Computes the last day of a statutory period and how it was derived (statutory-rules.md §0.2):
 * - the start day is not counted (民法典 第二百零一条第一款; 民事诉讼法 第八十五条第二款);
 * - day periods count natural days; working-day periods count only working days, passing over
 *   weekends and holidays and counting 调休 make-up working days;
 * - month and year periods end on the corresponding day, or the month's last day (民法典 第二百零二条);
 * - excluded time is not counted, approved extensions continue from the period's end;
 * - a last day that is a rest day moves to the next working day (民法典 第二百零三条第一款;
 *   民事诉讼法 第八十五条第三款) unless the period says otherwise (刑事诉讼法 第一百零五条第四款);
 *   the shift applies once, to the final last day, since only that day is the period's last day;
 * - hours count from the next full hour (民事诉讼法 第八十五条第二款) and are not shifted.
 * Days of an unmaintained schedule year are counted with weekends only, and the result is marked
 * provisional with the reason. The calendar version is recorded.
 */
export function computeDeadline(input: DeadlineInput, calendar: HolidayCalendar): DeadlineResult {
  validateDeadlineInput(input);
  if (input.period.unit === 'hour') return computeHours(input, calendar);
  const probe = new CalendarProbe(calendar);
  const derivation = new Derivation(probe, new Exclusions(input.excluded ?? []));
  return (input.period.direction ?? 'after') === 'before' ? computeBefore(input, derivation) : computeAfter(input, derivation);
}

function countSegment(after: LocalDate, amount: number, unit: Exclude<PeriodUnit, 'hour'>, derivation: Derivation): LocalDate {
  switch (unit) {
    case 'day':
      return countDays(after, amount, derivation, true);
    case 'workday':
      return countWorkdays(after, amount, derivation);
    case 'month':
      return countMonths(after, amount, derivation);
    case 'year':
      return countMonths(after, amount * MONTHS_PER_YEAR, derivation);
  }
}

/** The legal last day of a segment ending on `end`, looked up without recording (used only to flag late approvals). */
function legalEndOf(end: LocalDate, calendar: HolidayCalendar): LocalDate {
  let date = end;
  while (!dayInfo(date, calendar).isWorkday) date = addDays(date, 1);
  return date;
}

function byApproval(a: Extension, b: Extension): number {
  return a.approvedOn < b.approvedOn ? -1 : a.approvedOn > b.approvedOn ? 1 : 0;
}

function computeAfter(input: DeadlineInput, derivation: Derivation): DeadlineResult {
  const { period } = input;
  const unit = period.unit as Exclude<PeriodUnit, 'hour'>;
  const start = input.start;
  const calendar = derivation.probe.calendar;
  let end = countSegment(start, period.amount, unit, derivation);
  const extensions = [...(input.extensions ?? [])].sort(byApproval);
  if (extensions.length > 0) derivation.add(end, { kind: 'periodEnd', date: end }, RANK_END);
  for (const extension of extensions) {
    const approvedLate = extension.approvedOn > legalEndOf(end, calendar);
    const extended = countSegment(end, extension.amount, extension.unit as Exclude<PeriodUnit, 'hour'>, derivation);
    derivation.add(extended, { kind: 'extension', extension, from: end, to: extended, approvedLate }, RANK_END);
    end = extended;
  }
  const tail: DeadlineStep[] = [];
  let dueDate = end;
  if (period.holidayShift ?? true) {
    const shifted = shiftPastRestDays(end, derivation);
    if (shifted.skipped.length > 0) tail.push({ kind: 'holidayShift', from: end, to: shifted.date, skipped: shifted.skipped });
    dueDate = shifted.date;
  } else if (!derivation.probe.day(end).isWorkday) {
    tail.push({ kind: 'noHolidayShift', date: end, ...(period.holidayShiftBasis ? { basis: period.holidayShiftBasis } : {}) });
  }
  addExcludedSteps(derivation);
  const usesWorkdays = unit === 'workday' || extensions.some((extension) => extension.unit === 'workday');
  const head: DeadlineStep[] = [
    { kind: 'start', date: start, countFrom: addDays(start, 1), ...(input.anchor ? { anchor: input.anchor } : {}) },
    { kind: 'rule', amount: period.amount, unit, direction: 'after', legalBasis: period.legalBasis },
    ...(usesWorkdays ? [{ kind: 'workdayRule', notices: derivation.probe.notices() } as const] : []),
  ];
  return finish(input, derivation, head, tail, dueDate);
}

function addExcludedSteps(derivation: Derivation): void {
  const { exclusions } = derivation;
  exclusions.intervals.forEach((interval, index) => {
    const first = exclusions.firstUncounted[index];
    const date = first === undefined ? interval.from : fromEpochDay(first);
    derivation.add(
      date,
      {
        kind: 'excluded',
        interval,
        uncountedDays: exclusions.uncountedDays[index] ?? 0,
        uncountedWorkdays: exclusions.uncountedWorkdays[index] ?? 0,
        overlapDays: exclusions.overlapDays[index] ?? 0,
      },
      RANK_DETAIL,
    );
  });
}

/**
 * Periods that must lie wholly before an event ("于举行听证的五日前…通知"): the start day here is
 * the event's day, and the result is the latest day to act so that the full period — counted, as
 * always, from the day after the act — ends before the event's day. Neither the day of the act
 * nor the day of the event is part of the period.
 */
function computeBefore(input: DeadlineInput, derivation: Derivation): DeadlineResult {
  const { period } = input;
  const eventDay = input.start;
  const latest =
    period.unit === 'workday'
      ? latestWorkdayBefore(eventDay, period.amount, derivation)
      : fromEpochDay(toEpochDay(eventDay) - period.amount - 1);
  const tail: DeadlineStep[] = [];
  if (!derivation.probe.day(latest).isWorkday) {
    let lastWorkday = addDays(latest, -1);
    while (!derivation.probe.day(lastWorkday).isWorkday) lastWorkday = addDays(lastWorkday, -1);
    tail.push({ kind: 'latestIsRestDay', date: latest, lastWorkday });
  }
  const head: DeadlineStep[] = [
    { kind: 'start', date: eventDay, countFrom: eventDay, ...(input.anchor ? { anchor: input.anchor } : {}) },
    { kind: 'rule', amount: period.amount, unit: period.unit, direction: 'before', legalBasis: period.legalBasis },
    ...(period.unit === 'workday' ? [{ kind: 'workdayRule', notices: derivation.probe.notices() } as const] : []),
  ];
  return finish(input, derivation, head, tail, latest);
}

function deemedResult(input: DeadlineInput, dueDate: LocalDate): DeemedResult | undefined {
  const rule = input.deemed;
  if (!rule) return undefined;
  const effectiveOn = rule.effective === 'asOfStart' ? input.start : rule.effective === 'onDueDate' ? dueDate : addDays(dueDate, 1);
  return { code: rule.code, outcome: rule.outcome, effectiveOn, determinableAfter: dueDate, legalBasis: rule.legalBasis };
}

function finish(
  input: DeadlineInput,
  derivation: Derivation,
  head: DeadlineStep[],
  tail: DeadlineStep[],
  dueDate: LocalDate,
): DeadlineResult {
  const deemed = deemedResult(input, dueDate);
  const provisionalReasons = derivation.probe.provisionalReasons();
  const direction = input.period.direction ?? 'after';
  const steps: DeadlineStep[] = [
    ...head,
    ...derivation.sortedSteps(),
    ...tail,
    { kind: 'result', dueDate, dueTime: END_OF_DAY, direction },
    ...(deemed ? [{ kind: 'deemed', deemed } as const] : []),
    ...provisionalReasons.map((reason) => ({ kind: 'provisional', reason }) as const),
  ];
  return {
    dueDate,
    dueTime: END_OF_DAY,
    provisional: provisionalReasons.length > 0,
    provisionalReasons,
    steps,
    calendarVersion: derivation.probe.calendar.version,
    ...(deemed ? { deemed } : {}),
    input,
  };
}

/** Hour periods run continuously (no rest-day shift: 民法典 第二百零三条 speaks of a last *day*). */
function computeHours(input: DeadlineInput, calendar: HolidayCalendar): DeadlineResult {
  const { period } = input;
  const startAt = localDateTime(input.start, parseLocalTime(input.startTime ?? ''));
  const countFrom = (period.hourStart ?? 'nextFullHour') === 'exactTime' ? startAt : nextFullHour(startAt);
  let end = addMinutes(countFrom, period.amount * MINUTES_PER_HOUR);
  const steps: DeadlineStep[] = [
    { kind: 'start', date: input.start, time: input.startTime ?? '', countFrom, ...(input.anchor ? { anchor: input.anchor } : {}) },
    { kind: 'rule', amount: period.amount, unit: 'hour', direction: 'after', legalBasis: period.legalBasis },
  ];
  for (const extension of [...(input.extensions ?? [])].sort(byApproval)) {
    const extended = addMinutes(end, extension.amount * MINUTES_PER_HOUR);
    steps.push({
      kind: 'extension',
      extension,
      from: end,
      to: extended,
      approvedLate: extension.approvedOn > splitLocalDateTime(end).date,
    });
    end = extended;
  }
  const { date, time } = splitLocalDateTime(end);
  const deemed = deemedResult(input, date);
  steps.push({ kind: 'result', dueDate: date, dueTime: time, direction: 'after' });
  if (deemed) steps.push({ kind: 'deemed', deemed });
  return {
    dueDate: date,
    dueTime: time,
    dueDateTime: end,
    provisional: false,
    provisionalReasons: [],
    steps,
    calendarVersion: calendar.version,
    ...(deemed ? { deemed } : {}),
    input,
  };
}
