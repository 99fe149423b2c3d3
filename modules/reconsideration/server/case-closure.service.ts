import type { CitizenActor, RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { notFound } from '@tianping/server/http/errors';
import { notify } from '@tianping/server/notifications/notification.service';
import { activeStaffOf } from '@tianping/server/workflow/escalation.repository';
import { terminationGroundLabels, type TerminationGround } from '../contract/decision-enums';
import type { HandlingView } from '../contract/handling';
import { findCaseOfCitizen, type CaseRow } from './case.repository';
import {
  auditCase,
  caseLabel,
  fireTransition,
  handlingView,
  inTransaction,
  loadCase,
  notBefore,
  notInFuture,
  reconFail,
  requireState,
  today,
  withDocument,
  documentHeader,
  createdBy,
} from './case-handling.service';
import {
  dismissalDecisionTemplate,
  mediationAgreementTemplate,
  terminationNoticeTemplate,
  withdrawalDecisionTemplate,
} from './handling-documents';
import { insertClosure, insertWithdrawal, openSuspension, pendingWithdrawal, updateWithdrawal } from './handling.repository';

/**
 * Ending a case without a decision: termination (第四十一条), withdrawal (第四十一条第（一）项、
 * 第七十四条), dismissal (第三十三条) and mediation (第七十三条). The case keeps
 * `state` = workflow state, and gets `closedOn` and `outcome`.
 */

const withdrawable = ['received', 'correcting', 'accepted', 'suspended'] as const;

async function close(
  k: Kernel,
  trx: Trx,
  ctx: RequestContext,
  actor: ScopedActor,
  c: CaseRow,
  step: { transition: string; outcome: string; closedOn: string; ground?: string; reason: string; agreement?: string },
  record: (c: CaseRow, opts: { serve: boolean }) => Promise<string>,
) {
  const next = await fireTransition(
    k,
    trx,
    ctx,
    c,
    step.transition,
    { outcome: step.outcome, closedOn: step.closedOn, suspended: 0 },
    { effectiveDate: step.closedOn },
  );
  // A suspension still running ends with the case.
  const running = await openSuspension(trx, c.id);
  const attachmentId = await record(next, { serve: true });
  await insertClosure(trx, {
    id: newId(),
    caseId: c.id,
    kind: step.outcome,
    ground: step.ground ?? null,
    reason: step.reason,
    agreement: step.agreement ?? null,
    closedOn: step.closedOn,
    documentAttachmentId: attachmentId,
    createdBy: createdBy(actor),
    createdAt: k.clock.now().toISOString(),
  });
  await auditCase(
    k,
    trx,
    ctx,
    c,
    `reconsideration.case.${step.transition}`,
    {
      state: next.state,
      outcome: step.outcome,
      closedOn: step.closedOn,
      ground: step.ground ?? null,
      openSuspensionId: running?.id ?? null,
      documentAttachmentId: attachmentId,
    },
    { state: c.state },
    step.reason,
  );
  return next;
}

/** 第四十一条: termination on grounds (二)–(五); (五) only after 60 days of a suspension on 第三十九条 items 1, 2, 4. */
export async function terminateCase(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { ground: Exclude<TerminationGround, 'withdrawn'>; reason: string; on: string },
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['accepted', 'suspended']);
  notInFuture(k, input.on, 'on');
  notBefore(input.on, c.acceptedOn, 'on');
  if (input.ground === 'suspensionLapsed') {
    const s = await openSuspension(k.db, c.id);
    if (c.state !== 'suspended' || !s?.terminationDueOn || input.on <= s.terminationDueOn)
      throw reconFail('RECON_SUSPENSION_NOT_LAPSED', 'ground');
  }
  const label = terminationGroundLabels[input.ground];
  const data = {
    ...(await documentHeader(k.db, c, input.on)),
    ground: label.zh,
    article: label.article ?? '行政复议法 第四十一条',
    reason: input.reason,
    on: input.on,
  };
  const row = await withDocument(k, ctx, terminationNoticeTemplate.id, data, (trx, record) =>
    close(
      k,
      trx,
      ctx,
      actor,
      c,
      { transition: 'terminate', outcome: 'terminated', closedOn: input.on, ground: input.ground, reason: input.reason },
      record,
    ),
  );
  return handlingView(k, actor, row);
}

