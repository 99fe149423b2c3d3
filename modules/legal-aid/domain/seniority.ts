/**
 * 法律援助法 第二十六条: for a person who may be sentenced to life imprisonment or death, and for the
 * defendant in a death-penalty review, the centre assigns a lawyer with at least three years of
 * relevant practice (三年以上相关执业经历). A hard rule: no override.
 *
 * "Relevant practice" is the provider's declared years of criminal practice, capped by the years
 * since the practising certificate (执业起始日) — a declaration cannot exceed the time in practice.
 */

export const seniorYearsRequired = 3;

export interface SeniorityCase {
  mayCarryLifeOrDeath: boolean;
  /** The matter is a death-penalty review (死刑复核). */
  deathPenaltyReview: boolean;
}

export interface SeniorityProvider {
  kind: string;
  practiceSince: string | null;
  relevantCriminalYears: number;
}

export interface SeniorityResult {
  required: boolean;
  satisfied: boolean;
  /** Relevant years counted (null when the rule does not apply). */
  years: number | null;
  reasonZh: string;
  reasonEn: string;
}

/** Whole years from `since` to `today` (LocalDate strings), 0 when later. */
export function fullYearsBetween(since: string, today: string): number {
  const [y1, m1, d1] = since.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number];
  let years = y2 - y1;
  if (m2 < m1 || (m2 === m1 && d2 < d1)) years -= 1;
  return Math.max(0, years);
}

export function requiresSeniorLawyer(c: SeniorityCase): boolean {
  return c.mayCarryLifeOrDeath || c.deathPenaltyReview;
}

export function relevantYears(p: SeniorityProvider, today: string): number {
  const practised = p.practiceSince ? fullYearsBetween(p.practiceSince, today) : 0;
  return Math.min(p.relevantCriminalYears, practised);
}

export function checkSeniority(c: SeniorityCase, p: SeniorityProvider, today: string): SeniorityResult {
  if (!requiresSeniorLawyer(c))
    return {
      required: false,
      satisfied: true,
      years: null,
      reasonZh: '本案不适用第二十六条的执业年限要求',
      reasonEn: 'Art. 26 (three years of relevant practice) does not apply to this case',
    };
  const years = p.kind === 'lawyer' ? relevantYears(p, today) : 0;
  const what = c.deathPenaltyReview ? '死刑复核案件' : '可能被判处无期徒刑、死刑的案件';
  const whatEn = c.deathPenaltyReview ? 'a death-penalty review' : 'a case that may carry life imprisonment or death';
  if (p.kind !== 'lawyer')
    return {
      required: true,
      satisfied: false,
      years,
      reasonZh: `${what}须指派律师本人担任辩护人（法律援助法第二十六条），不能指派律师事务所、基层法律服务工作者或志愿者`,
      reasonEn: `${whatEn} needs an individual lawyer as defender (Art. 26), not a firm, legal-service worker or volunteer`,
    };
  const satisfied = years >= seniorYearsRequired;
  return {
    required: true,
    satisfied,
    years,
    reasonZh: satisfied
      ? `具有${years}年相关执业经历，符合${what}三年以上的要求（法律援助法第二十六条）`
      : `相关执业经历${years}年，不足${what}所要求的三年（法律援助法第二十六条，不得变通）`,
    reasonEn: satisfied
      ? `${years} years of relevant practice meet the three years required for ${whatEn} (Art. 26)`
      : `${years} years of relevant practice fall short of the three years required for ${whatEn} (Art. 26; no override)`,
  };
}
