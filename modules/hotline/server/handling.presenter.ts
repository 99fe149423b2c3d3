import type { ScopedActor } from '@tianping/server/access/actor';
import { transferDestinationLabels, type TransferDestination } from '../contract/enums';
import type { CallbackView } from '../contract/callback';
import type { TicketSurveySummary } from '../contract/survey';
import type { TransferState, TransferView } from '../contract/transfer';
import type { CallbackListRow, SurveyRow, TransferListRow } from './handling.repository';

export function transferView(r: TransferListRow): TransferView {
  const destination = r.destination as TransferDestination;
  return {
    id: r.id,
    ticketId: r.ticketId,
    ticketNumber: r.ticketNumber,
    destination,
    destinationZh: transferDestinationLabels[destination]?.zh ?? destination,
    state: r.state as TransferState,
    reference: r.reference,
    targetReference: r.targetReference,
    targetOrgId: r.targetOrgId,
    targetOrgName: r.targetOrgName ?? null,
    entityType: r.entityType,
    entityId: r.entityId,
    path: r.path,
    note: r.note,
    result: r.result,
    resultAt: r.resultAt,
    errorCode: r.errorCode,
    errorField: r.errorField,
    createdByName: r.createdByName ?? null,
    createdAt: r.createdAt,
  };
}

export function canCompleteCallback(actor: ScopedActor, c: Pick<CallbackListRow, 'state' | 'assigneeUserId'>): boolean {
  if (actor.kind !== 'staff' || c.state !== 'pending') return false;
  return (
    (actor.permissions.has('hotline.ticket.handle') && c.assigneeUserId === actor.userId) ||
    actor.permissions.has('hotline.ticket.supervise')
  );
}

export function callbackView(actor: ScopedActor, c: CallbackListRow, now: Date): CallbackView {
  const due = Date.parse(c.dueAt);
  return {
    id: c.id,
    ticketId: c.ticketId,
    ticketNumber: c.ticketNumber,
    orgId: c.orgId,
    reason: c.reason,
    dueAt: new Date(due).toISOString(),
    state: c.state as CallbackView['state'],
    overdue: c.state === 'pending' && due < now.getTime(),
    late: c.completedAt !== null && Date.parse(c.completedAt) > due,
    outcome: c.outcome as CallbackView['outcome'],
    note: c.note,
    assigneeUserId: c.assigneeUserId,
    assigneeName: c.assigneeName ?? null,
    completedAt: c.completedAt,
    createdAt: c.createdAt,
    abilities: { complete: canCompleteCallback(actor, c) },
  };
}

export function surveySummary(s: SurveyRow | undefined, now: Date): TicketSurveySummary {
  if (!s) return { state: 'none', rating: null, comment: null, sentAt: null, sentBySms: false, expiresAt: null, answeredAt: null };
  const state = s.answeredAt ? 'answered' : Date.parse(s.expiresAt) < now.getTime() ? 'expired' : 'sent';
  return {
    state,
    rating: s.rating as TicketSurveySummary['rating'],
    comment: s.comment,
    sentAt: s.sentAt,
    sentBySms: s.sentBySms === 1,
    expiresAt: s.expiresAt,
    answeredAt: s.answeredAt,
  };
}
