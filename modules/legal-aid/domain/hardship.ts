import { addDays, parseLocalDate } from '@tianping/common/calendar/index';
import { LegalAidError } from './legal-aid-error';

/**
 * 经济困难标准 (第三十四条): a per-capita monthly income threshold set by the municipal government with
 * effective dates. Pure rules: which standard is in force on a date, and whether a household meets it.
 */
export interface HardshipStandard {
  readonly id: string;
  /** A district code, or the city code (`120000`) applying city-wide. */
  readonly regionCode: string;
  readonly monthlyPerCapitaYuan: number;
  readonly effectiveFrom: LocalDate;
  /** Inclusive last day; null while in force. */
  readonly effectiveTo: LocalDate | null;
  readonly example: boolean;
  readonly source: string;
}

/** Limits of plausible answers: beyond them the input is a typing error, not a fact (400). */
export const MAX_HOUSEHOLD_SIZE = 30;
export const MAX_MONTHLY_INCOME_YUAN = 10_000_000;

/** The city code of a region code (`120103` → `120000`). */
export const cityCodeOf = (regionCode: string) => `${regionCode.slice(0, 2)}0000`;

/** Dates are `YYYY-MM-DD` strings (validated at the boundary): they order as strings. */
type LocalDate = string;
const FOREVER = '9999-12-31';

/** Whether `s` is in force on `date` (both ends inclusive). */
export function inForce(s: HardshipStandard, date: LocalDate): boolean {
  return s.effectiveFrom <= date && (s.effectiveTo === null || s.effectiveTo >= date);
}

/**
 * The standard in force on `date` for `regionCode`: the district's own standard first, else the
 * city-wide one; among several in force the latest to take effect (a new standard replaces an expired
 * or superseded one). Undefined when none is in force.
 */
export function standardInForce(standards: readonly HardshipStandard[], date: LocalDate, regionCode: string): HardshipStandard | undefined {
  const pick = (code: string) =>
    standards
      .filter((s) => s.regionCode === code && inForce(s, date))
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0))[0];
  return pick(regionCode) ?? (regionCode === cityCodeOf(regionCode) ? undefined : pick(cityCodeOf(regionCode)));
}

/** Validates the declared household (400 with the field at fault). */
export function checkHousehold(householdSize: number, monthlyIncomeYuan: number): void {
  if (!Number.isInteger(householdSize) || householdSize < 1 || householdSize > MAX_HOUSEHOLD_SIZE)
    throw new LegalAidError('AID_HOUSEHOLD_INVALID', 'householdSize', String(householdSize));
  if (!Number.isInteger(monthlyIncomeYuan) || monthlyIncomeYuan < 0 || monthlyIncomeYuan > MAX_MONTHLY_INCOME_YUAN)
    throw new LegalAidError('AID_INCOME_INVALID', 'monthlyIncomeYuan', String(monthlyIncomeYuan));
}

export interface HardshipAssessment {
  readonly standardId: string;
  readonly example: boolean;
  readonly thresholdYuan: number;
  /** Household income / household size, rounded to the fen for display. */
  readonly perCapitaYuan: number;
  /** Per-capita ≤ threshold (the boundary is inclusive); compared exactly as income ≤ threshold × size. */
  readonly meets: boolean;
}

export function assessHardship(standard: HardshipStandard, householdSize: number, monthlyIncomeYuan: number): HardshipAssessment {
  checkHousehold(householdSize, monthlyIncomeYuan);
  return {
    standardId: standard.id,
    example: standard.example,
    thresholdYuan: standard.monthlyPerCapitaYuan,
    perCapitaYuan: Math.round((monthlyIncomeYuan / householdSize) * 100) / 100,
    meets: monthlyIncomeYuan <= standard.monthlyPerCapitaYuan * householdSize,
  };
}

/**
 * A new standard for a region: it must start after the current one started; the current open-ended
 * standard is ended the day before (returned as `endPrevious`). Overlapping a closed period → 409.
 */
export function planNewStandard(
  existing: readonly HardshipStandard[],
  input: { regionCode: string; monthlyPerCapitaYuan: number; effectiveFrom: LocalDate; effectiveTo: LocalDate | null },
): { endPrevious: { id: string; effectiveTo: LocalDate } | null } {
  if (!Number.isInteger(input.monthlyPerCapitaYuan) || input.monthlyPerCapitaYuan <= 0 || input.monthlyPerCapitaYuan > 1_000_000)
    throw new LegalAidError('AID_STANDARD_INVALID', 'monthlyPerCapitaYuan');
  if (input.effectiveTo !== null && input.effectiveTo < input.effectiveFrom) throw new LegalAidError('AID_STANDARD_INVALID', 'effectiveTo');
  const same = existing.filter((s) => s.regionCode === input.regionCode);
  let endPrevious: { id: string; effectiveTo: LocalDate } | null = null;
  for (const s of same) {
    const startsLater = input.effectiveFrom > s.effectiveFrom;
    if (s.effectiveTo === null && startsLater) {
      endPrevious = { id: s.id, effectiveTo: addDays(parseLocalDate(input.effectiveFrom), -1) };
      continue;
    }
    const sEnd = s.effectiveTo;
    const overlaps = (sEnd ?? FOREVER) >= input.effectiveFrom && s.effectiveFrom <= (input.effectiveTo ?? FOREVER);
    if (overlaps) throw new LegalAidError('AID_STANDARD_OVERLAP', 'effectiveFrom', `${s.effectiveFrom}–${sEnd ?? ''}`);
  }
  return { endPrevious };
}
