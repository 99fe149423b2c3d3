import { attachmentErrors } from '@tianping/common/contract/attachments';
import type { Actor } from '../access/actor';
import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';
import { fail, forbidden, notFound } from '../http/errors';
import type { AttachmentOwner, OwnerGrant } from './attachment-owner.registry';

export function ownerOf(kernel: Pick<Kernel, 'attachmentOwners'>, entityType: string): AttachmentOwner {
  const owner = kernel.attachmentOwners.get(entityType);
  if (!owner) throw fail(attachmentErrors, 'ATTACHMENT_OWNER_UNKNOWN', { field: 'entityType' });
  return owner;
}

/** The owning record's read policy: a record the actor cannot read is answered 404. */
export async function authorizeOwnerRead(
  trx: Trx,
  kernel: Pick<Kernel, 'attachmentOwners'>,
  actor: Actor,
  entityType: string,
  entityId: string,
): Promise<OwnerGrant> {
  const grant = await ownerOf(kernel, entityType).canRead(trx, actor, entityId);
  if (!grant) throw notFound();
  return grant;
}

/** The owning record's write policy: 404 when the actor cannot even read the record, 403 when only reading. */
export async function authorizeOwnerWrite(
  trx: Trx,
  kernel: Pick<Kernel, 'attachmentOwners'>,
  actor: Actor,
  entityType: string,
  entityId: string,
): Promise<OwnerGrant> {
  const owner = ownerOf(kernel, entityType);
  const grant = await owner.canWrite(trx, actor, entityId);
  if (grant) return grant;
  if (await owner.canRead(trx, actor, entityId)) throw forbidden();
  throw notFound();
}
