import type { Kernel } from '@tianping/server/core/module';
import { findTicketInScope } from './ticket.repository';

/**
 * The caller's phone on a ticket, revealed through POST /api/pii/reveal with entity type `hlTicket`
 * and the ticket's id (reason recorded by the core); only for staff who see the ticket.
 */
export function registerTicketPii(kernel: Pick<Kernel, 'pii' | 'piiRevealers'>) {
  kernel.piiRevealers.register('hlTicket', {
    fields: { phone: { zh: '来电号码', en: 'Caller’s phone' } },
    async load(trx, actor, entityId, field) {
      if (field !== 'phone') return undefined;
      const t = await findTicketInScope(trx, actor, entityId);
      if (!t) return undefined;
      return { value: t.callerPhoneEnc ? kernel.pii.decrypt(t.callerPhoneEnc) : null, orgId: t.orgId };
    },
  });
}
