import type { ScopedActor } from '@tianping/server/access/actor';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { TicketListQuery } from '../contract/tickets';
import { beijingDayStart } from './dates';
import { ticketScope } from './ticket.repository';

/**
 * The ticket list of the workbench: tickets of the centres in the actor's scope, newest first,
 * filtered by state, channel, category (first level or sub-category), centre, number or words of
 * the question, and creation date (Beijing days, `to` inclusive).
 */
export async function listTicketRows(db: DbOrTrx, actor: ScopedActor, q: TicketListQuery) {
  let base = db
    .selectFrom('hlTickets')
    .where((eb) => ticketScope(eb, actor))
    .$if(!!q.state, (b) => b.where('hlTickets.state', '=', q.state!))
    .$if(!!q.channel, (b) => b.where('hlTickets.channel', '=', q.channel!))
    .$if(!!q.orgId, (b) => b.where('hlTickets.orgId', '=', q.orgId!))
    .$if(!!q.from, (b) => b.where('hlTickets.createdAt', '>=', beijingDayStart(q.from!)))
    .$if(!!q.to, (b) => b.where('hlTickets.createdAt', '<', beijingDayStart(q.to!, 1)));
  if (q.category) {
    const c = q.category;
    base = base.where((eb) => (c.includes('.') ? eb('hlTickets.subCategory', '=', c) : eb('hlTickets.category', '=', c)));
  }
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    base = base.where((eb) => eb.or([eb('hlTickets.number', '=', q.q!), eb('hlTickets.question', 'like', like)]));
  }
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('organisations', 'organisations.id', 'hlTickets.orgId')
    .leftJoin('users', 'users.id', 'hlTickets.answeredBy')
    .selectAll('hlTickets')
    .select(['organisations.name as orgName', 'users.displayName as answeredByName'])
    .orderBy('hlTickets.createdAt', 'desc')
    .orderBy('hlTickets.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}
