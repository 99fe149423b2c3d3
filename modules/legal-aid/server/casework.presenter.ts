import type { ScopedActor } from '@tianping/server/access/actor';
import {
  caseworkLegalBasis,
  closureResultLabels,
  progressKindLabels,
  type CaseworkView,
  type ClosureResult,
  type ProgressKind,
} from '../contract/casework';
import { terminationGroundLabels, type CaseState, type TerminationGround } from '../contract/enums';
import type { CaseStage } from '../contract/subsidy';
import type { CaseRow } from './case.repository';
import type { CaseworkRows } from './casework.repository';
import { presentSubsidy } from './subsidy.presenter';

const ids = (json: string) => JSON.parse(json) as string[];

/** The casework view of a case for the actor, with the abilities the workbench shows buttons from. */
export function presentCasework(c: CaseRow, rows: CaseworkRows, actor: ScopedActor, today: string, openObjection: boolean): CaseworkView {
  const has = (p: string) => actor.permissions.has(p);
  const isAssignee = actor.kind === 'staff' && has('legalAid.case.work') && c.assigneeUserId === actor.userId;
  const assigned = c.state === 'assigned';
  const centre = has('legalAid.application.read');
  const pendingReplacement = rows.replacements.some((r) => r.status === 'pending');
  const pendingReport = rows.terminations.some((t) => t.status === 'reported');
  // 第五十五条: an approved replacement waits for the re-assignment (AB: POST …/assignment with `replacing`).
  const awaitingReassignment = rows.replacements.some(
    (r) => r.status === 'approved' && r.decidedAt !== null && (rows.assignedAt === null || rows.assignedAt < r.decidedAt),
  );
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    state: c.state as CaseState,
    assigneeUserId: c.assigneeUserId,
    progress: rows.progress.map((p) => ({
      id: p.id,
      kind: p.kind as ProgressKind,
      kindLabel: progressKindLabels[p.kind as ProgressKind],
      occurredOn: p.occurredOn,
      time: p.time,
      place: p.place,
      title: p.title,
      content: p.content,
      attachmentIds: ids(p.attachmentIds),
      createdAt: p.createdAt,
    })),
    nextHearingOn:
      rows.progress
        .filter((p) => p.kind === 'hearing' && p.occurredOn >= today)
        .map((p) => p.occurredOn)
        .sort()[0] ?? null,
    closure: rows.closure
      ? {
          closedOn: rows.closure.closedOn,
          result: rows.closure.result as ClosureResult,
          resultLabel: closureResultLabels[rows.closure.result as ClosureResult],
          stages: JSON.parse(rows.closure.stages) as CaseStage[],
          summary: rows.closure.summary,
          documentAttachmentIds: ids(rows.closure.documentAttachmentIds),
        }
      : null,
    replacements: rows.replacements.map((r) => ({
      id: r.id,
      source: r.source as 'citizen' | 'staff',
      reason: r.reason,
      requestedOn: r.requestedOn,
      status: r.status as 'pending' | 'approved' | 'rejected',
      decidedOn: r.decidedOn,
      decisionReason: r.decisionReason,
      awaitingReassignment: r.status === 'approved' && r.decidedAt !== null && (rows.assignedAt === null || rows.assignedAt < r.decidedAt),
    })),
    complaints: rows.complaints.map((r) => ({
      id: r.id,
      source: r.source as 'citizen' | 'staff',
      content: r.content,
      receivedOn: r.receivedOn,
      status: r.status as 'open' | 'handled',
      result: r.result,
      handledOn: r.handledOn,
    })),
    terminations: rows.terminations.map((t) => ({
      id: t.id,
      ground: t.ground as TerminationGround,
      groundLabel: terminationGroundLabels[t.ground as TerminationGround],
      facts: t.facts,
      reportedOn: t.reportedOn,
      status: t.status as 'reported' | 'terminated' | 'rejected',
      decidedOn: t.decidedOn,
      decisionReason: t.decisionReason,
      documentAttachmentId: t.documentAttachmentId,
    })),
    subsidy:
      rows.subsidy && (has('legalAid.subsidy.manage') || has('legalAid.subsidy.approve') || isAssignee || centre)
        ? presentSubsidy(rows.subsidy, c.caseNumber, actor)
        : null,
    legalBasis: [...caseworkLegalBasis],
    abilities: {
      canLogProgress: assigned && isAssignee,
      canClose: assigned && (isAssignee || (centre && has('legalAid.assignment.manage'))),
      canReportTermination: assigned && isAssignee && !pendingReport,
      canDecideTermination:
        ['granted', 'assigned'].includes(c.state) && centre && (has('legalAid.application.review') || has('legalAid.assignment.manage')),
      canRecordReplacementRequest: assigned && centre && has('legalAid.application.intake') && !pendingReplacement,
      canDecideReplacement: pendingReplacement && centre && has('legalAid.assignment.manage'),
      canReassign: assigned && awaitingReassignment && centre && has('legalAid.assignment.manage'),
      canRecordComplaint: centre && has('legalAid.application.intake') && !['received', 'correcting', 'transferred'].includes(c.state),
      canHandleComplaint: rows.complaints.some((r) => r.status === 'open') && has('legalAid.quality.manage'),
      canRecordObjection:
        ['denied', 'terminated'].includes(c.state) &&
        !openObjection &&
        centre &&
        (has('legalAid.application.intake') || has('legalAid.objection.decide')),
    },
  };
}
