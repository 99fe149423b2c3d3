import { describe, expect, it } from 'vitest';
import { festivals } from './festivals';
import { mergeHolidayCalendars } from './holiday-calendar';
import type { LegalBasis } from './legal-basis';
import { parseLocalDate } from './local-date';
import { officialHolidayCalendar } from './official-holidays';
import type { DeadlineInput, DeadlineStep, ExcludedInterval, Extension, PeriodRule, PeriodUnit } from './period-types';
import { computeDeadline } from './periods';

const d = parseLocalDate;
const basis: LegalBasis = { law: '行政复议法', article: '第六十二条第一款' };
const rule = (amount: number, unit: PeriodUnit, options: Partial<PeriodRule> = {}): PeriodRule => ({
  amount,
  unit,
  legalBasis: basis,
  ...options,
});
const suspension = (from: string, to: string): ExcludedInterval => ({ kind: 'suspension', from: d(from), to: d(to) });
const extension = (amount: number, unit: Extension['unit'], approvedOn: string): Extension => ({
  amount,
  unit,
  approvedOn: d(approvedOn),
  legalBasis: basis,
});
const compute = (input: DeadlineInput) => computeDeadline(input, officialHolidayCalendar);
const stepsOf = <K extends DeadlineStep['kind']>(steps: readonly DeadlineStep[], kind: K) =>
  steps.filter((step): step is Extract<DeadlineStep, { kind: K }> => step.kind === kind);

describe('working-day periods (real 2024–2026 schedules)', () => {
  it.each<[string, number, string, string]>([
    ['5-workday review starting before National Day 2025 (09-28 make-up Sunday counts)', 5, '2025-09-26', '2025-10-10'],
    ['5 workdays from the last day before the break (10-11 make-up Saturday counts)', 5, '2025-09-30', '2025-10-14'],
    ['15 workdays across Spring Festival 2026 (02-14 and 02-28 make-up Saturdays count)', 15, '2026-02-09', '2026-03-06'],
    ['15 workdays across National Day 2024 (10-12 make-up Saturday counts)', 15, '2024-09-30', '2024-10-25'],
    ['20 workdays across New Year 2025', 20, '2024-12-20', '2025-01-20'],
  ])('%s', (_label, amount, start, due) => {
    const result = compute({ period: rule(amount, 'workday'), start: d(start) });
    expect(result.dueDate).toBe(due);
    expect(result.provisional).toBe(false);
    expect(result.calendarVersion).toBe(officialHolidayCalendar.version);
  });

  it('reports each skipped holiday by name and each make-up working day counted', () => {
    const result = compute({ period: rule(15, 'workday'), start: d('2026-02-09') });
    expect(stepsOf(result.steps, 'holidaySkipped')).toEqual([
      { kind: 'holidaySkipped', from: '2026-02-15', to: '2026-02-23', days: 9, name: festivals.springFestival },
    ]);
    expect(stepsOf(result.steps, 'makeUpWorkdayCounted').map((step) => step.date)).toEqual(['2026-02-14', '2026-02-28']);
    expect(stepsOf(result.steps, 'weekendsSkipped')).toEqual([{ kind: 'weekendsSkipped', days: 1 }]);
    expect(stepsOf(result.steps, 'workdayRule')[0]?.notices).toEqual([
      { year: 2026, title: '国务院办公厅关于2026年部分节假日安排的通知', documentNumber: '国办发明电〔2025〕7号' },
    ]);
  });
});

