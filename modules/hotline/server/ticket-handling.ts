import type { ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { CallbackView } from '../contract/callback';
import type { TicketSurveySummary } from '../contract/survey';
import type { TransferView } from '../contract/transfer';
import { canClose, canReopen, canScheduleCallback, canTransfer } from './handling.policy';
import { callbackView, surveySummary, transferView } from './handling.presenter';
import { callbacksOfTicket, latestSurvey, transfersOfTicket } from './handling.repository';
import type { TicketRow } from './ticket.repository';

/** What the ticket detail shows of transfers, callbacks and the survey (ticket-query.service → presenter). */
export interface TicketHandling {
  transfers: TransferView[];
  callbacks: CallbackView[];
  survey: TicketSurveySummary;
}

export async function loadTicketHandling(k: Pick<Kernel, 'db' | 'clock'>, actor: ScopedActor, t: TicketRow): Promise<TicketHandling> {
  const now = k.clock.now();
  const [transfers, callbacks, survey] = await Promise.all([
    transfersOfTicket(k.db, t.id),
    callbacksOfTicket(k.db, actor, t.id),
    latestSurvey(k.db, t.id),
  ]);
  return {
    transfers: transfers.map(transferView),
    callbacks: callbacks.map((c) => callbackView(actor, c, now)),
    survey: surveySummary(survey, now),
  };
}

/** The abilities of transfers, callbacks, closing and reopening (merged into the ticket's `abilities`). */
export function handlingAbilities(actor: ScopedActor, t: TicketRow) {
  return {
    transfer: canTransfer(actor, t),
    close: canClose(actor, t),
    reopen: canReopen(actor, t),
    scheduleCallback: canScheduleCallback(actor, t),
  };
}
