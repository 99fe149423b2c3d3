import type { LegalBasis, LocalizedText } from '../legal-basis';
import { periodLaw } from '../period-law';
import type { PeriodRule, PeriodUnit } from '../period-types';

export function basis(law: string, article: string): LegalBasis {
  return { law, article };
}

export function text(zh: string, en: string): LocalizedText {
  return { zh, en };
}

export function period(
  amount: number,
  unit: PeriodUnit,
  legalBasis: LegalBasis,
  options: Omit<PeriodRule, 'amount' | 'unit' | 'legalBasis'> = {},
): PeriodRule {
  return { amount, unit, legalBasis, ...options };
}

/** Shift options for periods whose end is not the last day for someone to act (terms, limitations, elapsed time). */
export const noShift = { holidayShift: false } as const;

/** Periods of a person in custody are not extended for holidays (刑事诉讼法 第一百零五条第四款). */
export const custodyNoShift = { holidayShift: false, holidayShiftBasis: periodLaw.custodyNoExtension } as const;

export const noShiftNote = text(
  '编者解释：本期间的届满是期限的自然经过（期限、刑期、时效或“满N日”），不是须在最后一日完成的行为，故不适用民法典第二百零三条的节假日顺延；须经本局法制部门确认。',
  'Interpretation: this period’s end is time simply elapsing (a term, a limitation or "N days having passed"), not a last day to act, so the rest-day shift of Civil Code Art. 203 is not applied; to be confirmed by the bureau’s legal office.',
);
