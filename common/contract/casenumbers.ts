import { z } from 'zod';
import type { PermissionDef } from '../access/permission';
import { defineErrorCodes } from '../errors/codes';
import { idSchema } from '../validation/schemas';

export const caseNumberPermissions = [
  { key: 'casenumbers.counter.read', category: 'business', zh: '查看案号计数器', en: 'View case-number counters' },
] as const satisfies readonly PermissionDef[];

export const caseNumberErrors = defineErrorCodes({
  CASE_NUMBER_TYPE_UNKNOWN: {
    kind: 'Invalid',
    zh: '该案件类型未登记案号模板',
    en: 'No case-number template is registered for this case type',
  },
  CASE_NUMBER_YEAR_INVALID: { kind: 'Invalid', zh: '案号年度不正确', en: 'Invalid case-number year' },
});

export const caseNumberCounterQuerySchema = z.object({
  orgId: idSchema.optional(),
  caseType: z.string().max(60).optional(),
  year: z.coerce.number().int().min(2000).max(2200).optional(),
});

export const caseNumberCounterSchema = z.object({
  orgId: idSchema,
  orgName: z.string(),
  caseType: z.string(),
  caseTypeLabel: z.object({ zh: z.string(), en: z.string() }),
  year: z.number().int(),
  last: z.number().int(),
  /** The last number issued, formatted with the case type's template. */
  lastNumber: z.string().nullable(),
  updatedAt: z.string(),
});
export type CaseNumberCounter = z.infer<typeof caseNumberCounterSchema>;
export const caseNumberCounterListSchema = z.object({ items: z.array(caseNumberCounterSchema) });
