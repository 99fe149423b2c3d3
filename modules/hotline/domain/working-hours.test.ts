import { describe, expect, it } from 'vitest';
import { isWorkday as isCalendarWorkday, officialHolidayCalendar, parseLocalDate } from '@tianping/common/calendar/index';
import { addWorkingHours, workingHoursBetween } from './working-hours';

/** Monday–Friday, with 2025-05-01..05 (劳动节) off and Sunday 2025-04-27 a make-up working day. */
const isWorkday = (d: string) => {
  if (d === '2025-04-27') return true;
  if (d >= '2025-05-01' && d <= '2025-05-05') return false;
  const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6;
};

describe('working-hours service level (local rule: 09:00–17:00 Beijing on working days)', () => {
  it('counts within the same day and carries over to the next working day', () => {
    // Mon 2025-03-03 10:00 Beijing = 02:00Z; +4 h → 14:00 Beijing.
    expect(addWorkingHours(new Date('2025-03-03T02:00:00Z'), 4, isWorkday).toISOString()).toBe('2025-03-03T06:00:00.000Z');
    // +8 h from 10:00 → 7 h today, 1 h tomorrow → Tue 10:00 Beijing.
    expect(addWorkingHours(new Date('2025-03-03T02:00:00Z'), 8, isWorkday).toISOString()).toBe('2025-03-04T02:00:00.000Z');
  });

  it('starts at the next opening after hours and skips weekends and holidays', () => {
    // Fri 2025-03-07 20:00 Beijing → Mon 09:00 + 2 h = 11:00 Beijing.
    expect(addWorkingHours(new Date('2025-03-07T12:00:00Z'), 2, isWorkday).toISOString()).toBe('2025-03-10T03:00:00.000Z');
    // Wed 2025-04-30 16:00 Beijing + 3 h: 1 h on 4-30, holiday 5-1..5-5, then 2 h on Tue 5-06 → 11:00.
    expect(addWorkingHours(new Date('2025-04-30T08:00:00Z'), 3, isWorkday).toISOString()).toBe('2025-05-06T03:00:00.000Z');
  });

  it('measures working hours between two instants', () => {
    expect(workingHoursBetween(new Date('2025-03-07T08:00:00Z'), new Date('2025-03-10T03:00:00Z'), isWorkday)).toBe(3);
    expect(workingHoursBetween(new Date('2025-03-10T03:00:00Z'), new Date('2025-03-07T08:00:00Z'), isWorkday)).toBe(0);
  });

  it('follows the official calendar: holidays skipped, 调休 make-up working days counted (2025)', () => {
    const official = (d: string) => isCalendarWorkday(parseLocalDate(d), officialHolidayCalendar);
    // Sat 2025-04-26 18:00 Beijing + 2 h → Sunday 2025-04-27 is a make-up working day (劳动节调休) → 11:00.
    expect(addWorkingHours(new Date('2025-04-26T10:00:00Z'), 2, official).toISOString()).toBe('2025-04-27T03:00:00.000Z');
    // Tue 2025-09-30 16:00 + 3 h: 1 h on 9-30, 国庆中秋 10-01..10-08 off, 2 h on Thu 10-09 → 11:00.
    expect(addWorkingHours(new Date('2025-09-30T08:00:00Z'), 3, official).toISOString()).toBe('2025-10-09T03:00:00.000Z');
    // Fri 2025-10-10 16:00 + 2 h: 1 h on Friday, then Saturday 10-11 is a make-up working day → 10:00.
    expect(addWorkingHours(new Date('2025-10-10T08:00:00Z'), 2, official).toISOString()).toBe('2025-10-11T02:00:00.000Z');
  });
});
