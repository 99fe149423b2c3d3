import { z } from 'zod';
import type { PermissionDef } from '../access/permission';
import { defineErrorCodes } from '../errors/codes';
import { idSchema } from '../validation/schemas';

export const attachmentPermissions = [
  {
    key: 'attachments.file.read',
    category: 'common',
    zh: '下载附件（以所属记录的权限为准）',
    en: "Download attachments (subject to the owning record's policy)",
  },
  { key: 'attachments.file.upload', category: 'business', zh: '上传附件', en: 'Upload attachments' },
] as const satisfies readonly PermissionDef[];

/** Upload limit (bytes). Scans, photos and office files of a case fit well below it. */
export const attachmentMaxBytes = 20 * 1024 * 1024;

/** The kinds of files accepted, recognised by their content (magic bytes), never by their name. */
export const attachmentFileTypes = ['pdf', 'png', 'jpeg', 'docx', 'xlsx', 'text'] as const;
export type AttachmentFileType = (typeof attachmentFileTypes)[number];

/** Entity types are `lowerCamelCase` names registered by the owning modules (`organisation`, `reconsiderationCase`). */
export const entityTypeSchema = z.string().regex(/^[a-z][a-zA-Z0-9]{1,59}$/, { message: 'invalid entity type' });
/** Ids of owning records: ULIDs or other short opaque keys. */
export const entityIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'invalid entity id' });

export const attachmentErrors = defineErrorCodes({
  ATTACHMENT_OWNER_UNKNOWN: {
    kind: 'Invalid',
    zh: '不支持为该类记录上传附件',
    en: 'Attachments are not supported for this kind of record',
  },
  ATTACHMENT_FILE_MISSING: { kind: 'Invalid', zh: '请选择要上传的文件', en: 'No file was uploaded' },
  ATTACHMENT_FIELD_MISSING: { kind: 'Invalid', zh: '缺少必填字段', en: 'A required field is missing' },
  ATTACHMENT_EMPTY: { kind: 'Invalid', zh: '文件内容为空', en: 'The file is empty' },
  ATTACHMENT_TOO_LARGE: { kind: 'PayloadTooLarge', zh: '文件超过 20 MB 的大小限制', en: 'The file exceeds the 20 MB limit' },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    kind: 'UnsupportedMediaType',
    zh: '仅支持 PDF、PNG、JPEG、Word（docx）、Excel（xlsx）和纯文本文件',
    en: 'Only PDF, PNG, JPEG, Word (docx), Excel (xlsx) and plain-text files are accepted',
  },
  ATTACHMENT_TYPE_MISMATCH: {
    kind: 'UnsupportedMediaType',
    zh: '文件内容与声明的类型或扩展名不符',
    en: 'The file content does not match its declared type or extension',
  },
  ATTACHMENT_ARCHIVE_REJECTED: {
    kind: 'UnsupportedMediaType',
    zh: '压缩包结构异常或解压后过大（疑似压缩炸弹），已拒绝',
    en: 'The archive is malformed or expands too much (suspected zip bomb) and was rejected',
  },
  ATTACHMENT_FILE_UNAVAILABLE: { kind: 'Unavailable', zh: '附件文件暂时无法读取', en: 'The attachment file cannot be read right now' },
});

export const attachmentIdParamsSchema = z.object({ id: idSchema });

export const attachmentDocumentInfoSchema = z.object({
  templateId: z.string(),
  templateVersion: z.number().int(),
  version: z.number().int(),
  format: z.enum(['docx', 'pdf']),
});

export const attachmentSchema = z.object({
  id: idSchema,
  entityType: z.string(),
  entityId: z.string(),
  fileName: z.string(),
  fileType: z.enum(attachmentFileTypes),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  document: attachmentDocumentInfoSchema.nullable(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentListQuerySchema = z.object({ entityType: entityTypeSchema, entityId: entityIdSchema });
export const attachmentListSchema = z.object({ items: z.array(attachmentSchema) });
