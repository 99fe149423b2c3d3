import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-errors';
import { festivals } from './festivals';
import {
  coverage,
  createHolidayCalendar,
  dayInfo,
  isDateCovered,
  isRestDay,
  isWorkday,
  mergeHolidayCalendars,
  missingSchedulesFor,
} from './holiday-calendar';
import type { YearScheduleInput } from './holiday-types';
import { eachDay, parseLocalDate } from './local-date';
import { officialHolidayCalendar } from './official-holidays';

const d = parseLocalDate;

describe('official calendar 2020–2026 against chinese-days (independent cross-check)', () => {
  it('agrees on isWorkday for every date of 2020–2026', () => {
    const disagreements: string[] = [];
    let checked = 0;
    for (const date of eachDay(d('2020-01-01'), d('2026-12-31'))) {
      checked++;
      if (isWorkday(date, officialHolidayCalendar) !== chineseDays.isWorkday(date)) disagreements.push(date);
    }
    expect(checked).toBe(2557);
    expect(disagreements).toEqual([]);
  });

  it('has the make-up working days chinese-days reports for 2025 and 2026', () => {
    const makeUp = (year: number) => officialHolidayCalendar.years[year]?.makeUpWorkdays.map((day) => day.date);
    expect(makeUp(2025)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(makeUp(2026)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it.each([
    [2020, '国办发明电〔2019〕16号', '2019-11-21'],
    [2021, '国办发明电〔2020〕27号', '2020-11-25'],
    [2022, '国办发明电〔2021〕11号', '2021-10-25'],
    [2023, '国办发明电〔2022〕16号', '2022-12-08'],
    [2024, '国办发明电〔2023〕7号', '2023-10-25'],
    [2025, '国办发明电〔2024〕12号', '2024-11-12'],
    [2026, '国办发明电〔2025〕7号', '2025-11-04'],
  ])('cites the %i notice %s issued %s', (year, documentNumber, issuedOn) => {
    const schedule = officialHolidayCalendar.years[year];
    expect(schedule?.source).toMatchObject({ title: `国务院办公厅关于${year}年部分节假日安排的通知`, documentNumber, issuedOn });
    expect(schedule?.origin).toBe('official');
  });
});

describe('day classification', () => {
  it.each([
    ['2025-10-01', 'holiday', false, '国庆节、中秋节'],
    ['2025-10-08', 'holiday', false, '国庆节、中秋节'],
    ['2025-09-28', 'makeUpWorkday', true, '国庆节、中秋节'],
    ['2025-10-11', 'makeUpWorkday', true, '国庆节、中秋节'],
    ['2025-10-12', 'weekend', false, undefined],
    ['2025-10-09', 'workday', true, undefined],
    ['2022-12-31', 'holiday', false, '元旦'],
    ['2020-02-01', 'holiday', false, '春节'],
    ['2024-02-09', 'workday', true, undefined],
    ['2026-02-14', 'makeUpWorkday', true, '春节'],
  ])('%s is %s', (date, kind, workday, name) => {
    const info = dayInfo(d(date), officialHolidayCalendar);
    expect(info.kind).toBe(kind);
    expect(info.isWorkday).toBe(workday);
    expect(isRestDay(d(date), officialHolidayCalendar)).toBe(!workday);
    expect(info.name?.zh).toBe(name);
  });

  it('records the 2020 extension notice on the extra Spring Festival days', () => {
    const schedule = officialHolidayCalendar.years[2020];
    expect(schedule?.holidays.find((day) => day.date === '2020-01-31')?.basis).toBe('国办发明电〔2020〕1号');
    expect(schedule?.amendments?.[0]?.documentNumber).toBe('国办发明电〔2020〕1号');
  });
});

describe('coverage', () => {
  it('reports maintained years with their notice, and 2027 as not maintained', () => {
    expect(coverage(2025, officialHolidayCalendar)).toMatchObject({ maintained: true, origin: 'official' });
    expect(coverage(2027, officialHolidayCalendar)).toEqual({ year: 2027, maintained: false });
  });

  it('treats the last week of December as depending on the next year notice', () => {
    expect(missingSchedulesFor(d('2026-12-24'), officialHolidayCalendar)).toEqual([]);
    expect(missingSchedulesFor(d('2026-12-28'), officialHolidayCalendar)).toEqual([2027]);
    expect(missingSchedulesFor(d('2027-03-01'), officialHolidayCalendar)).toEqual([2027]);
    expect(isDateCovered(d('2025-12-31'), officialHolidayCalendar)).toBe(true);
  });

  it('still classifies uncovered dates by weekends only', () => {
    expect(dayInfo(d('2027-01-01'), officialHolidayCalendar)).toMatchObject({ kind: 'workday', covered: false });
    expect(isRestDay(d('2027-01-02'), officialHolidayCalendar)).toBe(true);
  });
});

const admin2027: YearScheduleInput = {
  year: 2027,
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）', issuedOn: '2026-11-10' },
  arrangements: [
    { name: festivals.newYearsDay, rest: [{ from: '2027-01-01', to: '2027-01-03' }], makeUpWorkdays: [] },
    { name: festivals.springFestival, rest: [{ from: '2027-02-05', to: '2027-02-12' }], makeUpWorkdays: ['2027-02-13'] },
  ],
};

describe('administrators’ entries', () => {
  it('adds a year and records both versions', () => {
    const merged = mergeHolidayCalendars(officialHolidayCalendar, { version: 'r7', years: [admin2027] });
    expect(merged.version).toBe('cn-official-2020-2026.1+admin:r7');
    expect(coverage(2027, merged)).toMatchObject({ maintained: true, origin: 'administrator' });
    expect(isRestDay(d('2027-02-08'), merged)).toBe(true);
    expect(isWorkday(d('2027-02-13'), merged)).toBe(true);
    expect(isWorkday(d('2027-02-08'), officialHolidayCalendar)).toBe(true);
  });

  it('takes precedence over a shipped year', () => {
    const correction: YearScheduleInput = {
      year: 2025,
      source: { title: '更正', issuedOn: '2025-01-10' },
      arrangements: [{ name: festivals.newYearsDay, rest: [{ from: '2025-01-01', to: '2025-01-01' }], makeUpWorkdays: [] }],
    };
    const merged = mergeHolidayCalendars(officialHolidayCalendar, { version: 'fix', years: [correction] });
    expect(isRestDay(d('2025-10-01'), merged)).toBe(false);
    expect(merged.years[2025]?.origin).toBe('administrator');
  });

  it('rejects a year entered twice', () => {
    expect(() => mergeHolidayCalendars(officialHolidayCalendar, { version: 'x', years: [admin2027, admin2027] })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_DUPLICATE_YEAR' }),
    );
  });

  it.each<[string, Partial<YearScheduleInput>, string]>([
    [
      'a nonexistent date',
      { arrangements: [{ name: festivals.qingming, rest: [{ from: '2027-02-30', to: '2027-02-30' }], makeUpWorkdays: [] }] },
      'CALENDAR_INVALID_DATE',
    ],
    [
      'a range ending before it starts',
      { arrangements: [{ name: festivals.qingming, rest: [{ from: '2027-04-06', to: '2027-04-04' }], makeUpWorkdays: [] }] },
      'CALENDAR_INVALID_RANGE',
    ],
    [
      'a date of another year',
      { arrangements: [{ name: festivals.qingming, rest: [{ from: '2028-04-04', to: '2028-04-04' }], makeUpWorkdays: [] }] },
      'CALENDAR_INVALID_SCHEDULE',
    ],
    [
      'a weekday make-up day',
      { arrangements: [{ name: festivals.qingming, rest: [], makeUpWorkdays: ['2027-04-07'] }] },
      'CALENDAR_INVALID_SCHEDULE',
    ],
    [
      'a day listed twice',
      { arrangements: [{ name: festivals.qingming, rest: [{ from: '2027-04-03', to: '2027-04-04' }], makeUpWorkdays: ['2027-04-03'] }] },
      'CALENDAR_INVALID_SCHEDULE',
    ],
  ])('rejects %s', (_label, patch, code) => {
    const run = () => mergeHolidayCalendars(officialHolidayCalendar, { version: 'x', years: [{ ...admin2027, ...patch }] });
    expect(run).toThrow(CalendarError);
    expect(run).toThrow(expect.objectContaining({ code }));
  });

  it('rejects a day that another year already sets differently', () => {
    const clash: YearScheduleInput = {
      year: 2027,
      source: { title: 't', issuedOn: '2026-11-10' },
      arrangements: [{ name: festivals.newYearsDay, rest: [], makeUpWorkdays: ['2026-12-27'] }],
    };
    const with2026Clash = createHolidayCalendar('t', [clash]);
    expect(isWorkday(d('2026-12-27'), with2026Clash)).toBe(true);
    const conflicting: YearScheduleInput = {
      ...clash,
      year: 2026,
      arrangements: [{ name: festivals.newYearsDay, rest: [{ from: '2026-12-27', to: '2026-12-27' }], makeUpWorkdays: [] }],
    };
    expect(() => createHolidayCalendar('t', [clash, conflicting])).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID_SCHEDULE' }));
  });
});