describe('natural-day periods', () => {
  it.each<[string, number, string, string, string | undefined]>([
    ['60-day decision ending on National Day moves to 2025-10-09', 60, '2025-08-02', '2025-10-09', '2025-10-01'],
    ['7 days ending in Spring Festival 2026 moves past the break', 7, '2026-02-10', '2026-02-24', '2026-02-17'],
    ['30 days ending on make-up Saturday 2026-02-14 stays', 30, '2026-01-15', '2026-02-14', undefined],
    ['10 days ending on make-up Sunday 2025-09-28 stays', 10, '2025-09-18', '2025-09-28', undefined],
    ['15 days ending on an ordinary Sunday moves to Monday', 15, '2025-03-01', '2025-03-17', '2025-03-16'],
  ])('%s', (_label, amount, start, due, shiftedFrom) => {
    const result = compute({ period: rule(amount, 'day'), start: d(start) });
    expect(result.dueDate).toBe(due);
    expect(stepsOf(result.steps, 'holidayShift')[0]?.from).toBe(shiftedFrom);
  });

  it('counts holidays inside a day period as natural days and says so', () => {
    const result = compute({ period: rule(60, 'day'), start: d('2025-08-02') });
    expect(stepsOf(result.steps, 'holidayCountedAsDays')).toEqual([]);
    const spanning = compute({ period: rule(30, 'day'), start: d('2025-09-20') });
    expect(spanning.dueDate).toBe('2025-10-20');
    expect(stepsOf(spanning.steps, 'holidayCountedAsDays')[0]).toMatchObject({ from: '2025-10-01', to: '2025-10-08' });
  });

  it('does not shift a custody period (刑事诉讼法 第一百零五条第四款)', () => {
    const custody = { law: '刑事诉讼法', article: '第一百零五条第四款' };
    const result = compute({ period: rule(30, 'day', { holidayShift: false, holidayShiftBasis: custody }), start: d('2025-09-01') });
    expect(result.dueDate).toBe('2025-10-01');
    expect(stepsOf(result.steps, 'noHolidayShift')).toEqual([{ kind: 'noHolidayShift', date: '2025-10-01', basis: custody }]);
  });
});

describe('month and year periods', () => {
  it.each<[string, number, PeriodUnit, string, string]>([
    ['a month from 01-31 ends on the last day of February', 1, 'month', '2025-01-31', '2025-02-28'],
    ['a month from 2024-01-31 ends on 02-29 (leap year)', 1, 'month', '2024-01-31', '2024-02-29'],
    ['a month from 2026-01-31 ends on 02-28, a make-up Saturday', 1, 'month', '2026-01-31', '2026-02-28'],
    ['a month from 08-31 ends on 09-30', 1, 'month', '2025-08-31', '2025-09-30'],
    ['6 months ending on National Day move to 10-09', 6, 'month', '2025-04-01', '2025-10-09'],
    ['a year from 2024-02-29 ends on 2025-02-28', 1, 'year', '2024-02-29', '2025-02-28'],
  ])('%s', (_label, amount, unit, start, due) => {
    expect(compute({ period: rule(amount, unit), start: d(start) }).dueDate).toBe(due);
  });

  it('records the month-end rule when there is no corresponding day', () => {
    const result = compute({ period: rule(1, 'month'), start: d('2025-01-31') });
    expect(stepsOf(result.steps, 'monthEnd')).toEqual([{ kind: 'monthEnd', date: '2025-02-28' }]);
  });

  it('pushes a month period out by the excluded days, then shifts off a Sunday', () => {
    const result = compute({ period: rule(3, 'month'), start: d('2025-01-10'), excluded: [suspension('2025-02-01', '2025-02-10')] });
    expect(result.dueDate).toBe('2025-04-21');
    expect(stepsOf(result.steps, 'excluded')[0]).toMatchObject({ uncountedDays: 10, uncountedWorkdays: 0 });
  });
});

