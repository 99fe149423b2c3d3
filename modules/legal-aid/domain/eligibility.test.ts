import { describe, expect, it } from 'vitest';
import { exemptions, type Exemption, type MatterKind } from '../contract/enums';
import { checkEligibility, type EligibilityInput } from './eligibility';
import { planNewStandard, standardInForce, type HardshipStandard } from './hardship';
import { LegalAidError } from './legal-aid-error';
import { materialsFor } from './materials';

const city: HardshipStandard = {
  id: 'std-2024',
  regionCode: '120000',
  monthlyPerCapitaYuan: 1_000,
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-06-30',
  example: true,
  source: '示例值',
};
const city2025: HardshipStandard = { ...city, id: 'std-2025', monthlyPerCapitaYuan: 1_200, effectiveFrom: '2025-07-01', effectiveTo: null };
const standards = [city, city2025];

const base: EligibilityInput = {
  matterKind: 'wages',
  exemption: 'none',
  exemptionProof: false,
  householdSize: 3,
  monthlyIncomeYuan: 3_000,
  applicationDate: '2025-03-10',
  regionCode: '120103',
  hasCounsel: false,
  retrialOrdered: null,
  onBehalf: false,
};
const run = (over: Partial<EligibilityInput> = {}) => checkEligibility({ ...base, ...over }, standards);

function expectError(fn: () => unknown, code: string, field: string) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(LegalAidError);
    expect((err as LegalAidError).code).toBe(code);
    expect((err as LegalAidError).field).toBe(field);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('hardship threshold (第三十四条)', () => {
  it('is met at the boundary (per-capita equal to the threshold) and not one yuan above', () => {
    const at = run({ monthlyIncomeYuan: 3_000, householdSize: 3 });
    expect(at.outcome).toBe('eligible');
    expect(at.hardship).toMatchObject({ perCapitaYuan: 1_000, thresholdYuan: 1_000, meets: true, standardId: 'std-2024' });
    const above = run({ monthlyIncomeYuan: 3_001, householdSize: 3 });
    expect(above.outcome).toBe('ineligible');
    expect(above.suggestedDenial).toBe('notHardship');
    expect(above.reasons.at(-1)!.zh).toContain('高于');
  });

  it('compares exactly when the per-capita figure is not a whole number', () => {
    expect(run({ monthlyIncomeYuan: 2_000, householdSize: 3 }).hardship!.perCapitaYuan).toBe(666.67);
    expect(run({ monthlyIncomeYuan: 1_000, householdSize: 1 }).outcome).toBe('eligible');
  });

  it('applies the standard in force on the application date: an expired one is replaced by the new one', () => {
    expect(run({ applicationDate: '2025-06-30', monthlyIncomeYuan: 3_300 }).outcome).toBe('ineligible');
    const after = run({ applicationDate: '2025-07-01', monthlyIncomeYuan: 3_300 });
    expect(after.outcome).toBe('eligible');
    expect(after.hardship!.standardId).toBe('std-2025');
    expect(after.hardship!.thresholdYuan).toBe(1_200);
  });

  it('prefers the district’s own standard over the city-wide one', () => {
    const district: HardshipStandard = { ...city2025, id: 'hexi', regionCode: '120103', monthlyPerCapitaYuan: 1_500 };
    expect(standardInForce([...standards, district], '2025-08-01', '120103')!.id).toBe('hexi');
    expect(standardInForce([...standards, district], '2025-08-01', '120104')!.id).toBe('std-2025');
  });

  it('refuses to guess when no standard is in force (409)', () => {
    expectError(() => run({ applicationDate: '2023-12-31' }), 'AID_NO_HARDSHIP_STANDARD', 'applicationDate');
  });

  it('rejects negative, fractional or absurd incomes and empty or huge households (400 with the field)', () => {
    expectError(() => run({ monthlyIncomeYuan: -1 }), 'AID_INCOME_INVALID', 'monthlyIncomeYuan');
    expectError(() => run({ monthlyIncomeYuan: 1.5 }), 'AID_INCOME_INVALID', 'monthlyIncomeYuan');
    expectError(() => run({ monthlyIncomeYuan: 50_000_000 }), 'AID_INCOME_INVALID', 'monthlyIncomeYuan');
    expectError(() => run({ householdSize: 0 }), 'AID_HOUSEHOLD_INVALID', 'householdSize');
    expectError(() => run({ householdSize: 31 }), 'AID_HOUSEHOLD_INVALID', 'householdSize');
    expectError(() => run({ householdSize: null }), 'AID_HARDSHIP_FACTS_REQUIRED', 'householdSize');
    expectError(() => run({ monthlyIncomeYuan: null }), 'AID_HARDSHIP_FACTS_REQUIRED', 'monthlyIncomeYuan');
  });
});

