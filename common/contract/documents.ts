import { z } from 'zod';
import type { PermissionDef } from '../access/permission';
import { defineErrorCodes } from '../errors/codes';
import { localDateSchema, textSchema } from '../validation/schemas';
import { entityIdSchema, entityTypeSchema } from './attachments';

export const documentPermissions = [
  { key: 'documents.document.generate', category: 'business', zh: '生成文书', en: 'Generate official documents' },
] as const satisfies readonly PermissionDef[];

export const documentFormats = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

export const documentErrors = defineErrorCodes({
  DOCUMENT_TEMPLATE_UNKNOWN: { kind: 'Invalid', zh: '文书模板不存在', en: 'Unknown document template' },
  DOCUMENT_FORMAT_UNAVAILABLE: {
    kind: 'Invalid',
    zh: '本服务器不支持生成该格式（PDF 需要安装 Chromium）',
    en: 'This server cannot produce that format (PDF needs Chromium)',
  },
  DOCUMENT_RENDER_FAILED: {
    kind: 'Unavailable',
    zh: '文书生成失败，请稍后重试',
    en: 'The document could not be rendered; try again later',
  },
});

export const documentGenerateSchema = z.strictObject({
  templateId: z.string().min(1).max(80),
  entityType: entityTypeSchema,
  entityId: entityIdSchema,
  /** The template's fields; validated by the template's own schema (errors name `data.<field>`). */
  data: z.record(z.string(), z.unknown()),
  format: z.enum(documentFormats),
});
export type DocumentGenerateInput = z.infer<typeof documentGenerateSchema>;

export const documentFormatListSchema = z.object({
  formats: z.array(z.object({ format: z.enum(documentFormats), available: z.boolean(), reason: z.string().nullable() })),
});

export const documentTemplateListSchema = z.object({
  items: z.array(z.object({ id: z.string(), version: z.number().int(), title: z.object({ zh: z.string(), en: z.string() }) })),
});

/** Date styles of 成文日期: `2025年3月1日` (GB/T 9704-2012) or `二〇二五年三月一日` (judgments, earlier layout). */
export const documentDateStyles = ['arabic', 'chineseNumerals'] as const;

/** Fields of the generic notice (通知书) of the core. */
export const coreNoticeFieldsSchema = z.strictObject({
  issuer: textSchema(60),
  docNumber: textSchema(60).optional(),
  title: textSchema(60).default('通知书'),
  recipient: textSchema(100).optional(),
  /** Paragraphs separated by line breaks. */
  body: textSchema(20000),
  signature: textSchema(60).optional(),
  date: localDateSchema,
  dateStyle: z.enum(documentDateStyles).default('arabic'),
});
export type CoreNoticeFields = z.infer<typeof coreNoticeFieldsSchema>;
