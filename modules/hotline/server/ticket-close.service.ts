import { isMobile } from '@tianping/common/validation/phone';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { notify } from '@tianping/server/notifications/notification.service';
import { queueSms } from '@tianping/server/sms/sms-queue';
import { hotlineErrors } from '../contract/errors';
import { canClose, canReopen } from './handling.policy';
import { readHotlineSettings } from './settings';
import { hotlineSupervisorsOf } from './supervisors';
import { surveyLink } from './survey-token';
import { findTicketInScope, updateTicket, type TicketRow } from './ticket.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii' | 'config'>;

/** Days a portal-only survey stays open when the SMS survey is switched off (`surveyLinkDays` 0). */
const PORTAL_SURVEY_DAYS = 7;

/**
 * Opens the satisfaction survey of a closing: a survey row (single use, expiring after `surveyLinkDays`,
 * a LOCAL setting) and, when the caller's number is a mobile and the setting is not 0, the SMS with the
 * signed link queued in the same transaction (sent after the commit). Earlier unanswered links of the
 * ticket expire now, so that one closing has one valid link.
 */
export async function openSurvey(
  k: Services,
  trx: Trx,
  t: TicketRow,
): Promise<{ surveyId: string; sentBySms: boolean; expiresAt: string }> {
  const now = k.clock.now();
  const { surveyLinkDays } = await readHotlineSettings(trx);
  await trx
    .updateTable('hlSurveys')
    .set({ expiresAt: now.toISOString() })
    .where('ticketId', '=', t.id)
    .where('answeredAt', 'is', null)
    .where('expiresAt', '>', now.toISOString())
    .execute();
  const phone = t.callerPhoneEnc ? k.pii.decrypt(t.callerPhoneEnc) : null;
  const sentBySms = surveyLinkDays > 0 && phone !== null && isMobile(phone);
  const days = surveyLinkDays > 0 ? surveyLinkDays : PORTAL_SURVEY_DAYS;
  const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
  const surveyId = newId();
  await trx
    .insertInto('hlSurveys')
    .values({
      id: surveyId,
      ticketId: t.id,
      orgId: t.orgId,
      sentBySms: sentBySms ? 1 : 0,
      sentAt: now.toISOString(),
      expiresAt,
      answeredAt: null,
      answeredVia: null,
      rating: null,
      comment: null,
      reopened: 0,
    })
    .execute();
  if (sentBySms)
    await queueSms(trx, now, {
      phoneEnc: t.callerPhoneEnc!,
      template: 'hotline.survey',
      params: { number: t.number, link: surveyLink(k, surveyId), days: String(days) },
      dedupeKey: `hotline.survey:${surveyId}`,
    });
  return { surveyId, sentBySms, expiresAt };
}

/** POST /api/hotline/tickets/:id/close {version}: answered/transferred → closed, survey opened. */
export async function closeTicket(k: Services, ctx: RequestContext, actor: ScopedActor, ticketId: string, version: number): Promise<void> {
  await k.db.transaction().execute(async (trx) => {
    const t = await findTicketInScope(trx, actor, ticketId);
    if (!t) throw notFound();
    if (!canClose(actor, t)) throw fail(hotlineErrors, 'HOTLINE_TICKET_NOT_CLOSABLE', { field: 'state' });
    if (t.version !== version) throw conflict({ field: 'version' });
    const now = k.clock.now().toISOString();
    if (!(await updateTicket(trx, t.id, t.version, { state: 'closed', closedAt: now, updatedAt: now })))
      throw conflict({ field: 'version' });
    const survey = await openSurvey(k, trx, t);
    await k.audit.record(trx, ctx, {
      action: 'hotline.ticket.close',
      entityType: 'hlTicket',
      entityId: t.id,
      orgId: t.orgId,
      before: { state: t.state },
      after: { state: 'closed', surveyId: survey.surveyId, surveySms: survey.sentBySms },
    });
  });
}

/**
 * closed → reopened, inside the caller's transaction, with a notification to the centre's supervisors
 * (their todo: GET /api/hotline/tickets?state=reopened). Used by the supervisor's reopen and by a
 * dissatisfied survey answer.
 */
export async function reopenInTrx(
  k: Pick<Kernel, 'clock'>,
  trx: Trx,
  t: TicketRow,
  why: { reasonZh: string; reasonEn: string },
): Promise<void> {
  const now = k.clock.now();
  if (!(await updateTicket(trx, t.id, t.version, { state: 'reopened', closedAt: null, updatedAt: now.toISOString() })))
    throw conflict({ field: 'version' });
  await notify(trx, now, await hotlineSupervisorsOf(trx, t.orgId), {
    kind: 'hotline.ticketReopened',
    titleZh: `12348热线工单${t.number}已重开：${why.reasonZh}`,
    titleEn: `Hotline ticket ${t.number} reopened: ${why.reasonEn}`,
    link: `/workbench/hotline/tickets/${t.id}`,
    dedupeKey: `hotline.reopen:${t.id}:${t.version}`,
  });
}

/** POST /api/hotline/tickets/:id/reopen {reason}: a supervisor reopens a closed ticket. */
export async function reopenTicket(k: Services, ctx: RequestContext, actor: ScopedActor, ticketId: string, reason: string): Promise<void> {
  await k.db.transaction().execute(async (trx) => {
    const t = await findTicketInScope(trx, actor, ticketId);
    if (!t) throw notFound();
    if (!canReopen(actor, t)) throw fail(hotlineErrors, 'HOTLINE_TICKET_NOT_REOPENABLE', { field: 'state' });
    await reopenInTrx(k, trx, t, { reasonZh: '监督人员重开', reasonEn: 'reopened by a supervisor' });
    await k.audit.record(trx, ctx, {
      action: 'hotline.ticket.reopen',
      entityType: 'hlTicket',
      entityId: t.id,
      orgId: t.orgId,
      before: { state: t.state },
      after: { state: 'reopened', reason },
    });
  });
}
