import type { z } from 'zod';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { notify } from '@tianping/server/notifications/notification.service';
import { activeStaffOf } from '@tianping/server/workflow/escalation.repository';
import type { CaseworkView, terminationDecisionSchema, terminationReportSchema } from '../contract/casework';
import { terminationGroundLabels } from '../contract/enums';
import { endOpenAssignment } from './assignment.repository';
import { getCasework, requireAssignee } from './casework.service';
import { decideTerminationRow, insertTermination, pendingTerminationReport } from './casework.repository';
import {
  aidFail,
  auditCase,
  bureauOf,
  createdBy,
  fireTransition,
  loadCase,
  nowIso,
  orgName,
  requireState,
  today,
  touchCase,
} from './casework-support';
import { terminationDecisionTemplate, withCaseworkDocument } from './casework-documents';

/**
 * 终止法律援助 (法律援助法 第四十八条): the provider who finds one of the eight grounds reports it
 * (第四十八条第二款); the centre decides — terminate with the 终止法律援助决定书 served to the recipient
 * (naming the objection of 第四十九条) and the open assignment ended `terminated` in the same transaction,
 * or reject the report and the aid continues.
 */

export async function reportTermination(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: z.infer<typeof terminationReportSchema>,
): Promise<CaseworkView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['assigned']);
  requireAssignee(actor, c);
  if (await pendingTerminationReport(k.db, c.id)) throw aidFail('AID_TERMINATION_REPORT_PENDING', 'ground');
  const row = {
    id: newId(),
    caseId: c.id,
    ground: input.ground,
    facts: input.facts,
    reportedBy: createdBy(actor),
    reportedOn: today(k),
    status: 'reported',
    decidedOn: null,
    decisionReason: null,
    decidedBy: null,
    documentAttachmentId: null,
    createdAt: nowIso(k),
  };
  await k.db.transaction().execute(async (trx) => {
    await touchCase(k, trx, c);
    await insertTermination(trx, row);
    await auditCase(k, trx, ctx, c, 'legalAid.termination.report', { terminationId: row.id, ground: row.ground }, null, input.facts);
    await notify(trx, k.clock.now(), await activeStaffOf(trx, c.orgId), {
      kind: 'legalAid.terminationReported',
      titleZh: `承办人员报告终止法律援助情形：${c.caseNumber}`,
      titleEn: `The provider reports a ground of termination: ${c.caseNumber}`,
      link: `/workbench/legal-aid/cases/${c.id}`,
      dedupeKey: `legalAid:termination:${row.id}`,
    });
  });
  return getCasework(k, actor, id);
}

export async function decideTermination(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: z.infer<typeof terminationDecisionSchema>,
): Promise<CaseworkView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['granted', 'assigned']);
  const report = input.reportId ? await pendingTerminationReport(k.db, c.id) : undefined;
  if (input.reportId && report?.id !== input.reportId) throw aidFail('AID_TERMINATION_REPORT_INVALID', 'reportId');
  const on = today(k);
  const decided = { decidedOn: on, decisionReason: input.reason, decidedBy: createdBy(actor) };

  if (input.reject) {
    if (!report) throw aidFail('AID_TERMINATION_REPORT_INVALID', 'reportId');
    await k.db.transaction().execute(async (trx) => {
      await touchCase(k, trx, c);
      if (!(await decideTerminationRow(trx, report.id, { status: 'rejected', ...decided })))
        throw aidFail('AID_TERMINATION_REPORT_INVALID', 'reportId');
      await auditCase(k, trx, ctx, c, 'legalAid.termination.reject', { terminationId: report.id }, null, input.reason);
    });
    return getCasework(k, actor, id);
  }

  const label = terminationGroundLabels[input.ground];
  const bureau = await bureauOf(k.db, c.orgId);
  const data = {
    issuer: await orgName(k.db, c.orgId),
    recipient: c.applicantName,
    date: on,
    caseNumber: c.caseNumber,
    ground: label.zh,
    article: label.article ?? '法律援助法 第四十八条',
    reason: input.reason,
    bureau: bureau?.name ?? '设立本机构的司法行政部门',
  };
  await withCaseworkDocument(k, ctx, terminationDecisionTemplate.id, data, async (trx, record) => {
    const next = await fireTransition(k, trx, ctx, c, 'terminate', { closedOn: on });
    // The provider's assignment (if any: a granted case has none) ends with the aid.
    const endedAssignments = await endOpenAssignment(trx, c.id, on, 'terminated');
    const documentAttachmentId = await record(next);
    const terminationId = report?.id ?? newId();
    if (report) {
      if (!(await decideTerminationRow(trx, report.id, { status: 'terminated', ground: input.ground, documentAttachmentId, ...decided })))
        throw aidFail('AID_TERMINATION_REPORT_INVALID', 'reportId');
    } else
      await insertTermination(trx, {
        id: terminationId,
        caseId: c.id,
        ground: input.ground,
        facts: input.reason,
        reportedBy: null,
        reportedOn: null,
        status: 'terminated',
        documentAttachmentId,
        createdAt: nowIso(k),
        ...decided,
      });
    await auditCase(
      k,
      trx,
      ctx,
      next,
      'legalAid.case.terminate',
      { state: next.state, ground: input.ground, terminationId, documentAttachmentId, endedAssignments },
      { state: c.state },
      input.reason,
    );
  });
  return getCasework(k, actor, id);
}
