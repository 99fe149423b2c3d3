import { parseLocalDate, type Extension } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import { conflict } from '@tianping/server/http/errors';
import { platformHolidayCalendar } from '@tianping/server/workflow/holiday-calendar.source';
import { timerDeadline, type StoredPeriod, type StoredSuspension } from '@tianping/server/workflow/timer-deadline';
import { listLiveTimers } from '@tianping/server/workflow/workflow.repository';
import { extendTimer } from '@tianping/server/workflow/workflow-timers.service';
import { loadInstance } from '@tianping/server/workflow/workflow.service';
import type { DecisionView, ExtensionInput } from '../contract/decision';
import { checkExtension } from '../domain/clocks';
import { recordCaseDocument, withCaseDocument } from './case-documents';
import { findCaseById, updateCase } from './case.repository';
import { reconCaseWorkflow } from './case.workflow';
import { actDescription, extensionNoticeTemplate } from './decision-documents';
import { clockRunningStates } from './decision.policy';
import { decisionView, domain, loadCase, reconFail, requireState, today, type DecisionServices } from './decision-support';

/** 第六十二条第一款: the legal basis stored with the extension on the decision timer. */
const extensionBasis = { law: '行政复议法', article: '第六十二条第一款' };

/**
 * Extends the decision period of an ordinary-procedure case (延期审理, 第六十二条第一款): approved by
 * the head of the reconsideration office, at most 30 days in total (several extensions may share
 * them), with written notice to the applicant (延期审理通知书, served electronically). A
 * simplified-procedure case must first be converted to the ordinary procedure (第五十五条).
 */
export async function extendDecisionPeriod(
  k: DecisionServices,
  ctx: RequestContext,
  actor: ScopedActor,
  caseId: string,
  input: ExtensionInput,
): Promise<DecisionView> {
  const c = await loadCase(k.db, actor, caseId);
  requireState(c, clockRunningStates);
  if (c.procedure === 'simplified') throw reconFail('RECON_EXTENSION_NOT_ALLOWED', 'procedure');
  domain(() => checkExtension({ procedure: 'ordinary', alreadyExtendedDays: c.extensionDays, requestedDays: input.days }));
  if (input.approvedOn > today(k)) throw reconFail('RECON_DATE_IN_FUTURE', 'approvedOn');

  // The new due date, computed as the engine will, for the notice rendered before the transaction.
  const inst = await loadInstance(k.db, reconCaseWorkflow, c.id);
  const timer = inst ? (await listLiveTimers(k.db, inst.id)).find((t) => t.key === 'decision') : undefined;
  if (!inst || !timer) throw reconFail('RECON_INVALID_TRANSITION', 'state');
  // 第六十二条第一款: extended because the case cannot be decided "within the period" — approved before it ends.
  if (!c.acceptedOn || input.approvedOn < c.acceptedOn || input.approvedOn > timer.dueDate)
    throw reconFail('RECON_EXTENSION_AFTER_DUE', 'approvedOn');
  const extension: Extension = {
    amount: input.days,
    unit: 'day',
    approvedOn: parseLocalDate(input.approvedOn),
    legalBasis: extensionBasis,
  };
  const preview = timerDeadline(
    JSON.parse(timer.period) as StoredPeriod,
    parseLocalDate(timer.startDate),
    JSON.parse(timer.suspensions) as StoredSuspension[],
    [...(JSON.parse(timer.extensions) as Extension[]), extension],
    await platformHolidayCalendar(k.db),
  );

  return withCaseDocument(
    k,
    extensionNoticeTemplate.id,
    {
      issuer: await issuerName(k, c.orgId),
      docNumber: c.caseNumber ?? undefined,
      recipient: c.applicantName,
      date: input.approvedOn,
      applicant: c.applicantName,
      respondent: c.respondentName,
      act: actDescription(c),
      acceptedOn: c.acceptedOn,
      days: input.days,
      dueOn: preview.dueDate,
      reason: input.reason,
    },
    async (trx, doc) => {
      const fresh = await findCaseById(trx, c.id);
      if (!fresh || fresh.version !== c.version) throw conflict();
      const after = await extendTimer(k, trx, ctx, inst, 'decision', extension, input.reason);
      if (after.dueDate !== preview.dueDate) throw conflict();
      const patch = { extensionDays: c.extensionDays + input.days, decisionDueOn: after.dueDate, updatedAt: k.clock.now().toISOString() };
      if (!(await updateCase(trx, c.id, c.version, patch))) throw conflict();
      const served = await recordCaseDocument(trx, k, ctx, fresh, doc, { serve: true });
      await k.audit.record(trx, ctx, {
        action: 'reconsideration.case.extend',
        entityType: 'reconCase',
        entityId: c.id,
        orgId: c.orgId,
        before: { extensionDays: c.extensionDays, decisionDueOn: c.decisionDueOn },
        after: {
          extensionDays: patch.extensionDays,
          decisionDueOn: patch.decisionDueOn,
          approvedOn: input.approvedOn,
          noticeAttachmentId: served.attachment.id,
          served: served.service !== null,
        },
        reason: input.reason,
      });
      return decisionView(k, trx, actor, (await findCaseById(trx, c.id))!);
    },
  );
}

/** The name of the reconsideration body issuing the documents of a case. */
export async function issuerName(k: Pick<DecisionServices, 'db'>, orgId: string): Promise<string> {
  const row = await k.db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst();
  return row?.name ?? '行政复议机关';
}
