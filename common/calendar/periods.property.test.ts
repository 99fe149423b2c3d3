import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRestDay } from './holiday-calendar';
import { addDays, addMonths, dateParts, daysInMonth, diffDays, fromEpochDay, localDate, toEpochDay, type LocalDate } from './local-date';
import { officialHolidayCalendar } from './official-holidays';
import type { DeadlineInput, ExcludedInterval, Extension, PeriodUnit } from './period-types';
import { computeDeadline } from './periods';

const calendar = officialHolidayCalendar;
const basis = { law: '民法典', article: '第二百零一条' };
const dateIn = (from: string, to: string) =>
  fc.integer({ min: toEpochDay(from as LocalDate), max: toEpochDay(to as LocalDate) }).map(fromEpochDay);
const starts = dateIn('2020-01-01', '2026-06-30');
const countedUnits = fc.constantFrom<Exclude<PeriodUnit, 'hour'>>('day', 'workday', 'month', 'year');
const amountFor = (unit: Exclude<PeriodUnit, 'hour'>) =>
  unit === 'year' ? fc.integer({ min: 1, max: 3 }) : unit === 'month' ? fc.integer({ min: 1, max: 18 }) : fc.integer({ min: 1, max: 90 });
const periods = countedUnits.chain((unit) => amountFor(unit).map((amount) => ({ unit, amount })));
const kinds = fc.constantFrom<ExcludedInterval['kind']>('suspension', 'correction', 'appraisal', 'hearing', 'forceMajeure');
/** An excluded interval starting between 10 days before and 200 days after `near`, up to 41 days long. */
const interval = (near: LocalDate): fc.Arbitrary<ExcludedInterval> =>
  fc.tuple(fc.integer({ min: -10, max: 200 }), fc.integer({ min: 0, max: 40 }), kinds).map(([offset, length, kind]) => ({
    kind,
    from: addDays(near, offset),
    to: addDays(near, offset + length),
  }));
const withIntervals = (min: number, max: number) =>
  starts.chain((start) => fc.array(interval(start), { minLength: min, maxLength: max }).map((intervals) => ({ start, intervals })));
const due = (input: DeadlineInput) => computeDeadline(input, calendar).dueDate;

describe('period properties', () => {
  it('adding an excluded interval never moves the end earlier', () => {
    fc.assert(
      fc.property(withIntervals(1, 3), periods, ({ start, intervals }, { unit, amount }) => {
        const base = { period: { amount, unit, legalBasis: basis }, start };
        const without = intervals.slice(0, -1);
        expect(due({ ...base, excluded: intervals }) >= due({ ...base, excluded: without })).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('the order of excluded intervals does not matter (overlaps are merged)', () => {
    fc.assert(
      fc.property(withIntervals(2, 4), periods, ({ start, intervals }, { unit, amount }) => {
        const base = { period: { amount, unit, legalBasis: basis }, start };
        expect(due({ ...base, excluded: [...intervals].reverse() })).toBe(due({ ...base, excluded: intervals }));
      }),
      { numRuns: 300 },
    );
  });

  it('an approved extension never moves the end earlier', () => {
    const extensions: fc.Arbitrary<Extension> = fc
      .tuple(fc.constantFrom<Extension['unit']>('day', 'workday', 'month'), fc.integer({ min: 1, max: 30 }))
      .map(([unit, amount]) => ({ unit, amount, approvedOn: '2020-01-01' as LocalDate, legalBasis: basis }));
    fc.assert(
      fc.property(starts, periods, extensions, (start, { unit, amount }, extension) => {
        const base = { period: { amount, unit, legalBasis: basis }, start };
        expect(due({ ...base, extensions: [extension] }) >= due(base)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a working-day result is never a rest day, and matches chinese-days findWorkday', () => {
    fc.assert(
      fc.property(dateIn('2020-01-01', '2026-10-31'), fc.integer({ min: 1, max: 40 }), (start, amount) => {
        const result = due({ period: { amount, unit: 'workday', legalBasis: basis }, start });
        expect(isRestDay(result, calendar)).toBe(false);
        expect(result).toBe(chineseDays.findWorkday(amount, start));
      }),
      { numRuns: 500 },
    );
  });

  it('a day-period result is never a rest day and never before start + amount', () => {
    fc.assert(
      fc.property(withIntervals(0, 2), fc.integer({ min: 1, max: 400 }), ({ start, intervals }, amount) => {
        const result = due({ period: { amount, unit: 'day', legalBasis: basis }, start, excluded: intervals });
        expect(isRestDay(result, calendar)).toBe(false);
        expect(diffDays(start, result)).toBeGreaterThanOrEqual(amount);
      }),
      { numRuns: 400 },
    );
  });

  it('a month period from a month end never overflows into the following month (民法典 第二百零二条)', () => {
    const monthEnds = fc
      .tuple(fc.integer({ min: 2020, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }))
      .map(([year, month, back]) => localDate(year, month, daysInMonth(year, month) - back));
    fc.assert(
      fc.property(monthEnds, fc.integer({ min: 1, max: 12 }), (start, months) => {
        const nominal = addMonths(start, months);
        const from = dateParts(start);
        const { year, month, day } = dateParts(nominal);
        expect((year - from.year) * 12 + month - from.month).toBe(months);
        expect(day).toBe(Math.min(from.day, daysInMonth(year, month)));
        const result = due({ period: { amount: months, unit: 'month', legalBasis: basis, holidayShift: false }, start });
        expect(result).toBe(nominal);
        const shifted = due({ period: { amount: months, unit: 'month', legalBasis: basis }, start });
        expect(shifted >= nominal).toBe(true);
        expect(isRestDay(shifted, calendar)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
