import type { ScopedActor } from '@tianping/server/access/actor';
import { answerableStates, type TicketState } from '../contract/enums';
import type { TicketRow } from './ticket.repository';

/**
 * What an actor may do with a ticket already loaded through the scoped repository (the presenter
 * turns these into `abilities`; services check them before writing).
 */
export function canUpdateAnswer(actor: ScopedActor, t: Pick<TicketRow, 'state'>): boolean {
  return actor.kind === 'staff' && actor.permissions.has('hotline.ticket.handle') && answerableStates.includes(t.state as TicketState);
}

export function canRevealPhone(actor: ScopedActor, t: Pick<TicketRow, 'callerPhoneEnc'>): boolean {
  return actor.permissions.has('pii.value.reveal') && t.callerPhoneEnc !== null;
}

/** Staff who may take calls and record tickets. */
export function isDeskAgent(actor: ScopedActor): boolean {
  return actor.kind === 'staff' && actor.permissions.has('hotline.ticket.handle');
}