/** 第七十四条: the applicant asks in the portal to withdraw; the handling body is notified and decides. */
export async function requestWithdrawal(k: Kernel, ctx: RequestContext, citizen: CitizenActor, id: string, input: { reason: string }) {
  const c = await findCaseOfCitizen(k.db, citizen.citizenId, id);
  if (!c) throw notFound();
  if (!(withdrawable as readonly string[]).includes(c.state)) throw reconFail('RECON_INVALID_TRANSITION', 'state');
  if (await pendingWithdrawal(k.db, c.id)) throw reconFail('RECON_WITHDRAWAL_PENDING');
  const row = {
    id: newId(),
    caseId: c.id,
    source: 'citizen',
    reason: input.reason,
    requestedOn: today(k),
    status: 'pending',
    approvedOn: null,
    approvalReason: null,
    approvedBy: null,
    barsReapplication: 0 as const,
    createdAt: k.clock.now().toISOString(),
  };
  await inTransaction(k, async (trx) => {
    await insertWithdrawal(trx, row);
    await auditCase(
      k,
      trx,
      ctx,
      c,
      'reconsideration.withdrawal.request',
      { withdrawalId: row.id, requestedOn: row.requestedOn },
      null,
      input.reason,
    );
    const staff = c.handlerId ? [c.handlerId, ...(await activeStaffOf(trx, c.orgId))] : await activeStaffOf(trx, c.orgId);
    await notify(trx, k.clock.now(), staff, {
      kind: 'reconsideration.withdrawalRequested',
      titleZh: `申请人申请撤回行政复议申请：${caseLabel(c)}`,
      titleEn: `The applicant asks to withdraw: ${caseLabel(c)}`,
      link: `/workbench/reconsideration/cases/${c.id}`,
      dedupeKey: `recon:withdrawal:${row.id}`,
    });
  });
  return { id: row.id, caseId: c.id, reason: row.reason, requestedOn: row.requestedOn, status: 'pending' as const };
}

/** 准予撤回 (第四十一条第（一）项): the case is terminated and the applicant may not apply again on the same facts (第七十四条第二款). */
export async function withdrawCase(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { approvedOn: string; reason: string },
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, withdrawable);
  notInFuture(k, input.approvedOn, 'approvedOn');
  notBefore(input.approvedOn, c.receivedOn, 'approvedOn');
  const pending = await pendingWithdrawal(k.db, c.id);
  const data = {
    ...(await documentHeader(k.db, c, input.approvedOn)),
    reason: pending?.reason ?? input.reason,
    approvedOn: input.approvedOn,
  };
  const row = await withDocument(k, ctx, withdrawalDecisionTemplate.id, data, async (trx, record) => {
    const approval = {
      status: 'approved',
      approvedOn: input.approvedOn,
      approvalReason: input.reason,
      approvedBy: createdBy(actor),
      barsReapplication: 1 as const,
    };
    if (pending) await updateWithdrawal(trx, pending.id, approval);
    else
      await insertWithdrawal(trx, {
        id: newId(),
        caseId: c.id,
        source: 'staff',
        reason: input.reason,
        requestedOn: input.approvedOn,
        ...approval,
        createdAt: k.clock.now().toISOString(),
      });
    return close(
      k,
      trx,
      ctx,
      actor,
      c,
      { transition: 'withdraw', outcome: 'withdrawn', closedOn: input.approvedOn, ground: 'withdrawn', reason: input.reason },
      record,
    );
  });
  return handlingView(k, actor, row);
}

/** 第三十三条: after acceptance the application turns out not to meet 第三十条第一款 — 驳回申请. */
export async function dismissCase(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, input: { reason: string }) {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['accepted']);
  const on = today(k);
  const data = { ...(await documentHeader(k.db, c, on)), reason: input.reason };
  const row = await withDocument(k, ctx, dismissalDecisionTemplate.id, data, (trx, record) =>
    close(k, trx, ctx, actor, c, { transition: 'dismiss', outcome: 'dismissed', closedOn: on, reason: input.reason }, record),
  );
  return handlingView(k, actor, row);
}

/** 第七十三条: a mediation agreement takes effect once every party signed and the authority sealed it. */
export async function mediateCase(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { agreement: string; signedByAll: boolean; signedOn: string },
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['accepted']);
  if (!input.signedByAll) throw reconFail('RECON_MEDIATION_NOT_SIGNED', 'signedByAll');
  notInFuture(k, input.signedOn, 'signedOn');
  notBefore(input.signedOn, c.acceptedOn, 'signedOn');
  const data = {
    ...(await documentHeader(k.db, c, input.signedOn)),
    respondentName: c.respondentName,
    agreement: input.agreement,
    signedOn: input.signedOn,
  };
  const row = await withDocument(k, ctx, mediationAgreementTemplate.id, data, (trx, record) =>
    close(
      k,
      trx,
      ctx,
      actor,
      c,
      { transition: 'mediate', outcome: 'mediated', closedOn: input.signedOn, reason: '经调解达成协议', agreement: input.agreement },
      record,
    ),
  );
  return handlingView(k, actor, row);
}
