import { describe, expect, it } from 'vitest';
import { explain } from './explain';
import { articleToEnglish, lawTitlesEn } from './legal-basis';
import { parseLocalDate } from './local-date';
import { officialHolidayCalendar } from './official-holidays';
import { computeDeadline } from './periods';
import { deadlineInputFor, getStatutoryPeriod, isBelowRemainingThreshold, statutoryPeriods } from './statutory-periods';

const d = parseLocalDate;
const compute = (id: string, start: string, options: Parameters<typeof deadlineInputFor>[2] = {}) =>
  computeDeadline(deadlineInputFor(id, d(start), options), officialHolidayCalendar);

describe('catalogue shape', () => {
  it('has unique ids of the form <module>.<camelCase>', () => {
    const ids = statutoryPeriods.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of statutoryPeriods) expect(entry.id).toMatch(new RegExp(`^${entry.module}\\.[a-z][A-Za-z0-9]+$`));
  });

  it('cites laws with known English titles and articles that render in English', () => {
    for (const entry of statutoryPeriods) {
      const bases = [
        entry.period.legalBasis,
        ...(entry.maxExtension ? [entry.maxExtension.legalBasis] : []),
        ...(entry.excludable ?? []).flatMap((item) => (item.legalBasis ? [item.legalBasis] : [])),
      ];
      for (const basis of bases) {
        expect(lawTitlesEn[basis.law], `${entry.id}: ${basis.law}`).toBeDefined();
        expect(articleToEnglish(basis.article), `${entry.id}: ${basis.article}`).toMatch(/^Arts?\. /);
      }
    }
  });

  it('marks exactly the interpreted or ⚠️ entries as configurable', () => {
    expect(statutoryPeriods.filter((entry) => entry.configurable).map((entry) => entry.id)).toEqual([
      'mediation.spc2011Acceptance',
      'mediation.spc2011Confirmation',
      'mediation.spc2011Revocation',
      'lawyer.practiceApplicationReview',
      'lawyer.practiceApplicationDecision',
      'lawyer.firmEstablishmentReview',
      'lawyer.firmEstablishmentDecision',
      'judicialAppraisal.completion',
      'administrativeLicensing.hearingRequest',
      'administrativeLicensing.renewalApplication',
    ]);
    for (const entry of statutoryPeriods.filter((candidate) => !candidate.configurable)) expect(entry.note?.zh ?? '').not.toContain('⚠️');
  });

  it('counts in working days exactly where the law says so', () => {
    const workdayAmounts: Record<string, readonly number[]> = { 行政复议法: [3, 5, 7, 10], 行政处罚法: [2, 3, 5, 7] };
    for (const entry of statutoryPeriods) {
      const { law } = entry.period.legalBasis;
      const { unit, amount } = entry.period;
      const listed = workdayAmounts[law];
      if (listed && (unit === 'day' || unit === 'workday')) expect(unit, entry.id).toBe(listed.includes(amount) ? 'workday' : 'day');
      if (law === '行政许可法' && entry.id !== 'administrativeLicensing.renewalApplication') expect(unit, entry.id).toBe('workday');
      if (['法律援助法', '社区矫正法', '人民调解法'].includes(law)) expect(unit, entry.id).not.toBe('workday');
    }
  });

  it('computes and explains every entry in both languages', () => {
    for (const entry of statutoryPeriods) {
      const options = entry.period.unit === 'hour' ? { startTime: '09:30' } : {};
      const result = compute(entry.id, '2025-09-26', options);
      const zh = explain(result, 'zh');
      const en = explain(result, 'en');
      expect(zh.join('\n')).toContain(`《${entry.period.legalBasis.law}》`);
      expect(en.join('\n')).toContain(lawTitlesEn[entry.period.legalBasis.law] ?? '');
      expect(zh.length).toBe(en.length);
    }
  });
});

