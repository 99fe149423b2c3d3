import { attachmentErrors, attachmentMaxBytes, entityIdSchema, entityTypeSchema } from '@tianping/common/contract/attachments';
import type { FastifyRequest } from 'fastify';
import { fail, invalid } from '../http/errors';

export interface ParsedUpload {
  entityType: string;
  entityId: string;
  fileName: string;
  declaredMime: string | undefined;
  bytes: Buffer;
}

const isTooLarge = (err: unknown) => (err as { code?: string })?.code === 'FST_REQ_FILE_TOO_LARGE';

/**
 * Reads a `multipart/form-data` upload with the fields `entityType`, `entityId` and one
 * `file`, in any order. The file is held in memory (at most the 20 MB limit): the content
 * check needs the whole of it (a ZIP's directory sits at its end, UTF-8 is checked throughout).
 */
export async function readUpload(req: FastifyRequest): Promise<ParsedUpload> {
  if (!req.isMultipart()) throw fail(attachmentErrors, 'ATTACHMENT_FILE_MISSING', { field: 'file' });
  const fields: Record<string, string> = {};
  let file: { name: string; mime: string | undefined; bytes: Buffer } | undefined;
  try {
    for await (const part of req.parts({ limits: { fileSize: attachmentMaxBytes, files: 1, fields: 10, fieldSize: 1024 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw invalid(part.fieldname);
        }
        file = { name: part.filename ?? '', mime: part.mimetype, bytes: await part.toBuffer() };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    if (isTooLarge(err)) throw fail(attachmentErrors, 'ATTACHMENT_TOO_LARGE', { field: 'file' });
    throw err;
  }
  const entityType = entityTypeSchema.safeParse(fields.entityType);
  if (!entityType.success) throw invalid('entityType');
  const entityId = entityIdSchema.safeParse(fields.entityId);
  if (!entityId.success) throw invalid('entityId');
  if (!file) throw fail(attachmentErrors, 'ATTACHMENT_FILE_MISSING', { field: 'file' });
  return { entityType: entityType.data, entityId: entityId.data, fileName: file.name, declaredMime: file.mime, bytes: file.bytes };
}
