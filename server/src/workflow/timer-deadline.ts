import {
  computeDeadline,
  deadlineInputFor,
  type DeadlineResult,
  type ExcludedInterval,
  type Extension,
  type HolidayCalendar,
  type LocalDate,
  type PeriodRule,
} from '@tianping/common/calendar/index';

/** A timer's period as stored: a catalogue id or an explicit rule. */
export type StoredPeriod = { statutoryPeriodId: string } | { rule: PeriodRule; labelZh: string; labelEn: string };

/** A suspension (中止) as stored: `to` is null while it lasts. */
export interface StoredSuspension {
  kind: ExcludedInterval['kind'];
  from: LocalDate;
  to: LocalDate | null;
}

/**
 * The due date of a timer: its period from the start day, with finished suspensions excluded and
 * approved extensions added. A suspension still running is not excluded yet: its end is unknown,
 * and the timer is `suspended` (no escalation) until it is resumed and the date recomputed.
 */
export function timerDeadline(
  period: StoredPeriod,
  start: LocalDate,
  suspensions: readonly StoredSuspension[],
  extensions: readonly Extension[],
  calendar: HolidayCalendar,
): DeadlineResult {
  const excluded: ExcludedInterval[] = suspensions.flatMap((s) =>
    s.to && s.to >= s.from ? [{ kind: s.kind, from: s.from, to: s.to }] : [],
  );
  const input =
    'statutoryPeriodId' in period
      ? deadlineInputFor(period.statutoryPeriodId, start, { excluded, extensions })
      : {
          period: period.rule,
          start,
          label: { zh: period.labelZh, en: period.labelEn },
          ...(excluded.length ? { excluded } : {}),
          ...(extensions.length ? { extensions } : {}),
        };
  return computeDeadline(input, calendar);
}
