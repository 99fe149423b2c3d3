import { isScoped } from '../access/actor';
import { findOrgInScope } from '../org/org.repository';
import type { AttachmentOwner } from './attachment-owner.registry';

/**
 * Organisations carry attachments (charters, seals, filing documents): whoever may read the
 * organisation within their data scope may read and add its files. Citizens never.
 */
export const organisationAttachmentOwner: AttachmentOwner = {
  label: { zh: '组织机构', en: 'Organisation' },
  async canRead(trx, actor, entityId) {
    if (!isScoped(actor) || !actor.permissions.has('org.organisation.read')) return null;
    const org = await findOrgInScope(trx, actor, entityId);
    return org ? { orgId: org.id } : null;
  },
  async canWrite(trx, actor, entityId) {
    return this.canRead(trx, actor, entityId);
  },
};
