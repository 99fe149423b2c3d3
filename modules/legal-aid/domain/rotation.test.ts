import { describe, expect, it } from 'vitest';
import type { ConflictFinding } from './conflict';
import { rankCandidates, rotationOrder, type RotationCandidate, type RotationCase } from './rotation';

const noRule = { required: false, satisfied: true, years: null, reasonZh: '', reasonEn: '' };
const civilCase: RotationCase = {
  orgId: 'hexi',
  regionCode: '120103',
  speciality: 'labour',
  field: 'civil',
  allowedKinds: ['lawyer', 'firm', 'grassroots', 'volunteer'],
};
const candidate = (id: string, over: Partial<RotationCandidate> = {}): RotationCandidate => ({
  providerId: id,
  name: id,
  kind: 'lawyer',
  specialities: [],
  orgId: 'hexi',
  regionCode: '120103',
  openLoad: 0,
  periodCount: 0,
  lastAssignedAt: null,
  conflicts: [],
  seniority: noRule,
  ...over,
});
const blockingConflict = { blocking: true, score: 0.9 } as ConflictFinding;

describe('fair rotation', () => {
  it('over 1,000 assignments nobody gets more than their share plus one when all else is equal', () => {
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
    const state = new Map(ids.map((id) => [id, { count: 0, open: 0, last: null as string | null }]));
    for (let i = 0; i < 1000; i++) {
      const ranked = rankCandidates(
        civilCase,
        ids.map((id) => {
          const s = state.get(id)!;
          return candidate(id, { periodCount: s.count, openLoad: s.open, lastAssignedAt: s.last });
        }),
      );
      const s = state.get(ranked[0]!.providerId)!;
      s.count += 1;
      s.open += 1;
      s.last = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
      // every provider closes a case now and then, the same way (all else equal)
      if (i % 7 === 6) for (const x of state.values()) x.open = Math.max(0, x.open - 1);
    }
    const share = 1000 / ids.length;
    for (const { count } of state.values()) {
      expect(count).toBeLessThanOrEqual(Math.floor(share) + 1);
      expect(count).toBeGreaterThanOrEqual(Math.floor(share));
    }
  });

  it('the queue: fewest assignments, then longest wait, then never assigned first', () => {
    const order = rotationOrder([
      candidate('a', { periodCount: 2, lastAssignedAt: '2025-01-01T00:00:00Z' }),
      candidate('b', { periodCount: 1, lastAssignedAt: '2025-03-01T00:00:00Z' }),
      candidate('c', { periodCount: 1, lastAssignedAt: '2025-02-01T00:00:00Z' }),
      candidate('d', { periodCount: 1, lastAssignedAt: null }),
    ]);
    expect(order.map((c) => c.providerId)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('weighs speciality, district and load, and shows the parts', () => {
    const ranked = rankCandidates(civilCase, [
      candidate('plain'),
      candidate('labour', { specialities: ['labour'], periodCount: 1, lastAssignedAt: '2025-01-01T00:00:00Z' }),
      candidate('busy', { specialities: ['labour'], openLoad: 10 }),
      candidate('elsewhere', { orgId: 'nankai', regionCode: '120104', specialities: ['labour'] }),
      candidate('civil', { specialities: ['civil'] }),
    ]);
    expect(ranked[0]!.providerId).toBe('labour');
    expect(ranked[0]!.parts).toMatchObject({ speciality: 30, district: 20, load: 30 });
    expect(ranked.find((r) => r.providerId === 'civil')!.parts.speciality).toBe(15);
    expect(ranked.find((r) => r.providerId === 'busy')!.parts.load).toBe(0);
    expect(ranked.find((r) => r.providerId === 'elsewhere')!.parts.district).toBe(0);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a conflict needs an override and ranks behind eligible ones; seniority and kind make a candidate unassignable', () => {
    const ranked = rankCandidates({ ...civilCase, allowedKinds: ['lawyer', 'firm'] }, [
      candidate('conflicted', { specialities: ['labour'], conflicts: [blockingConflict] }),
      candidate('junior', { seniority: { ...noRule, required: true, satisfied: false } }),
      candidate('worker', { kind: 'grassroots', specialities: ['labour'] }),
      candidate('ok'),
    ]);
    expect(ranked.slice(0, 2).map((r) => [r.providerId, r.assignable, r.needsOverride])).toEqual([
      ['ok', true, false],
      ['conflicted', true, true],
    ]);
    expect(ranked.find((r) => r.providerId === 'junior')!.blockers).toEqual(['seniority']);
    expect(ranked.find((r) => r.providerId === 'worker')!.blockers).toEqual(['kind']);
    expect(ranked.slice(2).every((r) => !r.assignable)).toBe(true);
  });
});
