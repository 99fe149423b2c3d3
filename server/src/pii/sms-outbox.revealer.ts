import type { PiiRevealer } from './pii-reveal.registry';
import type { PiiService } from './pii.types';
import { findOutboxPhone } from './sms-outbox.repository';

/**
 * The phone number of a message in the SMS outbox. Outbox messages belong to no
 * organisation, so only actors with a city-wide data scope can reach them; everyone else
 * gets the same 404 as for a message that does not exist.
 */
export function smsOutboxRevealer(pii: PiiService): PiiRevealer {
  return {
    fields: { phone: { zh: '手机号码', en: 'Mobile number' } },
    async load(trx, actor, entityId) {
      if (actor.scope !== 'city') return undefined;
      const row = await findOutboxPhone(trx, entityId);
      return row ? { value: pii.decrypt(row.phoneEnc), orgId: null } : undefined;
    },
  };
}
