import type { ScopedActor } from '@tianping/server/access/actor';
import {
  litigationResultLabels,
  type InstanceOutcome,
  type Litigation,
  type LitigationHearing,
  type LitigationResult,
} from '../contract/litigation';
import type { LitigationRecord, LitigationRow } from './litigation.repository';

export interface StoredHearing {
  on: string;
  instance: 'first' | 'second';
  headAppeared: boolean;
  appearedName: string | null;
  absenceReason: string | null;
}

export function parseHearings(json: string): StoredHearing[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as StoredHearing[]) : [];
  } catch {
    return [];
  }
}

/** Normalised for storage, in date order. */
export function storedHearings(hearings: readonly LitigationHearing[]): StoredHearing[] {
  return hearings
    .map((h) => ({
      on: h.on,
      instance: h.instance,
      headAppeared: h.headAppeared,
      appearedName: h.appearedName ?? null,
      absenceReason: h.headAppeared ? null : (h.absenceReason ?? null),
    }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

export function litigationAbilities(actor: ScopedActor) {
  return { update: actor.permissions.has('reconsideration.litigation.manage') };
}

export function presentLitigation(row: LitigationRow, actor: ScopedActor, today: string): Litigation {
  const result = row.result as LitigationResult;
  const label = litigationResultLabels[result] ?? { zh: row.result, en: row.result };
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: row.orgName,
    regionCode: row.regionCode,
    reconCaseId: row.reconCaseId,
    reconCaseNumber: row.reconCaseNumber,
    court: row.court,
    courtCaseNumber: row.courtCaseNumber,
    plaintiff: row.plaintiff,
    defendant: row.defendant,
    coDefendant: row.coDefendant === 1,
    cause: row.cause,
    complaintServedOn: row.complaintServedOn,
    defenceDueOn: row.defenceDueOn,
    defenceOverdue: row.defenceSubmittedOn === null && row.result === 'pending' && today > row.defenceDueOn,
    defenceSubmittedOn: row.defenceSubmittedOn,
    hearings: parseHearings(row.hearings),
    headAppeared: row.headAppeared === null ? null : row.headAppeared === 1,
    absenceReason: row.absenceReason,
    firstInstanceOutcome: row.firstInstanceOutcome as InstanceOutcome | null,
    secondInstanceOutcome: row.secondInstanceOutcome as InstanceOutcome | null,
    result,
    resultLabel: { zh: label.zh, en: label.en },
    closedOn: row.closedOn,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    abilities: litigationAbilities(actor),
  };
}

/** The fields an audit event records for a litigation. */
export function litigationAuditSnapshot(row: LitigationRecord) {
  return {
    orgId: row.orgId,
    reconCaseId: row.reconCaseId,
    court: row.court,
    courtCaseNumber: row.courtCaseNumber,
    plaintiff: row.plaintiff,
    defendant: row.defendant,
    coDefendant: row.coDefendant,
    cause: row.cause,
    complaintServedOn: row.complaintServedOn,
    defenceDueOn: row.defenceDueOn,
    defenceSubmittedOn: row.defenceSubmittedOn,
    hearings: row.hearings,
    headAppeared: row.headAppeared,
    firstInstanceOutcome: row.firstInstanceOutcome,
    secondInstanceOutcome: row.secondInstanceOutcome,
    result: row.result,
    closedOn: row.closedOn,
    version: row.version,
  };
}