describe('excluded intervals and extensions', () => {
  it('a 60-day decision with a suspension and a 30-day extension', () => {
    const result = compute({
      period: rule(60, 'day'),
      start: d('2025-03-03'),
      excluded: [suspension('2025-03-10', '2025-03-19')],
      extensions: [extension(30, 'day', '2025-05-06')],
    });
    expect(stepsOf(result.steps, 'periodEnd')).toEqual([{ kind: 'periodEnd', date: '2025-05-12' }]);
    expect(result.dueDate).toBe('2025-06-11');
    expect(stepsOf(result.steps, 'extension')[0]).toMatchObject({ from: '2025-05-12', to: '2025-06-11', approvedLate: false });
  });

  it('merges overlapping intervals so that no day is excluded twice', () => {
    const appraisal: ExcludedInterval = { kind: 'appraisal', from: d('2025-03-15'), to: d('2025-03-21') };
    const result = compute({
      period: rule(60, 'day'),
      start: d('2025-03-03'),
      excluded: [appraisal, suspension('2025-03-10', '2025-03-19')],
    });
    expect(result.dueDate).toBe('2025-05-14');
    const excluded = stepsOf(result.steps, 'excluded');
    expect(excluded.map((step) => [step.interval.kind, step.uncountedDays, step.overlapDays])).toEqual([
      ['suspension', 10, 0],
      ['appraisal', 2, 5],
    ]);
  });

  it('excludes working days from a working-day period (公证法 第三十条)', () => {
    const materials: ExcludedInterval = { kind: 'supplementaryMaterials', from: d('2025-03-10'), to: d('2025-03-16') };
    const result = compute({ period: rule(15, 'workday'), start: d('2025-03-03'), excluded: [materials] });
    expect(result.dueDate).toBe('2025-03-31');
    expect(stepsOf(result.steps, 'excluded')[0]).toMatchObject({ uncountedDays: 0, uncountedWorkdays: 5 });
  });

  it('extends a working-day licensing decision across National Day 2025', () => {
    const result = compute({ period: rule(20, 'workday'), start: d('2025-09-15'), extensions: [extension(10, 'workday', '2025-10-15')] });
    expect(stepsOf(result.steps, 'periodEnd')[0]?.date).toBe('2025-10-17');
    expect(result.dueDate).toBe('2025-10-31');
  });

  it('ignores excluded time outside the period and flags a late approval', () => {
    const result = compute({
      period: rule(10, 'day'),
      start: d('2025-03-03'),
      excluded: [suspension('2025-05-01', '2025-05-05')],
      extensions: [extension(5, 'day', '2025-03-20')],
    });
    expect(result.dueDate).toBe('2025-03-18');
    expect(stepsOf(result.steps, 'excluded')[0]).toMatchObject({ uncountedDays: 0 });
    expect(stepsOf(result.steps, 'extension')[0]?.approvedLate).toBe(true);
  });

  it('does not end inside an excluded interval when shifting off a rest day', () => {
    const result = compute({ period: rule(12, 'day'), start: d('2025-03-03'), excluded: [suspension('2025-03-17', '2025-03-18')] });
    expect(result.dueDate).toBe('2025-03-19');
  });
});

describe('deemed outcomes', () => {
  it('deems the application accepted on the day the review period lapses (行政复议法 第三十条第三款)', () => {
    const result = compute({
      period: rule(5, 'workday'),
      start: d('2025-09-26'),
      deemed: {
        code: 'deemedAccepted',
        outcome: { zh: '视为受理', en: 'deemed accepted' },
        effective: 'onDueDate',
        legalBasis: { law: '行政复议法', article: '第三十条第三款' },
      },
    });
    expect(result.deemed).toMatchObject({ code: 'deemedAccepted', effectiveOn: '2025-10-10', determinableAfter: '2025-10-10' });
  });

  it.each<['dayAfterDueDate' | 'asOfStart', string]>([
    ['dayAfterDueDate', '2025-10-11'],
    ['asOfStart', '2025-09-26'],
  ])('effective %s → %s', (effective, on) => {
    const result = compute({
      period: rule(5, 'workday'),
      start: d('2025-09-26'),
      deemed: { code: 'x', outcome: { zh: '视为', en: 'deemed' }, effective, legalBasis: basis },
    });
    expect(result.deemed?.effectiveOn).toBe(on);
  });
});

