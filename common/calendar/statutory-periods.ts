import { CalendarError } from './calendar-errors';
import { diffDays, type LocalDate } from './local-date';
import type { DeadlineInput, ExcludedInterval, Extension } from './period-types';
import type { PeriodAmount, StatutoryPeriod } from './statutory-period-types';
import { administrativeLicensingPeriods } from './statutory-periods/administrative-licensing';
import { administrativePenaltyPeriods } from './statutory-periods/administrative-penalty';
import { communityCorrectionPeriods } from './statutory-periods/community-correction';
import { legalAidPeriods } from './statutory-periods/legal-aid';
import { litigationResponsePeriods } from './statutory-periods/litigation-response';
import { mediationPeriods } from './statutory-periods/mediation';
import { professionPeriods } from './statutory-periods/professions';
import { reconsiderationPeriods } from './statutory-periods/reconsideration';
import { reconsiderationDecisionPeriods } from './statutory-periods/reconsideration-decision';

/**
 * The statutory periods of statutory-rules.md §1–§9 as data, referenced by id from the modules.
 * Only rules marked ✅ (verified against the copied law texts) are listed as ordinary entries;
 * entries with `configurable: true` are verified texts whose unit or shift is an interpretation,
 * or (judicialAppraisal.completion) a ⚠️ rule known only from secondary sources. ❌ rules
 * (社区矫正法实施办法, 办理法律援助案件程序规定 …) are not listed.
 */
export const statutoryPeriods: readonly StatutoryPeriod[] = [
  ...reconsiderationPeriods,
  ...reconsiderationDecisionPeriods,
  ...litigationResponsePeriods,
  ...legalAidPeriods,
  ...mediationPeriods,
  ...communityCorrectionPeriods,
  ...professionPeriods,
  ...administrativePenaltyPeriods,
  ...administrativeLicensingPeriods,
];

export const statutoryPeriodsById: ReadonlyMap<string, StatutoryPeriod> = new Map(statutoryPeriods.map((entry) => [entry.id, entry]));

export function getStatutoryPeriod(id: string): StatutoryPeriod {
  const entry = statutoryPeriodsById.get(id);
  if (!entry) throw new CalendarError('CALENDAR_UNKNOWN_PERIOD', id);
  return entry;
}

const MONTHS_PER_YEAR = 12;

function inMonths(amount: PeriodAmount): number | undefined {
  if (amount.unit === 'month') return amount.amount;
  if (amount.unit === 'year') return amount.amount * MONTHS_PER_YEAR;
  return undefined;
}

function assertWithinRange(entry: StatutoryPeriod, amount: PeriodAmount): void {
  if (!entry.range) throw new CalendarError('CALENDAR_INVALID_PERIOD', `${entry.id} has a fixed amount`);
  const [value, min, max] = [inMonths(amount), inMonths(entry.range.min), inMonths(entry.range.max)];
  if (value === undefined || min === undefined || max === undefined || value < min || value > max) {
    throw new CalendarError(
      'CALENDAR_INVALID_PERIOD',
      `${entry.id}: ${amount.amount} ${amount.unit} is outside ${entry.range.min.amount} ${entry.range.min.unit} – ${entry.range.max.amount} ${entry.range.max.unit}`,
    );
  }
}

function assertExtensionsAllowed(entry: StatutoryPeriod, extensions: readonly Extension[]): void {
  const max = entry.maxExtension;
  if (!max || extensions.length === 0) return;
  for (const extension of extensions) {
    if (extension.unit !== max.unit) throw new CalendarError('CALENDAR_INVALID_PERIOD', `${entry.id}: extensions are in ${max.unit}`);
  }
  const amounts = extensions.map((extension) => extension.amount);
  const exceeds = max.repeatable
    ? amounts.some((amount) => amount > max.amount)
    : amounts.reduce((sum, amount) => sum + amount, 0) > max.amount;
  if (exceeds) throw new CalendarError('CALENDAR_INVALID_PERIOD', `${entry.id}: extension beyond ${max.amount} ${max.unit}`);
}

export interface StatutoryDeadlineOptions {
  readonly startTime?: string;
  readonly excluded?: readonly ExcludedInterval[];
  readonly extensions?: readonly Extension[];
  /** For terms set case by case (`range`): the amount of the judgment, checked against the range. */
  readonly amount?: PeriodAmount;
}

/**
 * Builds the engine input for a catalogue period: its rule, name, anchor and deemed outcome.
 * Extensions beyond the statutory maximum are rejected; excluded intervals without their own legal
 * basis take the one the catalogue lists for their kind.
 */
export function deadlineInputFor(id: string, start: LocalDate, options: StatutoryDeadlineOptions = {}): DeadlineInput {
  const entry = getStatutoryPeriod(id);
  if (options.amount) assertWithinRange(entry, options.amount);
  assertExtensionsAllowed(entry, options.extensions ?? []);
  const excluded = (options.excluded ?? []).map((interval) => {
    const known = entry.excludable?.find((item) => item.kind === interval.kind)?.legalBasis;
    return interval.legalBasis || !known ? interval : { ...interval, legalBasis: known };
  });
  return {
    period: options.amount ? { ...entry.period, ...options.amount } : entry.period,
    start,
    label: entry.name,
    anchor: entry.anchor,
    ...(options.startTime === undefined ? {} : { startTime: options.startTime }),
    ...(excluded.length > 0 ? { excluded } : {}),
    ...(options.extensions && options.extensions.length > 0 ? { extensions: options.extensions } : {}),
    ...(entry.deemed ? { deemed: entry.deemed } : {}),
  };
}

/**
 * For `remainingThreshold` periods (法律援助法 第四十四条第一项: 距届满不足七日): whether fewer than
 * `amount` natural days remain from `today` to the expiry day.
 */
export function isBelowRemainingThreshold(id: string, today: LocalDate, expiry: LocalDate): boolean {
  const entry = getStatutoryPeriod(id);
  if (entry.kind !== 'remainingThreshold') throw new CalendarError('CALENDAR_INVALID_PERIOD', `${id} is not a remaining-time threshold`);
  return diffDays(today, expiry) < entry.period.amount;
}
