import { z } from 'zod';
import type { PermissionDef } from '../access/permission';
import { defineErrorCodes } from '../errors/codes';
import { textSchema } from '../validation/schemas';
import { auditEntityIdSchema, auditEntityTypeSchema } from './audit';

export const piiPermissions = [
  {
    key: 'pii.value.reveal',
    category: 'business',
    zh: '查看完整个人信息（须填写事由）',
    en: 'Reveal personal information (with a reason)',
  },
] as const satisfies readonly PermissionDef[];

export const piiErrors = defineErrorCodes({
  PII_ENTITY_UNKNOWN: {
    kind: 'Invalid',
    zh: '该类记录没有可查看明文的个人信息',
    en: 'No personal information can be revealed for this kind of record',
  },
  PII_FIELD_UNKNOWN: { kind: 'Invalid', zh: '该字段不能查看明文', en: 'This field cannot be revealed' },
});

/** Shortest accepted reason for revealing a value (so "看看" is not a reason). */
export const revealReasonMinLength = 5;

export const piiRevealBodySchema = z.strictObject({
  entityType: auditEntityTypeSchema,
  entityId: auditEntityIdSchema,
  field: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,59}$/, { message: 'field name' }),
  reason: textSchema(500, revealReasonMinLength),
});
export type PiiRevealInput = z.infer<typeof piiRevealBodySchema>;

/** The clear value; null when the record holds none in that field. */
export const piiRevealResultSchema = z.object({ value: z.string().nullable() });
