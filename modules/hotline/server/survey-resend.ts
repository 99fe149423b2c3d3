import { isMobile } from '@tianping/common/validation/phone';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { fail, notFound } from '@tianping/server/http/errors';
import { hotlineErrors } from '../contract/errors';
import { canClose } from './handling.policy';
import { readHotlineSettings } from './settings';
import { openSurvey } from './ticket-close.service';
import { findTicketInScope, type TicketRow } from './ticket.repository';

/**
 * Sending the survey link of a closed ticket again (POST /api/hotline/tickets/:id/survey; the ticket's
 * `abilities.resendSurvey`). Refused, with a code: the ticket is not closed; the survey of this closing
 * was answered; the caller has no mobile; survey SMS are switched off (`surveyLinkDays` 0); the link of
 * this closing has been sent MAX_SURVEY_SENDS times already (the closing's SMS included).
 */
export const MAX_SURVEY_SENDS = 3;

export interface SurveyResendFacts {
  answered: boolean;
  sends: number;
  mobile: boolean;
  smsOn: boolean;
}

type Refusal =
  | 'HOTLINE_SURVEY_NOT_OPEN'
  | 'HOTLINE_SURVEY_ANSWERED'
  | 'HOTLINE_SURVEY_NO_MOBILE'
  | 'HOTLINE_SURVEY_SMS_OFF'
  | 'HOTLINE_SURVEY_RESEND_LIMIT';

export function surveyResendRefusal(
  actor: ScopedActor,
  t: Pick<TicketRow, 'state'>,
  f: SurveyResendFacts,
): { code: Refusal; field: string } | null {
  if (t.state !== 'closed' || !canClose(actor, { state: 'answered' })) return { code: 'HOTLINE_SURVEY_NOT_OPEN', field: 'state' };
  if (f.answered) return { code: 'HOTLINE_SURVEY_ANSWERED', field: 'survey' };
  if (!f.mobile) return { code: 'HOTLINE_SURVEY_NO_MOBILE', field: 'callerPhone' };
  if (!f.smsOn) return { code: 'HOTLINE_SURVEY_SMS_OFF', field: 'surveyLinkDays' };
  if (f.sends >= MAX_SURVEY_SENDS) return { code: 'HOTLINE_SURVEY_RESEND_LIMIT', field: 'survey' };
  return null;
}

/** The facts of the current closing (surveys sent since `closedAt`). */
export async function surveyResendFacts(db: DbOrTrx, pii: Pick<Kernel['pii'], 'decrypt'>, t: TicketRow): Promise<SurveyResendFacts> {
  const since = t.closedAt ?? t.updatedAt;
  const [surveys, settings] = await Promise.all([
    db.selectFrom('hlSurveys').select(['answeredAt', 'sentBySms']).where('ticketId', '=', t.id).where('sentAt', '>=', since).execute(),
    readHotlineSettings(db),
  ]);
  return {
    answered: surveys.some((s) => s.answeredAt !== null),
    sends: surveys.filter((s) => s.sentBySms === 1).length,
    mobile: t.callerPhoneEnc !== null && isMobile(pii.decrypt(t.callerPhoneEnc)),
    smsOn: settings.surveyLinkDays > 0,
  };
}

export async function resendSurvey(
  k: Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii' | 'config'>,
  ctx: RequestContext,
  actor: ScopedActor,
  ticketId: string,
) {
  return k.db.transaction().execute(async (trx) => {
    const t = await findTicketInScope(trx, actor, ticketId);
    if (!t) throw notFound();
    const refusal = surveyResendRefusal(actor, t, await surveyResendFacts(trx, k.pii, t));
    if (refusal) throw fail(hotlineErrors, refusal.code, { field: refusal.field });
    const survey = await openSurvey(k, trx, t);
    await k.audit.record(trx, ctx, {
      action: 'hotline.survey.resend',
      entityType: 'hlTicket',
      entityId: t.id,
      orgId: t.orgId,
      after: { surveyId: survey.surveyId, surveySms: survey.sentBySms },
    });
    return { ticketId: t.id, sentBySms: survey.sentBySms, expiresAt: survey.expiresAt };
  });
}
