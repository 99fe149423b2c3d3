import { CalendarError } from './calendar-errors';
import { tryParseLocalDate } from './local-date';
import { parseLocalTime } from './local-date-time';
import type { DeadlineInput, PeriodUnit } from './period-types';

/** Upper bounds that keep every loop finite and catch unit mistakes (e.g. 60 years typed for 60 days). */
export const MAX_AMOUNT: Readonly<Record<PeriodUnit, number>> = {
  day: 36_600,
  workday: 26_000,
  month: 1_200,
  year: 100,
  hour: 87_600,
};

const UNITS: readonly PeriodUnit[] = ['day', 'workday', 'month', 'year', 'hour'];

function assertAmount(amount: number, unit: PeriodUnit, what: string): void {
  if (!UNITS.includes(unit)) throw new CalendarError('CALENDAR_INVALID_PERIOD', `${what}: unknown unit ${String(unit)}`);
  if (!Number.isInteger(amount) || amount <= 0 || amount > MAX_AMOUNT[unit]) {
    throw new CalendarError(
      'CALENDAR_INVALID_PERIOD',
      `${what}: amount must be a whole number from 1 to ${MAX_AMOUNT[unit]} (${unit}), got ${amount}`,
    );
  }
}

/**
 * Rejects bad input with typed errors (all HTTP 400): nonexistent dates, ranges ending before
 * they start, non-positive amounts, extensions in hours on a day period (or the reverse), and
 * combinations the law does not know (excluded time or extensions on a period counted backwards
 * from an event, excluded days on an hour period).
 */
export function validateDeadlineInput(input: DeadlineInput): void {
  const { period } = input;
  assertAmount(period.amount, period.unit, 'period');
  if (tryParseLocalDate(input.start) === undefined) throw new CalendarError('CALENDAR_INVALID_DATE', `start ${input.start}`);
  const direction = period.direction ?? 'after';
  if (direction !== 'after' && direction !== 'before') throw new CalendarError('CALENDAR_INVALID_PERIOD', `direction ${String(direction)}`);
  const isHours = period.unit === 'hour';
  if (isHours) {
    if (input.startTime === undefined) throw new CalendarError('CALENDAR_INVALID_TIME', 'an hour period needs startTime (HH:mm)');
    parseLocalTime(input.startTime);
    if (direction === 'before') throw new CalendarError('CALENDAR_INVALID_PERIOD', 'hour periods are counted forwards only');
    if ((input.excluded ?? []).length > 0) throw new CalendarError('CALENDAR_INVALID_PERIOD', 'no law excludes days from an hour period');
  }
  if (direction === 'before') {
    if (period.unit !== 'day' && period.unit !== 'workday')
      throw new CalendarError('CALENDAR_INVALID_PERIOD', 'periods before an event are counted in days or working days');
    if ((input.excluded ?? []).length > 0 || (input.extensions ?? []).length > 0 || input.deemed) {
      throw new CalendarError('CALENDAR_INVALID_PERIOD', 'a period before an event takes no excluded time, extension or deemed outcome');
    }
  }
  for (const extension of input.extensions ?? []) {
    assertAmount(extension.amount, extension.unit, 'extension');
    if (tryParseLocalDate(extension.approvedOn) === undefined)
      throw new CalendarError('CALENDAR_INVALID_DATE', `extension approvedOn ${extension.approvedOn}`);
    if ((extension.unit === 'hour') !== isHours)
      throw new CalendarError('CALENDAR_INVALID_PERIOD', `an extension in ${extension.unit} cannot extend a period in ${period.unit}`);
  }
  const effects = ['onDueDate', 'dayAfterDueDate', 'asOfStart'];
  if (input.deemed && !effects.includes(input.deemed.effective))
    throw new CalendarError('CALENDAR_INVALID_PERIOD', `deemed effective ${String(input.deemed.effective)}`);
}
