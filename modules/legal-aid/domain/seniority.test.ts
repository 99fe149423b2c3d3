import { describe, expect, it } from 'vitest';
import { checkSeniority, fullYearsBetween, relevantYears, requiresSeniorLawyer } from './seniority';

const lifeCase = { mayCarryLifeOrDeath: true, deathPenaltyReview: false };
const lawyer = (relevantCriminalYears: number, practiceSince = '2015-03-01') => ({ kind: 'lawyer', practiceSince, relevantCriminalYears });

describe('第二十六条: three years of relevant practice', () => {
  it('counts whole years, inclusive of the anniversary', () => {
    expect(fullYearsBetween('2022-11-28', '2025-11-27')).toBe(2);
    expect(fullYearsBetween('2022-11-28', '2025-11-28')).toBe(3);
    expect(fullYearsBetween('2026-01-01', '2025-11-28')).toBe(0);
  });

  it('applies to life/death cases and death-penalty reviews only', () => {
    expect(requiresSeniorLawyer(lifeCase)).toBe(true);
    expect(requiresSeniorLawyer({ mayCarryLifeOrDeath: false, deathPenaltyReview: true })).toBe(true);
    const r = checkSeniority({ mayCarryLifeOrDeath: false, deathPenaltyReview: false }, lawyer(0, '2025-01-01'), '2025-11-28');
    expect(r).toMatchObject({ required: false, satisfied: true, years: null });
  });

  it('three years satisfy, two do not, at the boundary', () => {
    expect(checkSeniority(lifeCase, lawyer(3), '2025-11-28')).toMatchObject({ required: true, satisfied: true, years: 3 });
    const junior = checkSeniority(lifeCase, lawyer(2), '2025-11-28');
    expect(junior).toMatchObject({ satisfied: false, years: 2 });
    expect(junior.reasonZh).toContain('不足');
  });

  it('declared years are capped by the time in practice', () => {
    expect(relevantYears(lawyer(8, '2023-06-01'), '2025-11-28')).toBe(2);
    expect(checkSeniority(lifeCase, lawyer(8, '2023-06-01'), '2025-11-28').satisfied).toBe(false);
    expect(checkSeniority(lifeCase, { kind: 'lawyer', practiceSince: null, relevantCriminalYears: 5 }, '2025-11-28').satisfied).toBe(false);
  });

  it('only an individual lawyer can take such a case', () => {
    for (const kind of ['firm', 'grassroots', 'volunteer'])
      expect(checkSeniority(lifeCase, { kind, practiceSince: '2000-01-01', relevantCriminalYears: 20 }, '2025-11-28').satisfied).toBe(
        false,
      );
  });
});