describe('hours', () => {
  it('counts from the next full hour and does not shift onto a working day', () => {
    const result = compute({ period: rule(24, 'hour'), start: d('2025-09-30'), startTime: '10:25' });
    expect(result).toMatchObject({ dueDate: '2025-10-01', dueTime: '11:00', dueDateTime: '2025-10-01T11:00', provisional: false });
  });

  it('counts from the stated time when asked (民法典 第二百零一条第二款) and adds hour extensions', () => {
    const result = compute({
      period: rule(48, 'hour', { hourStart: 'exactTime' }),
      start: d('2025-10-01'),
      startTime: '09:30',
      extensions: [extension(24, 'hour', '2025-10-02')],
    });
    expect(result.dueDateTime).toBe('2025-10-04T09:30');
  });

  it('is never provisional (no calendar lookup)', () => {
    expect(compute({ period: rule(48, 'hour'), start: d('2027-05-01'), startTime: '08:00' }).provisional).toBe(false);
  });
});

describe('periods before an event', () => {
  it.each<[string, number, PeriodUnit, string, string]>([
    ['5 workdays before a hearing on 2025-10-13 (make-up days count)', 5, 'workday', '2025-10-13', '2025-09-28'],
    ['7 workdays before 2026-02-26 across Spring Festival', 7, 'workday', '2026-02-26', '2026-02-09'],
    ['30 days before the day after a licence expires', 30, 'day', '2026-01-01', '2025-12-01'],
  ])('%s', (_label, amount, unit, event, latest) => {
    expect(compute({ period: rule(amount, unit, { direction: 'before' }), start: d(event) }).dueDate).toBe(latest);
  });

  it('points to the last working day when the latest day is a rest day', () => {
    const result = compute({ period: rule(5, 'day', { direction: 'before' }), start: d('2025-10-13') });
    expect(result.dueDate).toBe('2025-10-07');
    expect(stepsOf(result.steps, 'latestIsRestDay')).toEqual([{ kind: 'latestIsRestDay', date: '2025-10-07', lastWorkday: '2025-09-30' }]);
  });
});

describe('years without a maintained schedule', () => {
  it.each<[string, number, PeriodUnit, string, string, number[]]>([
    ['working days into 2027', 5, 'workday', '2026-12-28', '2027-01-04', [2027]],
    ['a day period ending in 2027', 60, 'day', '2026-12-01', '2027-02-01', [2027]],
    ['a day period ending in late December 2026 (the 2027 notice may rearrange it)', 25, 'day', '2026-12-01', '2026-12-28', [2027]],
    ['a day period ending before 25 December 2026', 20, 'day', '2026-12-01', '2026-12-21', []],
    ['a day period ending in 2026 whose middle crosses nothing unmaintained', 30, 'day', '2026-11-01', '2026-12-01', []],
  ])('%s', (_label, amount, unit, start, due, years) => {
    const result = compute({ period: rule(amount, unit), start: d(start) });
    expect(result.dueDate).toBe(due);
    expect(result.provisional).toBe(years.length > 0);
    expect(result.provisionalReasons.map((reason) => reason.year)).toEqual(years);
    expect(stepsOf(result.steps, 'provisional').length).toBe(years.length);
  });

  it('becomes final once an administrator enters 2027', () => {
    const calendar = mergeHolidayCalendars(officialHolidayCalendar, {
      version: '2027-1',
      years: [
        {
          year: 2027,
          source: { title: '国务院办公厅关于2027年部分节假日安排的通知（测试）', issuedOn: '2026-11-10' },
          arrangements: [{ name: festivals.newYearsDay, rest: [{ from: '2027-01-01', to: '2027-01-03' }], makeUpWorkdays: [] }],
        },
      ],
    });
    const result = computeDeadline({ period: rule(5, 'workday'), start: d('2026-12-28') }, calendar);
    expect(result).toMatchObject({ dueDate: '2027-01-05', provisional: false, calendarVersion: 'cn-official-2020-2026.1+admin:2027-1' });
  });
});
