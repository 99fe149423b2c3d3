import type { PiiRevealer } from '../pii/pii-reveal.registry';
import type { PiiService } from '../pii/pii.types';
import { findUserInScope } from './user.repository';

/** POST /pii/reveal `{ entityType: 'user', field: 'phone' }`: a staff member's mobile number, within scope. */
export function userPhoneRevealer(pii: PiiService): PiiRevealer {
  return {
    fields: { phone: { zh: '手机号码', en: 'Mobile number' } },
    async load(trx, actor, entityId) {
      const user = await findUserInScope(trx, actor, entityId);
      return user ? { value: pii.decrypt(user.phoneEnc), orgId: user.orgId } : undefined;
    },
  };
}
