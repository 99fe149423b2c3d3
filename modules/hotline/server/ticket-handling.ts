import type { ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { CallbackView } from '../contract/callback';
import type { TicketSurveySummary } from '../contract/survey';
import type { TransferView } from '../contract/transfer';
import { canClose, canReopen, canScheduleCallback, canTransfer } from './handling.policy';
import { callbackView, surveySummary, transferView } from './handling.presenter';
import { callbacksOfTicket, latestSurvey, transfersOfTicket } from './handling.repository';
import { surveyResendFacts, surveyResendRefusal, type SurveyResendFacts } from './survey-resend';
import type { TicketRow } from './ticket.repository';

/** What the ticket detail shows of transfers, callbacks and the survey (ticket-query.service → presenter). */
export interface TicketHandling {
  transfers: TransferView[];
  callbacks: CallbackView[];
  survey: TicketSurveySummary;
  /** For `abilities.resendSurvey`; null unless the ticket is closed. */
  surveyResend: SurveyResendFacts | null;
}

export async function loadTicketHandling(
  k: Pick<Kernel, 'db' | 'clock' | 'pii'>,
  actor: ScopedActor,
  t: TicketRow,
): Promise<TicketHandling> {
  const now = k.clock.now();
  const [transfers, callbacks, survey, surveyResend] = await Promise.all([
    transfersOfTicket(k.db, t.id),
    callbacksOfTicket(k.db, actor, t.id),
    latestSurvey(k.db, t.id),
    t.state === 'closed' ? surveyResendFacts(k.db, k.pii, t) : null,
  ]);
  return {
    transfers: transfers.map(transferView),
    callbacks: callbacks.map((c) => callbackView(actor, c, now)),
    survey: surveySummary(survey, now),
    surveyResend,
  };
}

/** The abilities of transfers, callbacks, closing, reopening and resending the survey (merged into the ticket's `abilities`). */
export function handlingAbilities(actor: ScopedActor, t: TicketRow, h: Pick<TicketHandling, 'surveyResend'>) {
  return {
    resendSurvey: h.surveyResend !== null && surveyResendRefusal(actor, t, h.surveyResend) === null,
    transfer: canTransfer(actor, t),
    close: canClose(actor, t),
    reopen: canReopen(actor, t),
    scheduleCallback: canScheduleCallback(actor, t),
  };
}
