import type { Actor } from '../access/actor';
import type { Trx } from '../db/database';

/** What an owner policy answers for a record the actor may reach. */
export interface OwnerGrant {
  /** Organisation of the owning record (recorded with the attachment and in the audit trail). */
  orgId: string | null;
}

/**
 * The policy of one kind of record that attachments belong to. Both checks load the record
 * through the owning module's scoped repository inside the given transaction and return
 * `null` when the actor may not do it; a record the actor cannot even read is answered 404.
 */
export interface AttachmentOwner {
  label: { zh: string; en: string };
  canRead(trx: Trx, actor: Actor, entityId: string): Promise<OwnerGrant | null>;
  canWrite(trx: Trx, actor: Actor, entityId: string): Promise<OwnerGrant | null>;
}

/**
 * `kernel.attachmentOwners`: modules register the records that may carry attachments,
 * generated documents and service records, in their `routes(app, kernel)`:
 *
 *   kernel.attachmentOwners.register('reconsiderationCase', { label, canRead, canWrite });
 */
export interface AttachmentOwnerRegistry {
  register(entityType: string, owner: AttachmentOwner): void;
  get(entityType: string): AttachmentOwner | undefined;
  entityTypes(): string[];
}

export function createAttachmentOwnerRegistry(): AttachmentOwnerRegistry {
  const owners = new Map<string, AttachmentOwner>();
  return {
    register(entityType, owner) {
      if (owners.has(entityType)) throw new Error(`An attachment owner for "${entityType}" is already registered`);
      owners.set(entityType, owner);
    },
    get: (entityType) => owners.get(entityType),
    entityTypes: () => [...owners.keys()].sort(),
  };
}
