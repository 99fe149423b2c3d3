import type { Insertable, Selectable } from 'kysely';
import type { DbOrTrx } from '../db/database';
import type { AttachmentTable } from './tables';

export type AttachmentRow = Selectable<AttachmentTable>;

export async function insertAttachment(db: DbOrTrx, row: Insertable<AttachmentTable>): Promise<void> {
  await db.insertInto('attachments').values(row).execute();
}

/**
 * One attachment by id, unscoped: attachments have no scope of their own, the caller then
 * asks the owning record's policy (`kernel.attachmentOwners`) before showing anything.
 */
export async function findAttachmentById(db: DbOrTrx, id: string): Promise<AttachmentRow | undefined> {
  return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Attachments of one record, newest first (the caller has checked the owner's policy). */
export async function listAttachmentsOf(db: DbOrTrx, entityType: string, entityId: string): Promise<AttachmentRow[]> {
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
