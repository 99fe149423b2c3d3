import { sql, type ExpressionBuilder, type Selectable, type SqlBool } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { HlCallbackTable, HlFollowupTable, HlSurveyTable, HlTransferTable } from './handling-tables';

export type TransferRow = Selectable<HlTransferTable>;
export type CallbackRow = Selectable<HlCallbackTable>;
export type FollowupRow = Selectable<HlFollowupTable>;
export type SurveyRow = Selectable<HlSurveyTable>;

/**
 * Data scope of transfers, callbacks and follow-ups: the centres in the actor's scope (like tickets),
 * for staff who read, handle or supervise tickets; a token with `hotline.transfer.report` sees the
 * transfers of its organisation's scope (to record the 12345 alliance's result).
 */
export function handlingScope(
  eb: ExpressionBuilder<any, any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  actor: ScopedActor,
  column: 'hlTransfers.orgId' | 'hlCallbacks.orgId' | 'hlFollowups.orgId' | 'hlFollowupDraws.orgId',
  extra: readonly string[] = [],
) {
  const keys = ['hotline.ticket.read', 'hotline.ticket.handle', 'hotline.ticket.supervise', ...extra];
  if (keys.some((p) => actor.permissions.has(p))) return inOrgScope(eb, actor, column);
  return sql<SqlBool>`1 = 0`;
}

export async function transfersOfTicket(db: DbOrTrx, ticketId: string) {
  return db
    .selectFrom('hlTransfers')
    .innerJoin('hlTickets', 'hlTickets.id', 'hlTransfers.ticketId')
    .leftJoin('organisations as target', 'target.id', 'hlTransfers.targetOrgId')
    .leftJoin('users', 'users.id', 'hlTransfers.createdBy')
    .selectAll('hlTransfers')
    .select(['hlTickets.number as ticketNumber', 'target.name as targetOrgName', 'users.displayName as createdByName'])
    .where('hlTransfers.ticketId', '=', ticketId)
    .orderBy('hlTransfers.createdAt', 'asc')
    .orderBy('hlTransfers.id', 'asc')
    .execute();
}
export type TransferListRow = Awaited<ReturnType<typeof transfersOfTicket>>[number];

export function transferQuery(db: DbOrTrx, actor: ScopedActor) {
  return db
    .selectFrom('hlTransfers')
    .innerJoin('hlTickets', 'hlTickets.id', 'hlTransfers.ticketId')
    .leftJoin('organisations as target', 'target.id', 'hlTransfers.targetOrgId')
    .leftJoin('users', 'users.id', 'hlTransfers.createdBy')
    .where((eb) => handlingScope(eb, actor, 'hlTransfers.orgId', ['hotline.transfer.report']));
}

export async function findTransferInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<TransferListRow | undefined> {
  return transferQuery(db, actor)
    .selectAll('hlTransfers')
    .select(['hlTickets.number as ticketNumber', 'target.name as targetOrgName', 'users.displayName as createdByName'])
    .where('hlTransfers.id', '=', id)
    .executeTakeFirst();
}

export function callbackQuery(db: DbOrTrx, actor: ScopedActor) {
  return db
    .selectFrom('hlCallbacks')
    .innerJoin('hlTickets', 'hlTickets.id', 'hlCallbacks.ticketId')
    .leftJoin('users', 'users.id', 'hlCallbacks.assigneeUserId')
    .selectAll('hlCallbacks')
    .select(['hlTickets.number as ticketNumber', 'users.displayName as assigneeName'])
    .where((eb) => handlingScope(eb, actor, 'hlCallbacks.orgId'));
}
export type CallbackListRow = Awaited<ReturnType<ReturnType<typeof callbackQuery>['execute']>>[number];

export async function callbacksOfTicket(db: DbOrTrx, actor: ScopedActor, ticketId: string): Promise<CallbackListRow[]> {
  return callbackQuery(db, actor).where('hlCallbacks.ticketId', '=', ticketId).orderBy('hlCallbacks.createdAt', 'asc').execute();
}

/** The latest survey of a ticket (one per closing). */
export async function latestSurvey(db: DbOrTrx, ticketId: string): Promise<SurveyRow | undefined> {
  return db
    .selectFrom('hlSurveys')
    .selectAll()
    .where('ticketId', '=', ticketId)
    .orderBy('sentAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
