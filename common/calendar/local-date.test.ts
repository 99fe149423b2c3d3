import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-errors';
import { chineseWeekday, formatChineseDate, formatChineseNumeralDate, formatEnglishDate } from './chinese-date-format';
import { articleToEnglish, formatLegalBasis, parseChineseNumeral } from './legal-basis';
import {
  addDays,
  addMonths,
  addYears,
  compareLocalDates,
  dateParts,
  dayOfWeek,
  daysInMonth,
  diffDays,
  eachDay,
  fromEpochDay,
  isLocalDate,
  localDate,
  localDateAt,
  parseLocalDate,
  toEpochDay,
  tryParseLocalDate,
} from './local-date';
import { addMinutes, nextFullHour, parseLocalDateTime, parseLocalTime } from './local-date-time';

const d = parseLocalDate;

describe('parseLocalDate', () => {
  it.each(['2025-02-30', '2025-13-01', '2025-00-10', '2023-02-29', '2025-1-01', '20250101', '2025-01-01T00:00', '', '0000-01-01'])(
    'rejects %j with a typed error',
    (text) => {
      expect(() => parseLocalDate(text)).toThrow(CalendarError);
      expect(() => parseLocalDate(text)).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID_DATE' }));
      expect(tryParseLocalDate(text)).toBeUndefined();
      expect(isLocalDate(text)).toBe(false);
    },
  );

  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01', '9999-12-31'])('accepts %s', (text) => {
    expect(parseLocalDate(text)).toBe(text);
  });

  it('carries a bilingual message', () => {
    const error = (() => {
      try {
        parseLocalDate('2025-02-30');
      } catch (caught) {
        return caught as CalendarError;
      }
    })();
    expect(error?.messageZh).toContain('日期不存在');
    expect(error?.message).toContain('2025-02-30');
  });

  it('builds from parts and rejects nonexistent parts', () => {
    expect(localDate(2025, 3, 1)).toBe('2025-03-01');
    expect(() => localDate(1900, 2, 29)).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID_DATE' }));
  });
});

describe('arithmetic', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-08-02', 60, '2025-10-01'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(d(date), days)).toBe(expected);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
  ])('addMonths(%s, %i) = %s (month-end clamping)', (date, months, expected) => {
    expect(addMonths(d(date), months)).toBe(expected);
  });

  it('addYears clamps 29 February', () => {
    expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(addYears(d('2024-02-29'), 4)).toBe('2028-02-29');
  });

  it('compares, diffs and names weekdays', () => {
    expect(compareLocalDates(d('2025-01-01'), d('2025-01-02'))).toBe(-1);
    expect(compareLocalDates(d('2025-01-02'), d('2025-01-02'))).toBe(0);
    expect(diffDays(d('2025-01-01'), d('2026-01-01'))).toBe(365);
    expect(dayOfWeek(d('2025-10-01'))).toBe(3);
    expect(dayOfWeek(d('2025-09-28'))).toBe(7);
    expect(dayOfWeek(d('1970-01-01'))).toBe(4);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('iterates inclusive ranges and rejects reversed ones', () => {
    expect([...eachDay(d('2025-02-27'), d('2025-03-01'))]).toEqual(['2025-02-27', '2025-02-28', '2025-03-01']);
    expect(() => [...eachDay(d('2025-03-01'), d('2025-02-27'))]).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID_RANGE' }));
  });

  it('takes the Beijing date of an instant', () => {
    expect(localDateAt('2025-09-30T16:30:00Z')).toBe('2025-10-01');
    expect(localDateAt('2025-09-30T15:59:00Z')).toBe('2025-09-30');
    expect(localDateAt(new Date('2025-01-01T00:00:00Z'), 0)).toBe('2025-01-01');
  });
});

describe('properties', () => {
  const dates = fc.integer({ min: toEpochDay(d('1900-01-01')), max: toEpochDay(d('2200-12-31')) }).map(fromEpochDay);

  it('epoch day round-trips and agrees with Date.UTC', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const { year, month, day } = dateParts(date);
        expect(fromEpochDay(toEpochDay(date))).toBe(date);
        expect(toEpochDay(date)).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
      }),
    );
  });

  it('month arithmetic never overflows into the following month', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const result = addMonths(date, months);
        const from = dateParts(date);
        const to = dateParts(result);
        expect((to.year - from.year) * 12 + (to.month - from.month)).toBe(months);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });
});

describe('Chinese and English formatting', () => {
  it.each([
    ['2025-03-01', '2025年3月1日', '二〇二五年三月一日', '1 March 2025'],
    ['2020-10-10', '2020年10月10日', '二〇二〇年十月十日', '10 October 2020'],
    ['2026-12-31', '2026年12月31日', '二〇二六年十二月三十一日', '31 December 2026'],
    ['2008-11-20', '2008年11月20日', '二〇〇八年十一月二十日', '20 November 2008'],
    ['2019-02-19', '2019年2月19日', '二〇一九年二月十九日', '19 February 2019'],
  ])('%s', (date, chinese, numerals, english) => {
    expect(formatChineseDate(d(date))).toBe(chinese);
    expect(formatChineseNumeralDate(d(date))).toBe(numerals);
    expect(formatEnglishDate(d(date))).toBe(english);
  });

  it('names the weekday', () => {
    expect(chineseWeekday(d('2025-10-11'))).toBe('星期六');
  });
});

describe('hours', () => {
  it('adds minutes across midnight and finds the next full hour', () => {
    expect(addMinutes(parseLocalDateTime('2025-12-31T23:30'), 45)).toBe('2026-01-01T00:15');
    expect(nextFullHour(parseLocalDateTime('2025-09-30T10:25'))).toBe('2025-09-30T11:00');
    expect(nextFullHour(parseLocalDateTime('2025-09-30T10:00'))).toBe('2025-09-30T11:00');
    expect(nextFullHour(parseLocalDateTime('2025-09-30T23:59'))).toBe('2025-10-01T00:00');
  });

  it.each(['24:00', '9:00', '12:60', 'noon'])('rejects the time %j', (text) => {
    expect(() => parseLocalTime(text)).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID_TIME' }));
  });
});

describe('legal citations', () => {
  it.each([
    ['二百零一', 201],
    ['十五', 15],
    ['八十八', 88],
    ['一千二百五十九', 1259],
    ['三', 3],
  ])('parses %s', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each([
    ['第三十条', 'Art. 30'],
    ['第八十八条第二款', 'Art. 88(2)'],
    ['第三十二条第一款第四项', 'Art. 32(1)(4)'],
    ['第二、六、七条', 'Arts. 2, 6, 7'],
    ['第三十条第一款、第八十八条第二款', 'Arts. 30(1), 88(2)'],
    ['第三十二至三十四条', 'Arts. 32–34'],
    ['第二十一条第二款、第三款', 'Arts. 21(2), 21(3)'],
    ['第二百零三条第一款', 'Art. 203(1)'],
    ['附则', '附则'],
  ])('renders %s as %s', (article, english) => {
    expect(articleToEnglish(article)).toBe(english);
  });

  it('formats a basis in both languages', () => {
    const basis = { law: '行政复议法', article: '第六十二条第一款' };
    expect(formatLegalBasis(basis, 'zh')).toBe('《行政复议法》第六十二条第一款');
    expect(formatLegalBasis(basis, 'en')).toBe('Administrative Reconsideration Law, Art. 62(1)');
  });
});
