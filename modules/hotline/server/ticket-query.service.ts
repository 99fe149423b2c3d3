import type { ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { notFound } from '@tianping/server/http/errors';
import type { TicketDetail, TicketListQuery } from '../contract/tickets';
import { findCallById } from './call.repository';
import { listTicketRows } from './ticket-list.repository';
import { ticketDetail, ticketListItem } from './ticket.presenter';
import { findTicketInScope } from './ticket.repository';
import { loadTicketHandling } from './ticket-handling';

type Services = Pick<Kernel, 'db' | 'pii' | 'clock'>;

/** GET /api/hotline/tickets/:id — 404 outside the actor's scope. */
export async function getTicket(k: Services, actor: ScopedActor, id: string): Promise<TicketDetail> {
  const t = await findTicketInScope(k.db, actor, id);
  if (!t) throw notFound();
  const org = await k.db.selectFrom('organisations').select('name').where('id', '=', t.orgId).executeTakeFirstOrThrow();
  const by = t.answeredBy
    ? await k.db.selectFrom('users').select('displayName').where('id', '=', t.answeredBy).executeTakeFirst()
    : undefined;
  const call = t.callId ? await findCallById(k.db, t.callId) : undefined;
  const handling = await loadTicketHandling(k, actor, t);
  return ticketDetail(k.pii, actor, { ...t, orgName: org.name, answeredByName: by?.displayName ?? null }, call, handling);
}

/** GET /api/hotline/tickets — a page of the tickets in scope. */
export async function listTickets(k: Services, actor: ScopedActor, q: TicketListQuery) {
  const { rows, total } = await listTicketRows(k.db, actor, q);
  return { items: rows.map((r) => ticketListItem(k.pii, r)), total, page: q.page, pageSize: q.pageSize };
}
