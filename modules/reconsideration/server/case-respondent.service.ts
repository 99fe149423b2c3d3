import { computeDeadline, deadlineInputFor, getStatutoryPeriod, parseLocalDate } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { notify } from '@tianping/server/notifications/notification.service';
import { activeStaffOf } from '@tianping/server/workflow/escalation.repository';
import { platformHolidayCalendar } from '@tianping/server/workflow/holiday-calendar.source';
import type { Trx } from '@tianping/server/db/database';
import { conflict } from '@tianping/server/http/errors';
import { listLiveTimers } from '@tianping/server/workflow/workflow.repository';
import { loadInstance } from '@tianping/server/workflow/workflow.service';
import { resumeTimers, suspendTimers } from '@tianping/server/workflow/workflow-timers.service';
import type { HandlingView } from '../contract/handling';
import { caseEntityType } from './case-documents';
import { findCaseById, updateCase, type CaseRow } from './case.repository';
import { reconCaseWorkflow } from './case.workflow';
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
} from './case-handling.service';
import { attachmentsOfCase, eligibleHandler, insertReply, loadHandlingRows, respondentInScope, updateReply } from './handling.repository';
import { replyNoticeTemplate } from './handling-documents';

/** Handler, procedure conversion (第五十五条), copy to the respondent and its reply (第四十八条、第五十四条). */

/** 承办人: an active user with a role in the handling body's subtree; the todo moves to them. */
export async function assignHandler(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, input: { handlerId: string }) {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['accepted', 'suspended']);
  const user = await eligibleHandler(k.db, c.orgId, input.handlerId);
  if (!user) throw reconFail('RECON_HANDLER_NOT_ELIGIBLE', 'handlerId');
  // The workflow's assignHandler is a self-transition of `accepted`; in `suspended` the todo waits for resumption.
  const row = await inTransaction(k, async (trx) => {
    const next =
      c.state === 'accepted'
        ? await fireTransition(k, trx, ctx, c, 'assignHandler', { handlerId: user.id })
        : await updateHandlerOnly(k, trx, c, user.id);
    await auditCase(k, trx, ctx, c, 'reconsideration.case.assignHandler', { handlerId: user.id }, { handlerId: c.handlerId });
    return next;
  });
  return handlingView(k, actor, row);
}

async function updateHandlerOnly(k: Kernel, trx: Trx, c: CaseRow, handlerId: string) {
  if (!(await updateCase(trx, c.id, c.version, { handlerId, updatedAt: k.clock.now().toISOString() }))) throw conflict();
  return (await findCaseById(trx, c.id))!;
}

/**
 * 第五十五条: simplified → ordinary with the office head's approval; the decision period becomes 60
 * days from acceptance. The ordinary timers start afresh, so earlier suspensions that stopped the
 * clocks (local rule) are replayed on them.
 */
export async function convertProcedure(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, input: { reason: string }) {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['accepted']);
  if (c.procedure !== 'simplified') throw reconFail('RECON_PROCEDURE_NOT_SIMPLIFIED', 'procedure');
  const excluded = (await loadHandlingRows(k.db, c.id)).suspensions.filter((s) => s.excludedFromPeriod === 1 && s.resumedOn);
  const row = await inTransaction(k, async (trx) => {
    const next = await fireTransition(
      k,
      trx,
      ctx,
      c,
      'convertProcedure',
      { procedure: 'ordinary' },
      {
        afterTransition: async (inst) => {
          for (const s of excluded) {
            const why = `程序转换：重计中止期间 Replayed suspension after conversion (${s.suspendedOn}–${s.resumedOn})`;
            await suspendTimers(k, trx, ctx, inst, { kind: 'suspension', from: s.suspendedOn, reason: why });
            await resumeTimers(k, trx, ctx, inst, { on: s.resumedOn!, reason: why });
          }
        },
      },
    );
    await auditCase(
      k,
      trx,
      ctx,
      c,
      'reconsideration.case.convertProcedure',
      { procedure: 'ordinary', decisionDueOn: next.decisionDueOn },
      { procedure: c.procedure, decisionDueOn: c.decisionDueOn },
      input.reason,
    );
    return next;
  });
  return handlingView(k, actor, row);
}

/**
 * 第四十八条 / 第五十四条: the copy goes to the respondent (late is allowed, flagged in the view);
 * the reply period runs from the day it is received. The notice to reply goes to the agency
 * (not served on the applicant); users of a respondent organisation of the platform are notified.
 */