describe('exemptions', () => {
  const art32 = exemptions.filter((e) => e.startsWith('art32:'));
  it.each(art32)('%s: no hardship condition at all (第三十二条), even with a high income', (exemption) => {
    const r = run({ exemption: exemption as Exemption, monthlyIncomeYuan: 90_000, householdSize: 1, matterKind: 'other' });
    expect(r.outcome).toBe('eligible');
    expect(r.inScope).toBe(true);
    expect(r.hardshipMode).toBe('notRequired');
    expect(r.hardship).toBeNull();
    expect(r.materials.map((m) => m.key)).toContain('art32Proof');
  });

  it('art32 needs no household facts', () => {
    expect(run({ exemption: 'art32:domesticViolence', householdSize: null, monthlyIncomeYuan: null }).outcome).toBe('eligible');
  });

  const art42 = (['art42:noIncomeGroup', 'art42:socialAssistance', 'art42:other'] as const).map((e) => [e] as const);
  it.each(art42)('%s: hardship presumed with proof (第四十二条)', (exemption) => {
    const withProof = run({ exemption, exemptionProof: true, householdSize: null, monthlyIncomeYuan: null, matterKind: 'maintenance' });
    expect(withProof).toMatchObject({ outcome: 'eligible', hardshipMode: 'presumed', needsProof: false, suggestedDenial: null });
    const without = run({ exemption, exemptionProof: false, householdSize: null, monthlyIncomeYuan: null, matterKind: 'maintenance' });
    expect(without).toMatchObject({ outcome: 'eligible', needsProof: true, suggestedDenial: 'noProof' });
    expect(without.materials.map((m) => m.key)).toContain('exemptionProof');
  });

  it('the migrant-worker exemption covers wages and work injuries only (第四十二条第（三）项)', () => {
    expect(run({ exemption: 'art42:migrantWorker', exemptionProof: true, monthlyIncomeYuan: 50_000 }).outcome).toBe('eligible');
    expect(run({ exemption: 'art42:migrantWorker', exemptionProof: true, matterKind: 'personalInjury' }).outcome).toBe('eligible');
    expectError(() => run({ exemption: 'art42:migrantWorker', matterKind: 'maintenance' }), 'AID_EXEMPTION_NOT_APPLICABLE', 'exemption');
  });
});

describe('scope (第二十四、二十九、三十一、三十三条)', () => {
  const inScope: MatterKind[] = [
    'criminalDefence',
    'criminalVictim',
    'privateProsecutor',
    'incidentalCivilPlaintiff',
    'stateCompensation',
    'socialInsurance',
    'pension',
    'maintenance',
    'wages',
    'legalCapacity',
    'personalInjury',
    'environmental',
    'otherByRegulation',
  ];
  it.each(inScope)('%s is in scope with its article', (matterKind) => {
    const r = run({ matterKind });
    expect(r.inScope).toBe(true);
    expect(r.scopeBasis).toMatch(/^法律援助法 第/);
  });

  it('explains an out-of-scope matter instead of refusing silently', () => {
    const r = run({ matterKind: 'other' });
    expect(r.outcome).toBe('outOfScope');
    expect(r.reasons[0]!.zh).toContain('不属于');
    expect(r.reasons[0]!.zh).toContain('法律咨询');
    expect(r.suggestedDenial).toBe('outOfScope');
  });

  it('an appeal needs an ordered retrial or a protest (第三十三条)', () => {
    expect(run({ matterKind: 'appealRetrial', retrialOrdered: false }).outcome).toBe('outOfScope');
    expect(run({ matterKind: 'appealRetrial', retrialOrdered: true }).outcome).toBe('eligible');
  });

  it('notice grounds are not application matters (第三十六条)', () => {
    expectError(() => run({ matterKind: 'noticeMinor' }), 'AID_MATTER_NOT_APPLICATION', 'matterKind');
  });

  it('criminal defence above the threshold is left to the centre (第二十四条 “或者其他原因”)', () => {
    expect(run({ matterKind: 'criminalDefence', monthlyIncomeYuan: 9_000 }).outcome).toBe('discretion');
  });

  it('an engaged lawyer makes the applicant ineligible', () => {
    expect(run({ hasCounsel: true })).toMatchObject({ outcome: 'ineligible', suggestedDenial: 'hasCounsel' });
  });
});

describe('materials', () => {
  it('lists the matter’s evidence, the hardship statement and the authority of a person applying on behalf', () => {
    const keys = materialsFor({ matterKind: 'wages', exemption: 'none', onBehalf: true }).map((m) => m.key);
    expect(keys).toEqual(['identity', 'agentAuthority', 'employment', 'wagesOwed', 'hardshipStatement']);
  });
});

describe('hardship standards with effective dates', () => {
  it('a new standard ends the open one the day before', () => {
    expect(
      planNewStandard([city2025], { regionCode: '120000', monthlyPerCapitaYuan: 1_300, effectiveFrom: '2026-01-01', effectiveTo: null }),
    ).toEqual({ endPrevious: { id: 'std-2025', effectiveTo: '2025-12-31' } });
  });
  it('refuses overlaps and bad amounts or dates', () => {
    const plan = (over: object) =>
      planNewStandard(standards, {
        regionCode: '120000',
        monthlyPerCapitaYuan: 1_300,
        effectiveFrom: '2025-01-01',
        effectiveTo: null,
        ...over,
      });
    expectError(() => plan({}), 'AID_STANDARD_OVERLAP', 'effectiveFrom');
    expectError(() => plan({ monthlyPerCapitaYuan: 0 }), 'AID_STANDARD_INVALID', 'monthlyPerCapitaYuan');
    expectError(() => plan({ effectiveFrom: '2026-02-01', effectiveTo: '2026-01-01' }), 'AID_STANDARD_INVALID', 'effectiveTo');
    expect(plan({ regionCode: '120103' })).toEqual({ endPrevious: null });
  });
});
