import { addDays } from '@tianping/common/calendar/index';
import { newId } from '@tianping/server/db/ids';
import type { CaseRow } from './case.repository';
import { reconCaseWorkflow } from './case.workflow';
import type { DemoCasePlan } from './seed-demo.plan';

/** Rows written in bulk (multi-row inserts) once every case is planned. */
export interface Bulk {
  cases: CaseRow[];
  instances: Record<string, unknown>[];
  corrections: Record<string, unknown>[];
  replies: Record<string, unknown>[];
  suspensions: Record<string, unknown>[];
  decisions: Record<string, unknown>[];
  closures: Record<string, unknown>[];
}

const closing = { mediated: 'mediate', withdrawn: 'withdraw', dismissed: 'dismiss' } as const;
const finalTargets = new Set(['rejected', 'transferred', 'decided', 'mediated', 'withdrawn', 'dismissed']);

/**
 * The domain rows of a planned case and the patch of its case row. Closed cases get their
 * workflow instance in its final state directly (no live timer or todo is left by a closed case);
 * open ones are driven through the engine afterwards (`driveOpenCase`) so their timers are real.
 */
export function planRows(bulk: Bulk, row: CaseRow, plan: DemoCasePlan, userId: string, caseNumber: string | null): Partial<CaseRow> {
  const created = row.createdAt;
  const patch: Partial<CaseRow> = { state: plan.target === 'withdrawn' ? 'terminated' : plan.target };
  const events: Record<string, string> = { start: plan.receivedOn };
  if (plan.correction) {
    events.requestCorrection = plan.correction.noticeOn;
    if (plan.correction.correctedOn) events.submitCorrection = plan.correction.correctedOn;
    bulk.corrections.push({
      id: newId(),
      caseId: row.id,
      items: JSON.stringify(['申请人身份证明复印件', '被申请行政行为的决定书']),
      noticeOn: plan.correction.noticeOn,
      dueOn: addDays(plan.correction.noticeOn, 14),
      extendedTo: null,
      correctedOn: plan.correction.correctedOn,
      response: plan.correction.correctedOn ? '已补正全部材料' : null,
      status: plan.correction.correctedOn ? 'corrected' : 'open',
      createdBy: userId,
      createdAt: created,
    });
  }
  if (plan.target === 'rejected' || plan.target === 'transferred') {
    events[plan.target === 'rejected' ? 'reject' : 'transfer'] = plan.closedOn!;
    Object.assign(patch, {
      closedOn: plan.closedOn,
      outcome: plan.target,
      rejectionReason:
        plan.target === 'rejected' ? '申请超过法定申请期限且无正当理由（行政复议法第三十条第一款）' : '应向天津市人民政府申请行政复议',
    });
  }
  if (plan.acceptedOn) {
    events.accept = plan.acceptedOn;
    Object.assign(patch, { procedure: plan.procedure, caseNumber, acceptedOn: plan.acceptedOn });
  }
  if (plan.copyOn) {
    events.sendCopy = plan.copyOn;
    if (plan.replyOn) events.submitReply = plan.replyOn;
    bulk.replies.push({
      id: newId(),
      caseId: row.id,
      copySentOn: plan.copyOn,
      copyReceivedOn: plan.copyOn,
      replyDueOn: addDays(plan.copyOn, plan.procedure === 'simplified' ? 7 : 14),
      repliedOn: plan.replyOn ?? null,
      replyText: plan.replyOn ? '被申请人认为原行政行为认定事实清楚、证据确凿、适用依据正确、程序合法，请求维持。' : null,
      repliedBy: null,
      evidenceAttachmentIds: '[]',
      createdAt: created,
    });
  }
  if (plan.suspendedOn) {
    bulk.suspensions.push({
      id: newId(),
      caseId: row.id,
      ground: 'dependsOnOtherCase',
      reason: '本案需以相关民事诉讼的审理结果为依据',
      suspendedOn: plan.suspendedOn,
      terminationDueOn: null,
      resumedOn: null,
      createdBy: userId,
      excludedFromPeriod: 1,
      resumeReason: null,
      lapseNotifiedAt: null,
      createdAt: created,
    });
    patch.suspended = 1;
  }
  if (plan.submittedOn) {
    const issued = plan.target === 'decided';
    events.submitDecision = plan.submittedOn;
    if (issued) events.issueDecision = plan.closedOn!;
    bulk.decisions.push({
      id: newId(),
      caseId: row.id,
      decisionType: plan.decisionType ?? 'uphold',
      withCompensation: 0,
      reasoning: '经审理查明，被申请人作出的行政行为……依照《中华人民共和国行政复议法》的规定，决定如下。',
      approvalRoute: 'authorityHead',
      status: issued ? 'issued' : 'draft',
      draftedBy: userId,
      issuedOn: issued ? plan.closedOn! : null,
      documentAttachmentId: null,
      basedOnHearingRecord: 0,
      version: 1,
      createdAt: created,
      updatedAt: created,
    });
    if (issued) Object.assign(patch, { closedOn: plan.closedOn, outcome: 'decided', decisionType: plan.decisionType });
  }
  if (plan.target in closing) {
    const kind = plan.target as keyof typeof closing;
    events[closing[kind]] = plan.closedOn!;
    bulk.closures.push({
      id: newId(),
      caseId: row.id,
      kind,
      ground: kind === 'withdrawn' ? 'withdrawn' : null,
      reason:
        kind === 'mediated'
          ? '经调解达成协议'
          : kind === 'withdrawn'
            ? '申请人与被申请人达成和解，自愿撤回申请'
            : '受理后发现不符合受理条件',
      agreement: kind === 'mediated' ? '被申请人重新核定处罚金额，申请人不再坚持复议请求。' : null,
      closedOn: plan.closedOn!,
      documentAttachmentId: null,
      createdBy: userId,
      createdAt: created,
    });
    Object.assign(patch, { closedOn: plan.closedOn, outcome: kind });
  }
  const final = { ...row, ...patch } as CaseRow;
  bulk.cases.push(finalTargets.has(plan.target) ? final : row);
  if (finalTargets.has(plan.target)) {
    bulk.instances.push({
      id: newId(),
      entityType: reconCaseWorkflow.entityType,
      entityId: row.id,
      workflowId: reconCaseWorkflow.id,
      state: final.state,
      orgId: row.orgId,
      events: JSON.stringify(events),
      version: Object.keys(events).length,
      createdAt: created,
      updatedAt: created,
    });
  }
  return patch;
}
