import { parseLocalDate } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { platformHolidayCalendar } from '@tianping/server/workflow/holiday-calendar.source';
import { listLiveTimers } from '@tianping/server/workflow/workflow.repository';
import { resumeTimers, suspendTimers } from '@tianping/server/workflow/workflow-timers.service';
import { suspensionGroundLabels, type SuspensionGround } from '../contract/decision-enums';
import type { HandlingView } from '../contract/handling';
import { suspensionTerminationDue } from '../domain/clocks';
import {
  auditCase,
  fireTransition,
  handlingView,
  loadCase,
  notBefore,
  notInFuture,
  reconFail,
  withDocument,
  documentHeader,
  createdBy,
} from './case-handling.service';
import { resumptionNoticeTemplate, suspensionNoticeTemplate } from './handling-documents';
import { suspensionExcluded } from './handling-settings';
import { insertSuspension, openSuspension, updateSuspension } from './handling.repository';

/**
 * 中止 (第三十九条) and 恢复审理 (第三十九条第二款), each notified in writing to the applicant.
 * Whether the suspended days count towards the decision period is a local rule (handling-settings.ts):
 * when excluded, the case's timers stop on the day of suspension and run again on resumption,
 * and `decisionDueOn` moves by the days suspended.
 */

export async function suspendCase(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { ground: SuspensionGround; reason: string; suspendedOn: string },
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  if (c.state === 'suspended') throw reconFail('RECON_ALREADY_SUSPENDED', 'state');
  if (c.state !== 'accepted') throw reconFail('RECON_INVALID_TRANSITION', 'state');
  notInFuture(k, input.suspendedOn, 'suspendedOn');
  notBefore(input.suspendedOn, c.acceptedOn, 'suspendedOn');
  const lapse = suspensionTerminationDue(
    { ground: input.ground, suspendedOn: parseLocalDate(input.suspendedOn) },
    await platformHolidayCalendar(k.db),
  );
  const excluded = await suspensionExcluded(k.db);
  const label = suspensionGroundLabels[input.ground];
  const data = {
    ...(await documentHeader(k.db, c, input.suspendedOn)),
    ground: label.zh,
    article: label.article ?? '行政复议法 第三十九条',
    reason: input.reason,
    suspendedOn: input.suspendedOn,
  };
  const suspensionId = newId();
  const row = await withDocument(k, ctx, suspensionNoticeTemplate.id, data, async (trx, record) => {
    const next = await fireTransition(
      k,
      trx,
      ctx,
      c,
      'suspend',
      { suspended: 1 },
      {
        effectiveDate: input.suspendedOn,
        afterTransition: async (inst) => {
          if (excluded && (await listLiveTimers(trx, inst.id)).length > 0)
            await suspendTimers(k, trx, ctx, inst, { kind: 'suspension', from: input.suspendedOn, reason: input.reason });
        },
      },
    );
    await insertSuspension(trx, {
      id: suspensionId,
      caseId: c.id,
      ground: input.ground,
      reason: input.reason,
      suspendedOn: input.suspendedOn,
      terminationDueOn: lapse?.lapsesOn ?? null,
      resumedOn: null,
      excludedFromPeriod: excluded ? 1 : 0,
      resumeReason: null,
      lapseNotifiedAt: null,
      createdBy: createdBy(actor),
      createdAt: k.clock.now().toISOString(),
    });
    const attachmentId = await record(next, { serve: true });
    await auditCase(
      k,
      trx,
      ctx,
      c,
      'reconsideration.case.suspend',
      {
        suspensionId,
        ground: input.ground,
        suspendedOn: input.suspendedOn,
        terminationDueOn: lapse?.lapsesOn ?? null,
        excludedFromPeriod: excluded,
        noticeAttachmentId: attachmentId,
      },
      { state: c.state },
      input.reason,
    );
    return next;
  });
  return handlingView(k, actor, row);
}

export async function resumeCase(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { resumedOn: string; reason: string },
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  const suspension = await openSuspension(k.db, c.id);
  if (c.state !== 'suspended' || !suspension) throw reconFail('RECON_NOT_SUSPENDED', 'state');
  notInFuture(k, input.resumedOn, 'resumedOn');
  notBefore(input.resumedOn, suspension.suspendedOn, 'resumedOn');
  const data = {
    ...(await documentHeader(k.db, c, input.resumedOn)),
    suspendedOn: suspension.suspendedOn,
    resumedOn: input.resumedOn,
    reason: input.reason,
  };
  const row = await withDocument(k, ctx, resumptionNoticeTemplate.id, data, async (trx, record) => {
    const next = await fireTransition(
      k,
      trx,
      ctx,
      c,
      'resume',
      { suspended: 0 },
      {
        effectiveDate: input.resumedOn,
        afterTransition: async (inst) => {
          const stopped = (await listLiveTimers(trx, inst.id)).some((t) => t.status === 'suspended');
          if (stopped) await resumeTimers(k, trx, ctx, inst, { on: input.resumedOn, reason: input.reason });
        },
      },
    );
    await updateSuspension(trx, suspension.id, { resumedOn: input.resumedOn, resumeReason: input.reason });
    const attachmentId = await record(next, { serve: true });
    await auditCase(
      k,
      trx,
      ctx,
      c,
      'reconsideration.case.resume',
      { suspensionId: suspension.id, resumedOn: input.resumedOn, decisionDueOn: next.decisionDueOn, noticeAttachmentId: attachmentId },
      { state: c.state, decisionDueOn: c.decisionDueOn },
      input.reason,
    );
    return next;
  });
  return handlingView(k, actor, row);
}
