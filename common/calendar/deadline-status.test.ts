import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineStatus, deadlineView, DUE_SOON_WORKDAYS } from './deadline-status';
import { addDays, eachDay, fromEpochDay, parseLocalDate, toEpochDay, type LocalDate } from './local-date';
import { officialHolidayCalendar } from './official-holidays';
import { countWorkdaysBetween } from './workday-count';

const d = parseLocalDate;

describe('deadlineStatus', () => {
  it.each<[string, string, string, number, number, number]>([
    ['2025-10-10', '2025-09-26', 'normal', 6, 14, 0],
    ['2025-10-10', '2025-09-30', 'dueSoon', 3, 10, 0],
    ['2025-10-10', '2025-10-01', 'dueSoon', 2, 9, 0],
    ['2025-10-10', '2025-10-10', 'dueSoon', 1, 0, 0],
    ['2025-10-10', '2025-10-11', 'overdue', 0, -1, 1],
    ['2025-10-10', '2025-10-13', 'overdue', 0, -3, 2],
    ['2026-03-06', '2026-02-13', 'normal', 12, 21, 0],
  ])('due %s, today %s → %s', (due, today, status, remainingWorkdays, remainingDays, overdueWorkdays) => {
    expect(deadlineStatus(d(due), d(today), officialHolidayCalendar)).toEqual({
      status,
      remainingWorkdays,
      remainingDays,
      overdueWorkdays,
      provisional: false,
      provisionalReasons: [],
    });
  });

  it('treats ≤ 3 working days as due soon', () => {
    expect(DUE_SOON_WORKDAYS).toBe(3);
    expect(deadlineStatus(d('2025-10-14'), d('2025-10-09'), officialHolidayCalendar)).toMatchObject({
      status: 'normal',
      remainingWorkdays: 5,
    });
    expect(deadlineStatus(d('2025-10-14'), d('2025-10-11'), officialHolidayCalendar)).toMatchObject({
      status: 'dueSoon',
      remainingWorkdays: 3,
    });
  });

  it('is provisional when the remaining days reach an unmaintained year', () => {
    const status = deadlineStatus(d('2027-01-10'), d('2026-12-20'), officialHolidayCalendar);
    expect(status.provisional).toBe(true);
    expect(status.provisionalReasons.map((reason) => reason.year)).toEqual([2027]);
  });

  it('rejects a nonexistent date', () => {
    expect(() => deadlineStatus('2025-02-30' as LocalDate, d('2025-01-01'), officialHolidayCalendar)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_DATE' }),
    );
  });
});

describe('countWorkdaysBetween', () => {
  it('equals a day-by-day count with chinese-days for ranges in 2020–2026', () => {
    const dates = fc.integer({ min: toEpochDay(d('2020-01-01')), max: toEpochDay(d('2026-10-01')) }).map(fromEpochDay);
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 90 }), (from, length) => {
        const to = addDays(from, length);
        const expected = [...eachDay(from, to)].filter((date) => chineseDays.isWorkday(date)).length;
        expect(countWorkdaysBetween(from, to, officialHolidayCalendar)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('is 0 for a reversed range', () => {
    expect(countWorkdaysBetween(d('2025-10-10'), d('2025-10-01'), officialHolidayCalendar)).toBe(0);
  });
});

describe('deadlineView (what case views show)', () => {
  it('is null without a due date, else the status without the provisional reasons — across National Day 2025', () => {
    expect(deadlineView(null, parseLocalDate('2025-09-30'), officialHolidayCalendar)).toBeNull();
    // Due 2025-10-09 seen on 09-30: 10-01…10-08 are the holiday, 10-09 (Thursday) is a working day.
    expect(deadlineView('2025-10-09', parseLocalDate('2025-09-30'), officialHolidayCalendar)).toEqual({
      status: 'dueSoon',
      remainingWorkdays: 2,
      remainingDays: 9,
      overdueWorkdays: 0,
      provisional: false,
    });
  });
});
