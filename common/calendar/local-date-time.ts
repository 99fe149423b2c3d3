import { CalendarError } from './calendar-errors';
import { addDays, parseLocalDate, type LocalDate } from './local-date';

/** A wall-clock time of day `HH:mm` (00:00–23:59), used only by periods counted in hours. */
export type LocalTime = string & { readonly __brand: 'LocalTime' };

/** A date and a wall-clock time without time zone, `YYYY-MM-DDTHH:mm`. */
export type LocalDateTime = string & { readonly __brand: 'LocalDateTime' };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 1440;

export function parseLocalTime(text: string): LocalTime {
  if (!TIME.test(text)) throw new CalendarError('CALENDAR_INVALID_TIME', text);
  return text as LocalTime;
}

export function minutesOfDay(time: LocalTime): number {
  return Number(time.slice(0, 2)) * MINUTES_PER_HOUR + Number(time.slice(3, 5));
}

export function localDateTime(date: LocalDate, time: LocalTime): LocalDateTime {
  return `${date}T${time}` as LocalDateTime;
}

export function parseLocalDateTime(text: string): LocalDateTime {
  const [datePart, timePart, extra] = text.split('T');
  if (datePart === undefined || timePart === undefined || extra !== undefined) throw new CalendarError('CALENDAR_INVALID_DATE', text);
  return localDateTime(parseLocalDate(datePart), parseLocalTime(timePart));
}

export function splitLocalDateTime(value: LocalDateTime): { date: LocalDate; time: LocalTime } {
  return { date: value.slice(0, 10) as LocalDate, time: value.slice(11, 16) as LocalTime };
}

/** Adds whole minutes to a wall-clock date-time (no time zone: every day has 24 hours). */
export function addMinutes(value: LocalDateTime, minutes: number): LocalDateTime {
  if (!Number.isInteger(minutes)) throw new CalendarError('CALENDAR_INVALID_PERIOD', `minutes must be an integer: ${minutes}`);
  const { date, time } = splitLocalDateTime(value);
  const total = minutesOfDay(time) + minutes;
  const dayShift = Math.floor(total / MINUTES_PER_DAY);
  const rest = total - dayShift * MINUTES_PER_DAY;
  const hh = String(Math.floor(rest / MINUTES_PER_HOUR)).padStart(2, '0');
  const mm = String(rest % MINUTES_PER_HOUR).padStart(2, '0');
  return localDateTime(addDays(date, dayShift), `${hh}:${mm}` as LocalTime);
}

/** The start of the next full hour (10:25 → 11:00; 10:00 → 11:00, the starting hour itself is not counted). */
export function nextFullHour(value: LocalDateTime): LocalDateTime {
  const { time } = splitLocalDateTime(value);
  const intoHour = minutesOfDay(time) % MINUTES_PER_HOUR;
  return addMinutes(value, MINUTES_PER_HOUR - intoHour);
}
