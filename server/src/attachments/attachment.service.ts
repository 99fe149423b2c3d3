import { attachmentErrors, type Attachment, type AttachmentFileType } from '@tianping/common/contract/attachments';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { actorLabel, type Actor, type RequestContext } from '../access/actor';
import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';
import { newId } from '../db/ids';
import { fail, notFound } from '../http/errors';
import { authorizeOwnerRead, authorizeOwnerWrite, ownerOf } from './attachment-access';
import { attachmentAuditSnapshot, presentAttachment } from './attachment.presenter';
import { findAttachmentById, insertAttachment, listAttachmentsOf, type AttachmentRow } from './attachment.repository';
import { declarationMatches, detectFileType, fileTypes, sanitiseFileName } from './file-type';

type Services = Pick<Kernel, 'db' | 'audit' | 'files' | 'attachmentOwners' | 'clock' | 'log'>;

export interface NewFile {
  entityType: string;
  entityId: string;
  fileName: string;
  fileType: AttachmentFileType;
  bytes: Buffer;
  document?: { templateId: string; templateVersion: number; version: number };
}

/** Writes the bytes to the file store under a key derived from a new id (never from the name). */
export async function putFile(k: Pick<Services, 'files'>, bytes: Buffer) {
  const id = newId();
  const storageKey = `attachments/${id}`;
  await k.files.put(storageKey, bytes);
  return { id, storageKey, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

/**
 * Records a file already put into the store, inside the caller's transaction, with its
 * audit event. Used by uploads and by generated documents.
 */
export async function recordAttachment(
  k: Services,
  trx: Trx,
  ctx: RequestContext,
  stored: Awaited<ReturnType<typeof putFile>>,
  file: Omit<NewFile, 'bytes'>,
  orgId: string | null,
  action: string,
): Promise<AttachmentRow> {
  const who = actorLabel(ctx.actor);
  const row: AttachmentRow = {
    id: stored.id,
    entityType: file.entityType,
    entityId: file.entityId,
    orgId,
    fileName: file.fileName,
    fileType: file.fileType,
    contentType: fileTypes[file.fileType].contentType,
    size: stored.size,
    sha256: stored.sha256,
    storageKey: stored.storageKey,
    createdByType: who.type,
    createdById: who.id,
    createdAt: k.clock.now().toISOString(),
    templateId: file.document?.templateId ?? null,
    templateVersion: file.document?.templateVersion ?? null,
    documentVersion: file.document?.version ?? null,
  };
  await insertAttachment(trx, row);
  await k.audit.record(trx, ctx, { action, entityType: 'attachment', entityId: row.id, orgId, after: attachmentAuditSnapshot(row) });
  return row;
}

/** Removes a stored file whose record was not written (best effort: an orphan file is harmless). */
export async function discardFile(k: Pick<Services, 'files' | 'log'>, storageKey: string) {
  await k.files.delete(storageKey).catch((err: unknown) => k.log.warn({ err, storageKey }, 'could not remove an unrecorded file'));
}

export interface UploadInput {
  entityType: string;
  entityId: string;
  fileName: string;
  declaredMime: string | undefined;
  bytes: Buffer;
}

/**
 * Accepts an upload: the owner's write policy first (nothing is stored for a caller who may
 * not write), then the content check (magic bytes; the declared type and extension must
 * agree), then the file store, then the record and its audit in one transaction (re-checking
 * the policy there).
 */
export async function uploadAttachment(k: Services, ctx: RequestContext, actor: Actor, input: UploadInput): Promise<Attachment> {
  ownerOf(k, input.entityType);
  await k.db.transaction().execute((trx) => authorizeOwnerWrite(trx, k, actor, input.entityType, input.entityId));
  if (!input.bytes.length) throw fail(attachmentErrors, 'ATTACHMENT_EMPTY', { field: 'file' });
  const detected = detectFileType(input.bytes);
  if (detected.kind === 'notAllowed') throw fail(attachmentErrors, 'ATTACHMENT_TYPE_NOT_ALLOWED', { field: 'file' });
  if (detected.kind === 'archiveRejected') throw fail(attachmentErrors, 'ATTACHMENT_ARCHIVE_REJECTED', { field: 'file' });
  if (!declarationMatches(detected.type, input.declaredMime, input.fileName.split(/[/\\]/).pop() ?? '')) {
    throw fail(attachmentErrors, 'ATTACHMENT_TYPE_MISMATCH', { field: 'file' });
  }
  const file = {
    entityType: input.entityType,
    entityId: input.entityId,
    fileName: sanitiseFileName(input.fileName, detected.type),
    fileType: detected.type,
  };
  const stored = await putFile(k, input.bytes);
  try {
    const row = await k.db.transaction().execute(async (trx) => {
      const grant = await authorizeOwnerWrite(trx, k, actor, input.entityType, input.entityId);
      return recordAttachment(k, trx, ctx, stored, file, grant.orgId, 'attachments.file.upload');
    });
    return presentAttachment(row);
  } catch (err) {
    await discardFile(k, stored.storageKey);
    throw err;
  }
}

/**
 * Opens an attachment for download through the owning record's read policy; the download is
 * audited in the same transaction in which the file is opened (no audit row for a file that
 * could not be read).
 */
export async function openAttachment(
  k: Services,
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<{ row: AttachmentRow; stream: Readable }> {
  return k.db.transaction().execute(async (trx) => {
    const row = await findAttachmentById(trx, id);
    if (!row || !k.attachmentOwners.get(row.entityType)) throw notFound();
    const grant = await authorizeOwnerRead(trx, k, actor, row.entityType, row.entityId);
    const stream = await k.files.get(row.storageKey).catch((err: unknown) => {
      throw fail(attachmentErrors, 'ATTACHMENT_FILE_UNAVAILABLE', { cause: err });
    });
    try {
      await k.audit.record(trx, ctx, {
        action: 'attachments.file.download',
        entityType: 'attachment',
        entityId: row.id,
        orgId: grant.orgId ?? row.orgId,
        after: { entityType: row.entityType, entityId: row.entityId, fileName: row.fileName, sha256: row.sha256 },
      });
    } catch (err) {
      stream.destroy();
      throw err;
    }
    return { row, stream };
  });
}

/** The attachments of one record, through the owning record's read policy (404 outside it). */
export async function listAttachments(k: Services, actor: Actor, entityType: string, entityId: string): Promise<Attachment[]> {
  return k.db.transaction().execute(async (trx) => {
    await authorizeOwnerRead(trx, k, actor, entityType, entityId);
    return (await listAttachmentsOf(trx, entityType, entityId)).map(presentAttachment);
  });
}