describe('catalogue periods on real dates', () => {
  it.each<[string, string, string]>([
    ['reconsideration.acceptanceReview', '2025-09-26', '2025-10-10'],
    ['reconsideration.application', '2025-08-02', '2025-10-09'],
    ['reconsideration.decisionOrdinary', '2025-08-02', '2025-10-09'],
    ['reconsideration.hearingNotice', '2025-10-13', '2025-09-28'],
    ['legalAid.review', '2026-02-10', '2026-02-24'],
    ['legalAid.assignment', '2025-09-28', '2025-10-09'],
    ['communityCorrection.reportIn', '2025-09-21', '2025-10-09'],
    ['communityCorrection.arrestCustodyMax', '2025-09-01', '2025-10-01'],
    ['notary.certificateIssue', '2024-09-30', '2024-10-25'],
    ['administrativePenalty.decision', '2025-07-03', '2025-10-09'],
    ['administrativePenalty.hearingNotice', '2026-02-26', '2026-02-09'],
    ['administrativeLicensing.decision', '2025-09-15', '2025-10-17'],
    ['litigationResponse.directSuit', '2025-04-01', '2025-10-09'],
    ['mediation.judicialConfirmationApplication', '2026-01-15', '2026-02-14'],
  ])('%s from %s → %s', (id, start, due) => {
    expect(compute(id, start).dueDate).toBe(due);
  });

  it('fills in the legal basis of excluded time the catalogue knows', () => {
    const input = deadlineInputFor('notary.certificateIssue', d('2025-03-03'), {
      excluded: [{ kind: 'supplementaryMaterials', from: d('2025-03-10'), to: d('2025-03-16') }],
    });
    expect(input.excluded?.[0]?.legalBasis).toEqual({ law: '公证法', article: '第三十条' });
    expect(computeDeadline(input, officialHolidayCalendar).dueDate).toBe('2025-03-31');
  });

  it('enforces the statutory maximum extension', () => {
    const ext = (amount: number) => ({
      amount,
      unit: 'workday' as const,
      approvedOn: d('2025-10-15'),
      legalBasis: { law: '行政许可法', article: '第四十二条第一款' },
    });
    expect(compute('administrativeLicensing.decision', '2025-09-15', { extensions: [ext(10)] }).dueDate).toBe('2025-10-31');
    expect(() => deadlineInputFor('administrativeLicensing.decision', d('2025-09-15'), { extensions: [ext(6), ext(5)] })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_PERIOD' }),
    );
    const monitoring = (amount: number) => ({
      amount,
      unit: 'month' as const,
      approvedOn: d('2025-03-25'),
      legalBasis: { law: '社区矫正法', article: '第二十九条第二款' },
    });
    expect(compute('communityCorrection.electronicMonitoring', '2025-01-01', { extensions: [monitoring(3), monitoring(3)] }).dueDate).toBe(
      '2025-10-01',
    );
    expect(() => deadlineInputFor('communityCorrection.electronicMonitoring', d('2025-01-01'), { extensions: [monitoring(4)] })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_PERIOD' }),
    );
  });

  it('takes the judgment’s amount for terms with a statutory range', () => {
    expect(compute('communityCorrection.probationFixedTerm', '2025-03-31', { amount: { amount: 18, unit: 'month' } }).dueDate).toBe(
      '2026-09-30',
    );
    expect(() => deadlineInputFor('communityCorrection.controlTerm', d('2025-01-01'), { amount: { amount: 2, unit: 'month' } })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_PERIOD' }),
    );
    expect(() => deadlineInputFor('reconsideration.application', d('2025-01-01'), { amount: { amount: 2, unit: 'month' } })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_PERIOD' }),
    );
  });

  it('answers the “less than 7 days left” rule of 法律援助法 第四十四条', () => {
    expect(isBelowRemainingThreshold('legalAid.advanceProvisionThreshold', d('2025-10-03'), d('2025-10-09'))).toBe(true);
    expect(isBelowRemainingThreshold('legalAid.advanceProvisionThreshold', d('2025-10-02'), d('2025-10-09'))).toBe(false);
    expect(() => isBelowRemainingThreshold('legalAid.review', d('2025-10-02'), d('2025-10-09'))).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_PERIOD' }),
    );
  });

  it('rejects an unknown id', () => {
    expect(() => getStatutoryPeriod('reconsideration.nothing')).toThrow(expect.objectContaining({ code: 'CALENDAR_UNKNOWN_PERIOD' }));
  });
});
