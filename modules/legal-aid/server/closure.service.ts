import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { forbidden } from '@tianping/server/http/errors';
import type { CaseworkView, ClosureCreate } from '../contract/casework';
import { matterKindLabels, type MatterKind } from '../contract/enums';
import { subsidyCaseKinds, type SubsidyCaseKind } from '../contract/subsidy';
import { computeSubsidy } from '../domain/subsidy';
import { endOpenAssignment } from './assignment.repository';
import { getCasework } from './casework.service';
import { insertClosure } from './casework.repository';
import {
  aidFail,
  auditCase,
  createdBy,
  fireTransition,
  loadCase,
  notBefore,
  notInFuture,
  nowIso,
  requireCaseAttachments,
  requireState,
} from './casework-support';
import { insertSubsidy, scheduleEntries } from './subsidy.repository';

/**
 * 结案 (法律援助法 第五十条): the provider reports the end of the matter with copies of the legal documents
 * and the report → `closed`. The subsidy (第五十二条) is computed in the same transaction from the schedule
 * in force on the closing day, over the stages handled; a stage without an amount → 409, nothing written.
 * The open assignment ends `closed` on the closing day in the same transaction.
 */

export function subsidyCaseKindOf(matterKind: string): SubsidyCaseKind | null {
  const group = matterKindLabels[matterKind as MatterKind]?.group;
  return (subsidyCaseKinds as readonly string[]).includes(group ?? '') ? (group as SubsidyCaseKind) : null;
}

export async function closeCase(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: ClosureCreate,
): Promise<CaseworkView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['assigned']);
  const isAssignee = actor.kind === 'staff' && c.assigneeUserId === actor.userId;
  if (!isAssignee && !(actor.permissions.has('legalAid.assignment.manage') && actor.permissions.has('legalAid.application.read')))
    throw forbidden({ field: 'assigneeUserId' });
  notInFuture(k, input.closedOn, 'closedOn');
  notBefore(input.closedOn, c.assignedOn ?? c.receivedOn, 'closedOn');
  if (input.documentAttachmentIds.length === 0) throw aidFail('AID_CLOSURE_DOCUMENTS_REQUIRED', 'documentAttachmentIds');
  await requireCaseAttachments(k.db, c.id, input.documentAttachmentIds, 'documentAttachmentIds');
  const caseKind = subsidyCaseKindOf(c.matterKind);
  if (!caseKind) throw aidFail('AID_SUBSIDY_SCHEDULE_MISSING', 'stages');
  const subsidy = computeSubsidy(await scheduleEntries(k.db), { caseKind, stages: input.stages, on: input.closedOn });
  if (!subsidy.ok) throw aidFail('AID_SUBSIDY_SCHEDULE_MISSING', `stages.${input.stages.findIndex((s) => s === subsidy.missingStages[0])}`);
  const now = nowIso(k);
  const closureId = newId();
  const subsidyId = newId();
  await k.db.transaction().execute(async (trx) => {
    const next = await fireTransition(k, trx, ctx, c, 'close', { closedOn: input.closedOn });
    // The provider's assignment ends with the case (their open-case load falls).
    const endedAssignments = await endOpenAssignment(trx, c.id, input.closedOn, 'closed');
    await insertClosure(trx, {
      id: closureId,
      caseId: c.id,
      closedOn: input.closedOn,
      result: input.result,
      stages: JSON.stringify([...new Set(input.stages)]),
      summary: input.summary,
      documentAttachmentIds: JSON.stringify(input.documentAttachmentIds),
      reportedBy: createdBy(actor),
      createdAt: now,
    });
    await insertSubsidy(trx, {
      id: subsidyId,
      caseId: c.id,
      orgId: c.orgId,
      providerId: c.assigneeProviderId,
      caseKind,
      computedOn: input.closedOn,
      lines: JSON.stringify(subsidy.lines),
      totalYuan: subsidy.totalYuan,
      status: 'pending',
      decidedOn: null,
      decisionReason: null,
      decidedBy: null,
      paidOn: null,
      paymentReference: null,
      version: 0,
      createdAt: now,
      updatedAt: now,
    });
    await auditCase(
      k,
      trx,
      ctx,
      next,
      'legalAid.case.close',
      {
        state: next.state,
        closedOn: input.closedOn,
        result: input.result,
        stages: input.stages,
        documentAttachmentIds: input.documentAttachmentIds,
        subsidyId,
        subsidyTotalYuan: subsidy.totalYuan,
        endedAssignments,
      },
      { state: c.state },
    );
  });
  return getCasework(k, actor, id);
}