export async function sendCopy(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { sentOn: string; receivedOn: string },
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['accepted']);
  if ((await loadHandlingRows(k.db, c.id)).replies.length > 0) throw reconFail('RECON_COPY_ALREADY_SENT');
  notInFuture(k, input.sentOn, 'sentOn');
  notInFuture(k, input.receivedOn, 'receivedOn');
  notBefore(input.sentOn, c.acceptedOn, 'sentOn');
  notBefore(input.receivedOn, input.sentOn, 'receivedOn');
  const simplified = c.procedure === 'simplified';
  const periodId = simplified ? 'reconsideration.simplifiedRespondentReply' : 'reconsideration.respondentReply';
  const replyDays = getStatutoryPeriod(periodId).period.amount;
  const expectedDue = computeDeadline(
    deadlineInputFor(periodId, parseLocalDate(input.receivedOn)),
    await platformHolidayCalendar(k.db),
  ).dueDate;
  const data = {
    ...(await documentHeader(k.db, c, input.sentOn, c.respondentName)),
    receivedOn: input.receivedOn,
    replyDays,
    replyDueOn: expectedDue,
  };
  const row = await withDocument(k, ctx, replyNoticeTemplate.id, data, async (trx, record) => {
    const next = await fireTransition(k, trx, ctx, c, 'sendCopy', {}, { effectiveDate: input.receivedOn });
    const inst = await loadInstance(trx, reconCaseWorkflow, c.id);
    const timer = (await listLiveTimers(trx, inst!.id)).find((t) => t.key === 'reply' || t.key === 'replySimplified');
    const replyDueOn = timer?.dueDate ?? expectedDue;
    const attachmentId = await record(next, { serve: false });
    const replyId = newId();
    await insertReply(trx, {
      id: replyId,
      caseId: c.id,
      copySentOn: input.sentOn,
      copyReceivedOn: input.receivedOn,
      replyDueOn,
      repliedOn: null,
      replyText: null,
      repliedBy: null,
      evidenceAttachmentIds: '[]',
      createdAt: k.clock.now().toISOString(),
    });
    await auditCase(k, trx, ctx, c, 'reconsideration.case.sendCopy', {
      replyId,
      copySentOn: input.sentOn,
      copyReceivedOn: input.receivedOn,
      replyDueOn,
      noticeAttachmentId: attachmentId,
    });
    if (c.respondentOrgId) {
      await notify(trx, k.clock.now(), await activeStaffOf(trx, c.respondentOrgId), {
        kind: 'reconsideration.replyRequested',
        titleZh: `行政复议答复：${caseLabel(c)}（请于${replyDueOn}前提出书面答复）`,
        titleEn: `Reconsideration reply requested: ${caseLabel(c)} (due ${replyDueOn})`,
        link: `/workbench/reconsideration/cases/${c.id}`,
        dedupeKey: `recon:${c.id}:replyRequested`,
      });
    }
    return next;
  });
  return handlingView(k, actor, row);
}

/** 第四十八条: the respondent's written reply with its evidence, once; only the respondent agency answers. */
export async function submitReply(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { text: string; evidenceAttachmentIds: string[] },
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  if (!c.respondentOrgId || !(await respondentInScope(k.db, actor, c.respondentOrgId))) throw reconFail('RECON_NOT_RESPONDENT');
  const reply = (await loadHandlingRows(k.db, c.id)).replies[0];
  if (!reply) throw reconFail('RECON_COPY_NOT_SENT');
  if (reply.repliedOn) throw reconFail('RECON_REPLY_ALREADY_SUBMITTED');
  requireState(c, ['accepted']);
  const evidence = [...new Set(input.evidenceAttachmentIds)];
  const found = new Set(await attachmentsOfCase(k.db, caseEntityType, c.id, evidence));
  const missing = evidence.findIndex((a) => !found.has(a));
  if (missing >= 0)
    throw reconFail('RECON_EVIDENCE_NOT_OF_CASE', `evidenceAttachmentIds.${input.evidenceAttachmentIds.indexOf(evidence[missing]!)}`);
  const repliedOn = today(k);
  const row = await inTransaction(k, async (trx) => {
    const next = await fireTransition(k, trx, ctx, c, 'submitReply', {}, { effectiveDate: repliedOn });
    const patch = {
      repliedOn,
      replyText: input.text,
      repliedBy: actor.kind === 'staff' ? actor.userId : null,
      evidenceAttachmentIds: JSON.stringify(evidence),
    };
    await updateReply(trx, reply.id, patch);
    await auditCase(k, trx, ctx, c, 'reconsideration.case.submitReply', {
      replyId: reply.id,
      repliedOn,
      replyDueOn: reply.replyDueOn,
      late: repliedOn > reply.replyDueOn,
      evidenceAttachmentIds: evidence,
    });
    return next;
  });
  return handlingView(k, actor, row);
}
