import type { ScopedActor } from '@tianping/server/access/actor';
import type { TicketRow } from './ticket.repository';

/**
 * Ticket transitions of transfers, callbacks, closing and reopening (the presenter's abilities; the
 * services check the same before writing):
 * open/answered/reopened/callbackPending/transferred → transferred (transfer);
 * open/answered/reopened/transferred → callbackPending (callback scheduled) → answered (callback done);
 * answered/transferred → closed (close); closed → reopened (dissatisfied survey or supervisor);
 * reopened → answered (the agent answers again) → closed.
 */
const transferable = ['open', 'answered', 'reopened', 'callbackPending', 'transferred'];
const callbackable = ['open', 'answered', 'reopened', 'transferred', 'callbackPending'];
const closable = ['answered', 'transferred'];

const handles = (actor: ScopedActor) => actor.kind === 'staff' && actor.permissions.has('hotline.ticket.handle');
const supervises = (actor: ScopedActor) => actor.kind === 'staff' && actor.permissions.has('hotline.ticket.supervise');

export function canTransfer(actor: ScopedActor, t: Pick<TicketRow, 'state'>): boolean {
  return handles(actor) && transferable.includes(t.state);
}

export function canScheduleCallback(actor: ScopedActor, t: Pick<TicketRow, 'state' | 'callerPhoneEnc'>): boolean {
  return (handles(actor) || supervises(actor)) && callbackable.includes(t.state) && t.callerPhoneEnc !== null;
}

/** Closing needs an answer (or a transfer) and no callback still pending. */
export function canClose(actor: ScopedActor, t: Pick<TicketRow, 'state'>): boolean {
  return (handles(actor) || supervises(actor)) && closable.includes(t.state);
}

export function canReopen(actor: ScopedActor, t: Pick<TicketRow, 'state'>): boolean {
  return supervises(actor) && t.state === 'closed';
}
