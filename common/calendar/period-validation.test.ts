import { describe, expect, it } from 'vitest';
import type { LegalBasis } from './legal-basis';
import { parseLocalDate } from './local-date';
import { officialHolidayCalendar } from './official-holidays';
import type { DeadlineInput, ExcludedInterval, Extension, PeriodRule, PeriodUnit } from './period-types';
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

describe('bad input', () => {
  it.each<[string, DeadlineInput, string]>([
    ['a zero amount', { period: rule(0, 'day'), start: d('2025-01-01') }, 'CALENDAR_INVALID_PERIOD'],
    ['a negative amount', { period: rule(-5, 'day'), start: d('2025-01-01') }, 'CALENDAR_INVALID_PERIOD'],
    ['a fractional amount', { period: rule(1.5, 'month'), start: d('2025-01-01') }, 'CALENDAR_INVALID_PERIOD'],
    ['an absurd amount', { period: rule(500, 'year'), start: d('2025-01-01') }, 'CALENDAR_INVALID_PERIOD'],
    ['a nonexistent start', { period: rule(5, 'day'), start: '2025-02-30' as DeadlineInput['start'] }, 'CALENDAR_INVALID_DATE'],
    [
      'an interval ending before it starts',
      { period: rule(5, 'day'), start: d('2025-01-01'), excluded: [suspension('2025-01-10', '2025-01-05')] },
      'CALENDAR_INVALID_RANGE',
    ],
    ['an hour period without a time', { period: rule(24, 'hour'), start: d('2025-01-01') }, 'CALENDAR_INVALID_TIME'],
    [
      'an hour extension on a day period',
      { period: rule(5, 'day'), start: d('2025-01-01'), extensions: [extension(2, 'hour', '2025-01-02')] },
      'CALENDAR_INVALID_PERIOD',
    ],
    [
      'a negative extension',
      { period: rule(5, 'day'), start: d('2025-01-01'), extensions: [extension(-2, 'day', '2025-01-02')] },
      'CALENDAR_INVALID_PERIOD',
    ],
    [
      'an extension on a period before an event',
      { period: rule(5, 'day', { direction: 'before' }), start: d('2025-01-01'), extensions: [extension(2, 'day', '2025-01-02')] },
      'CALENDAR_INVALID_PERIOD',
    ],
    [
      'excluded days on an hour period',
      { period: rule(24, 'hour'), start: d('2025-01-01'), startTime: '10:00', excluded: [suspension('2025-01-01', '2025-01-01')] },
      'CALENDAR_INVALID_PERIOD',
    ],
  ])('rejects %s', (_label, input, code) => {
    expect(() => compute(input)).toThrow(expect.objectContaining({ code }));
  });
});
