/**
 * Fair rotation (轮流指派) of legal-aid providers for one case. The law fixes who may be assigned
 * (法律援助法 第十二条: lawyers, grassroots legal-service workers, volunteers; 第二十五、二十八条:
 * defence and compulsory-medical cases need a lawyer; 第二十六条: seniority) but not how to choose
 * among them: the weights below are a local rule of the centre (configurable), chosen so that
 *
 * - with everything else equal the queue is a strict rotation: the provider with the fewest
 *   assignments in the period (then the longest wait since the last one) comes first, so over any
 *   number of assignments nobody gets more than their share plus one;
 * - a matching speciality, the same district and a light current load move a provider up.
 *
 * Hard rules: a blocking conflict (domain/conflict.ts) puts the candidate behind every eligible one
 * and needs a recorded override reason; the seniority rule (domain/seniority.ts) or a provider kind
 * the matter does not allow makes the candidate unassignable. Pure: no I/O.
 */
import { hasBlockingConflict, type ConflictFinding } from './conflict';
import type { SeniorityResult } from './seniority';

export interface RotationWeights {
  speciality: number;
  district: number;
  load: number;
  rotation: number;
  /** Open cases at which the load part reaches zero. */
  loadCap: number;
}

export const defaultRotationWeights: RotationWeights = { speciality: 30, district: 20, load: 30, rotation: 20, loadCap: 10 };

export interface RotationCase {
  /** The centre that assigns (aid_cases.orgId) and its district (6-digit region code). */
  orgId: string;
  regionCode: string;
  /** The speciality the matter calls for, and the wider field that still helps (e.g. `civil`). */
  speciality: string | null;
  field: string | null;
  /** Provider kinds the matter allows (defence: lawyers and firms only). */
  allowedKinds: readonly string[];
}

export interface RotationCandidate {
  providerId: string;
  name: string;
  kind: string;
  specialities: readonly string[];
  orgId: string;
  regionCode: string | null;
  /** Cases assigned and not yet ended. */
  openLoad: number;
  /** Assignments in the rotation period (e.g. this year). */
  periodCount: number;
  /** ISO instant of the last assignment, null when never assigned. */
  lastAssignedAt: string | null;
  conflicts: readonly ConflictFinding[];
  seniority: SeniorityResult;
}

export interface ScoreParts {
  speciality: number;
  district: number;
  load: number;
  rotation: number;
  /** 1-based place in the rotation queue (fewest assignments, longest wait first). */
  rotationPosition: number;
}

export type Blocker = 'conflict' | 'seniority' | 'kind';

export interface RankedCandidate extends RotationCandidate {
  rank: number;
  total: number;
  parts: ScoreParts;
  blockers: Blocker[];
  /** False for seniority or kind: no override possible. */
  assignable: boolean;
  /** True when assignable only with an override reason (a blocking conflict). */
  needsOverride: boolean;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The rotation queue: fewest assignments in the period, then never / longest ago assigned, then id. */
export function rotationOrder(candidates: readonly RotationCandidate[]): RotationCandidate[] {
  return [...candidates].sort(
    (a, b) =>
      a.periodCount - b.periodCount ||
      (a.lastAssignedAt ?? '').localeCompare(b.lastAssignedAt ?? '') ||
      a.providerId.localeCompare(b.providerId),
  );
}

export function scoreParts(c: RotationCase, p: RotationCandidate, position: number, n: number, w: RotationWeights): ScoreParts {
  const speciality =
    c.speciality && p.specialities.includes(c.speciality)
      ? w.speciality
      : c.field && p.specialities.includes(c.field)
        ? w.speciality / 2
        : 0;
  const district = p.orgId === c.orgId ? w.district : p.regionCode && p.regionCode === c.regionCode ? (w.district * 3) / 4 : 0;
  const load = w.load * (1 - Math.min(p.openLoad, w.loadCap) / w.loadCap);
  const rotation = n <= 1 ? w.rotation : w.rotation * (1 - position / n);
  return {
    speciality: round1(speciality),
    district: round1(district),
    load: round1(load),
    rotation: round1(rotation),
    rotationPosition: position + 1,
  };
}

/**
 * Ranks the candidates: assignable without override first, then those needing an override, then
 * the unassignable; within each group by total score, then rotation position.
 */
export function rankCandidates(
  c: RotationCase,
  candidates: readonly RotationCandidate[],
  w: RotationWeights = defaultRotationWeights,
): RankedCandidate[] {
  const queue = rotationOrder(candidates);
  const scored = queue.map((p, i) => {
    const parts = scoreParts(c, p, i, queue.length, w);
    const blockers: Blocker[] = [];
    if (hasBlockingConflict(p.conflicts)) blockers.push('conflict');
    if (!p.seniority.satisfied) blockers.push('seniority');
    if (!c.allowedKinds.includes(p.kind)) blockers.push('kind');
    const assignable = !blockers.includes('seniority') && !blockers.includes('kind');
    return {
      ...p,
      rank: 0,
      total: round1(parts.speciality + parts.district + parts.load + parts.rotation),
      parts,
      blockers,
      assignable,
      needsOverride: assignable && blockers.includes('conflict'),
    };
  });
  const group = (r: RankedCandidate) => (!r.assignable ? 2 : r.needsOverride ? 1 : 0);
  scored.sort((a, b) => group(a) - group(b) || b.total - a.total || a.parts.rotationPosition - b.parts.rotationPosition);
  return scored.map((r, i) => ({ ...r, rank: i + 1 }));
}
