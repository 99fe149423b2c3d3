import type { ScopedActor } from '@tianping/server/access/actor';
import type { Selectable } from 'kysely';
import {
  caseStageLabels,
  subsidyCaseKindLabels,
  subsidyStatusLabels,
  type CaseStage,
  type SubsidyCaseKind,
  type SubsidyStatus,
  type SubsidyView,
} from '../contract/subsidy';
import type { AidSubsidyScheduleTable, AidSubsidyTable } from './casework-tables';

type Line = { stage: CaseStage; scheduleId: string; amountYuan: number };

export function presentSubsidy(row: Selectable<AidSubsidyTable>, caseNumber: string | null, actor: ScopedActor): SubsidyView {
  const status = row.status as SubsidyStatus;
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber,
    orgId: row.orgId,
    providerId: row.providerId,
    caseKind: row.caseKind as SubsidyCaseKind,
    computedOn: row.computedOn,
    lines: (JSON.parse(row.lines) as Line[]).map((l) => ({ ...l, stageLabel: caseStageLabels[l.stage] })),
    totalYuan: row.totalYuan,
    status,
    statusLabel: subsidyStatusLabels[status],
    decidedOn: row.decidedOn,
    decisionReason: row.decisionReason,
    paidOn: row.paidOn,
    paymentReference: row.paymentReference,
    version: row.version,
    abilities: {
      canApprove: status === 'pending' && actor.permissions.has('legalAid.subsidy.approve'),
      canRecordPayment: status === 'approved' && actor.permissions.has('legalAid.subsidy.manage'),
    },
  };
}

export function presentScheduleEntry(row: Selectable<AidSubsidyScheduleTable>, today: string) {
  return {
    id: row.id,
    caseKind: row.caseKind as SubsidyCaseKind,
    caseKindLabel: subsidyCaseKindLabels[row.caseKind as SubsidyCaseKind],
    stage: row.stage as CaseStage,
    stageLabel: caseStageLabels[row.stage as CaseStage],
    amountYuan: row.amountYuan,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    inForce: row.effectiveFrom <= today && (row.effectiveTo === null || today < row.effectiveTo),
    example: row.example === 1,
    note: row.note,
  };
}
