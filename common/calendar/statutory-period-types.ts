import type { LegalBasis, LocalizedText } from './legal-basis';
import type { DeemedRule, ExcludedKind, PeriodRule, PeriodUnit } from './period-types';

/**
 * - `deadline`: the act must be done by the end of the period.
 * - `minimum`: the period must at least elapse before the next step.
 * - `advanceNotice`: the act must precede an event by at least the period (`direction: 'before'`).
 * - `duration`: the length of a measure or a term (ends on the last day, never shifted).
 * - `elapsed`: a legal consequence arises once the period has passed (limitations, "满60日").
 * - `remainingThreshold`: a rule applies while less than the period remains before another deadline.
 */
export type StatutoryPeriodKind = 'deadline' | 'minimum' | 'advanceNotice' | 'duration' | 'elapsed' | 'remainingThreshold';

export type StatutoryModule =
  | 'reconsideration'
  | 'litigationResponse'
  | 'legalAid'
  | 'mediation'
  | 'communityCorrection'
  | 'lawyer'
  | 'notary'
  | 'judicialAppraisal'
  | 'administrativePenalty'
  | 'administrativeLicensing';

export interface PeriodAmount {
  readonly amount: number;
  readonly unit: Exclude<PeriodUnit, 'hour'>;
}

/** Time the law excludes from this period; `unverified` marks an exclusion the law does not state (configurable per bureau). */
export interface ExcludableTime {
  readonly kind: ExcludedKind;
  readonly legalBasis?: LegalBasis;
  readonly unverified?: LocalizedText;
}

export interface StatutoryPeriod {
  /** Stable id modules reference: `<module>.<camelCaseName>`. */
  readonly id: string;
  readonly module: StatutoryModule;
  readonly name: LocalizedText;
  readonly kind: StatutoryPeriodKind;
  /** The event the period runs from (or, for `advanceNotice`, the event it must precede). */
  readonly anchor: LocalizedText;
  readonly period: PeriodRule;
  /** The most an approved extension may add, who approves, and where the law says so. */
  readonly maxExtension?: PeriodAmount & {
    readonly approval: LocalizedText;
    readonly legalBasis: LegalBasis;
    readonly repeatable?: boolean;
  };
  readonly excludable?: readonly ExcludableTime[];
  readonly deemed?: DeemedRule;
  /** Terms fixed case by case within limits (sentences, probation): `period` holds the maximum. */
  readonly range?: { readonly min: PeriodAmount; readonly max: PeriodAmount };
  /**
   * True when the text is verified but part of its application is an interpretation (unit, shift)
   * or the source is only ⚠️ secondary: the bureau's legal office confirms or overrides it.
   */
  readonly configurable?: boolean;
  readonly note?: LocalizedText;
  /** Where the rule is listed: statutory-rules.md section and row. */
  readonly source: string;
}
