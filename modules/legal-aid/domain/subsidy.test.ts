import { describe, expect, it } from 'vitest';
import { checkNewEntry, computeSubsidy, entryInForce, type SubsidyScheduleEntry } from './subsidy';

const schedule: SubsidyScheduleEntry[] = [
  { id: 's1', caseKind: 'criminal', stage: 'investigation', amountYuan: 1000, effectiveFrom: '2022-01-01', effectiveTo: '2025-01-01' },
  { id: 's2', caseKind: 'criminal', stage: 'investigation', amountYuan: 1200, effectiveFrom: '2025-01-01', effectiveTo: null },
  { id: 's3', caseKind: 'criminal', stage: 'firstInstance', amountYuan: 2000, effectiveFrom: '2022-01-01', effectiveTo: null },
  { id: 's4', caseKind: 'civil', stage: 'firstInstance', amountYuan: 1800, effectiveFrom: '2022-01-01', effectiveTo: null },
];

describe('subsidy schedule per case kind and stage', () => {
  it('picks the entry in force on the day (from inclusive, to exclusive)', () => {
    expect(entryInForce(schedule, 'criminal', 'investigation', '2024-12-31')?.id).toBe('s1');
    expect(entryInForce(schedule, 'criminal', 'investigation', '2025-01-01')?.id).toBe('s2');
    expect(entryInForce(schedule, 'criminal', 'investigation', '2021-12-31')).toBeUndefined();
    expect(entryInForce(schedule, 'civil', 'investigation', '2025-06-01')).toBeUndefined();
  });

  it('sums the stages handled, each once, at the closure date', () => {
    expect(
      computeSubsidy(schedule, { caseKind: 'criminal', stages: ['investigation', 'firstInstance', 'investigation'], on: '2025-03-01' }),
    ).toEqual({
      ok: true,
      lines: [
        { stage: 'investigation', scheduleId: 's2', amountYuan: 1200 },
        { stage: 'firstInstance', scheduleId: 's3', amountYuan: 2000 },
      ],
      totalYuan: 3200,
    });
    expect(computeSubsidy(schedule, { caseKind: 'criminal', stages: ['investigation'], on: '2024-06-01' })).toMatchObject({
      totalYuan: 1000,
    });
    expect(computeSubsidy(schedule, { caseKind: 'civil', stages: ['firstInstance'], on: '2025-03-01' })).toMatchObject({ totalYuan: 1800 });
  });

  it('names the stages without an amount in force', () => {
    expect(computeSubsidy(schedule, { caseKind: 'civil', stages: ['firstInstance', 'secondInstance'], on: '2025-03-01' })).toEqual({
      ok: false,
      missingStages: ['secondInstance'],
    });
  });

  it('a new amount ends the one in force; it may not start before the latest one', () => {
    expect(checkNewEntry(schedule, { caseKind: 'criminal', stage: 'investigation', effectiveFrom: '2026-01-01' })).toEqual({
      ok: true,
      closesEntryId: 's2',
    });
    expect(checkNewEntry(schedule, { caseKind: 'criminal', stage: 'investigation', effectiveFrom: '2025-01-01' })).toEqual({
      ok: false,
      reason: 'overlap',
    });
    expect(checkNewEntry(schedule, { caseKind: 'administrative', stage: 'firstInstance', effectiveFrom: '2025-01-01' })).toEqual({
      ok: true,
      closesEntryId: null,
    });
  });
});
