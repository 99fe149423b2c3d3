import type { ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { notFound } from '@tianping/server/http/errors';
import { transferDestinationLabels, transferDestinations } from '../contract/enums';
import type { HandoffTargets, TransferListQuery, TransferView } from '../contract/transfer';
import { transferView } from './handling.presenter';
import { findTransferInScope, transferQuery, transfersOfTicket } from './handling.repository';
import { findTicketInScope } from './ticket.repository';
import { moduleDestinations } from './transfer.service';

/** GET /api/hotline/handoff-targets: every destination, whether it is available and its prefill fields. */
export function handoffTargets(k: Pick<Kernel, 'handoffs'>): HandoffTargets {
  return {
    items: transferDestinations.map((destination) => {
      const handler = moduleDestinations.includes(destination) ? k.handoffs.get(destination) : undefined;
      const label = transferDestinationLabels[destination];
      return {
        destination,
        label: { zh: label.zh, en: label.en },
        available: !moduleDestinations.includes(destination) || !!handler,
        fields: handler ? [...handler.fields] : destination === 'notary' ? ['orgId'] : [],
      };
    }),
  };
}

export async function listTicketTransfers(k: Pick<Kernel, 'db'>, actor: ScopedActor, ticketId: string) {
  const t = await findTicketInScope(k.db, actor, ticketId);
  if (!t) throw notFound();
  return { items: (await transfersOfTicket(k.db, t.id)).map(transferView) };
}

export async function getTransfer(k: Pick<Kernel, 'db'>, actor: ScopedActor, id: string): Promise<TransferView> {
  const r = await findTransferInScope(k.db, actor, id);
  if (!r) throw notFound();
  return transferView(r);
}

/** GET /api/hotline/transfers: transfers of the centres in scope, newest first (e.g. 12345 referrals awaiting a result). */
export async function listTransfers(k: Pick<Kernel, 'db'>, actor: ScopedActor, q: TransferListQuery) {
  let base = transferQuery(k.db, actor);
  if (q.destination) base = base.where('hlTransfers.destination', '=', q.destination);
  if (q.state) base = base.where('hlTransfers.state', '=', q.state);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('hlTransfers')
    .select(['hlTickets.number as ticketNumber', 'target.name as targetOrgName', 'users.displayName as createdByName'])
    .orderBy('hlTransfers.createdAt', 'desc')
    .orderBy('hlTransfers.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map(transferView), total: Number(total.n), page: q.page, pageSize: q.pageSize };
}
