import { computeDeadline, deadlineInputFor, parseLocalDate } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { AppError, notFound } from '@tianping/server/http/errors';
import { platformHolidayCalendar } from '@tianping/server/workflow/holiday-calendar.source';
import { reconsiderationErrors } from '../contract/errors';
import type { HandlingView } from '../contract/handling';
import { checkHearingNotice, checkHearingPanel } from '../domain/clocks';
import { ReconsiderationError } from '../domain/reconsideration-error';
import {
  auditCase,
  fromDomain,
  handlingView,
  inTransaction,
  loadCase,
  notBefore,
  notInFuture,
  reconFail,
  requireState,
  today,
  touchCase,
  withDocument,
  documentHeader,
  createdBy,
} from './case-handling.service';
import { hearingNoticeTemplate } from './handling-documents';
import { findConsultation, findHearing, insertConsultation, insertHearing, updateConsultation, updateHearing } from './handling.repository';

/** Hearing the parties (第四十九条), hearings (第五十条、第五十一条) and committee consultation (第五十二条). */

type ScheduleInput =
  | { kind: 'opinion'; scheduledOn: string; way: 'inPerson' | 'online' | 'phone'; place?: string }
  | {
      kind: 'hearing';
      scheduledOn: string;
      place: string;
      matters: string;
      panel: { presiding: string; officers: string[]; clerk: string };
      noticeOn?: string;
    };

/** 第五十一条第一款: the notice at least 5 working days before; the message names the latest day. */
async function checkNotice(k: Kernel, noticeOn: string, scheduledOn: string) {
  const calendar = await platformHolidayCalendar(k.db);
  const hearingOn = parseLocalDate(scheduledOn);
  try {
    checkHearingNotice({ noticeServedOn: parseLocalDate(noticeOn), hearingOn }, calendar);
  } catch (err) {
    if (!(err instanceof ReconsiderationError)) throw err;
    const latest = computeDeadline(deadlineInputFor('reconsideration.hearingNotice', hearingOn), calendar).dueDate;
    const def = reconsiderationErrors[err.code];
    throw new AppError(
      err.code,
      { ...def, zh: `${def.zh}：本次听证的通知最迟应于${latest}送达`, en: `${def.en}: serve the notice by ${latest} at the latest` },
      { field: 'noticeOn', cause: err },
    );
  }
}

export async function scheduleHearing(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: ScheduleInput,
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['accepted']);
  notBefore(input.scheduledOn, c.acceptedOn, 'scheduledOn');
  const hearingId = newId();
  const base = { id: hearingId, caseId: c.id, kind: input.kind, scheduledOn: input.scheduledOn, heldOn: null, record: null };
  const meta = { createdBy: createdBy(actor), createdAt: k.clock.now().toISOString() };
  if (input.kind === 'opinion') {
    const row = await inTransaction(k, async (trx) => {
      await insertHearing(trx, { ...base, noticeOn: null, panel: JSON.stringify({ way: input.way }), place: input.place ?? null, ...meta });
      await auditCase(k, trx, ctx, c, 'reconsideration.hearing.schedule', {
        hearingId,
        kind: 'opinion',
        scheduledOn: input.scheduledOn,
        way: input.way,
      });
      return touchCase(k, trx, c);
    });
    return handlingView(k, actor, row);
  }
  try {
    checkHearingPanel(input.panel);
  } catch (err) {
    throw fromDomain(err);
  }
  const noticeOn = input.noticeOn ?? today(k);
  notInFuture(k, noticeOn, 'noticeOn');
  await checkNotice(k, noticeOn, input.scheduledOn);
  const data = {
    ...(await documentHeader(k.db, c, noticeOn)),
    scheduledOn: input.scheduledOn,
    place: input.place,
    matters: input.matters,
    presiding: input.panel.presiding,
  };
  const row = await withDocument(k, ctx, hearingNoticeTemplate.id, data, async (trx, record) => {
    const panel = JSON.stringify({ ...input.panel, matters: input.matters });
    await insertHearing(trx, { ...base, noticeOn, panel, place: input.place, ...meta });
    const attachmentId = await record(c, { serve: true });
    await auditCase(k, trx, ctx, c, 'reconsideration.hearing.schedule', {
      hearingId,
      kind: 'hearing',
      scheduledOn: input.scheduledOn,
      noticeOn,
      place: input.place,
      noticeAttachmentId: attachmentId,
    });
    return touchCase(k, trx, c);
  });
  return handlingView(k, actor, row);
}

/** 第四十九条 (recorded opinions) / 第五十条 (the hearing record, 听证笔录). */
export async function recordHearing(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  hearingId: string,
  input: { heldOn: string; record: string },
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  const hearing = await findHearing(k.db, c.id, hearingId);
  if (!hearing) throw notFound();
  if (hearing.heldOn) throw reconFail('RECON_HEARING_ALREADY_RECORDED');
  requireState(c, ['accepted']);
  notInFuture(k, input.heldOn, 'heldOn');
  notBefore(input.heldOn, hearing.noticeOn ?? c.acceptedOn, 'heldOn');
  const row = await inTransaction(k, async (trx) => {
    await updateHearing(trx, hearing.id, { heldOn: input.heldOn, record: input.record });
    await auditCase(k, trx, ctx, c, 'reconsideration.hearing.record', { hearingId, heldOn: input.heldOn, record: input.record });
    return touchCase(k, trx, c);
  });
  return handlingView(k, actor, row);
}

/** 第五十二条: ask the reconsideration committee for its advice. */
export async function requestConsultation(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, input: { reason: string }) {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['accepted']);
  const consultationId = newId();
  const requestedOn = today(k);
  const row = await inTransaction(k, async (trx) => {
    await insertConsultation(trx, {
      id: consultationId,
      caseId: c.id,
      requestedOn,
      reason: input.reason,
      opinions: '[]',
      conclusion: null,
      recordedOn: null,
      createdBy: createdBy(actor),
      createdAt: k.clock.now().toISOString(),
    });
    await auditCase(k, trx, ctx, c, 'reconsideration.consultation.request', { consultationId, requestedOn, reason: input.reason });
    return touchCase(k, trx, c);
  });
  return handlingView(k, actor, row);
}

/** 第五十二条: the members' opinions and the conclusion, shown when deciding. */
export async function recordConsultation(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  consultationId: string,
  input: { opinions: { member: string; opinion: string }[]; conclusion: string },
) {
  const c = await loadCase(k.db, actor, id);
  const consultation = await findConsultation(k.db, c.id, consultationId);
  if (!consultation) throw notFound();
  if (consultation.recordedOn) throw reconFail('RECON_CONSULTATION_ALREADY_RECORDED');
  requireState(c, ['accepted']);
  const recordedOn = today(k);
  const row = await inTransaction(k, async (trx) => {
    await updateConsultation(trx, consultation.id, { opinions: JSON.stringify(input.opinions), conclusion: input.conclusion, recordedOn });
    await auditCase(k, trx, ctx, c, 'reconsideration.consultation.record', {
      consultationId,
      recordedOn,
      opinions: input.opinions,
      conclusion: input.conclusion,
    });
    return touchCase(k, trx, c);
  });
  return handlingView(k, actor, row);
}
