import { z } from 'zod';
import { idSchema, localDateSchema, textSchema } from '@tianping/common/validation/schemas';
import type { EnumLabel } from './enums';

/**
 * Objections (异议, 法律援助法 第四十九条): against a denial (不予法律援助) or a termination (终止法律援助),
 * to the justice bureau that set up the centre, reviewed within 5 days of receipt: uphold (维持; the
 * applicant may then apply for reconsideration or sue) or order correction (责令改正: the denied case is
 * reviewed again, the terminated one resumes with its provider).
 */

const law = (article: string) => `法律援助法 ${article}`;
const labelSchema = z.object({ zh: z.string(), en: z.string(), article: z.string().optional() });

export const objectionTargets = ['denial', 'termination'] as const;
export type ObjectionTarget = (typeof objectionTargets)[number];
export const objectionTargetLabels: Readonly<Record<ObjectionTarget, EnumLabel>> = {
  denial: { zh: '不予法律援助决定', en: 'Decision to deny legal aid', article: law('第四十九条第一款') },
  termination: { zh: '终止法律援助决定', en: 'Decision to terminate legal aid', article: law('第四十九条第一款') },
};

export const objectionStatuses = ['open', 'upheld', 'corrected'] as const;
export type ObjectionStatus = (typeof objectionStatuses)[number];
export const objectionStatusLabels: Readonly<Record<ObjectionStatus, EnumLabel>> = {
  open: { zh: '审查中', en: 'Under review', article: law('第四十九条第二款') },
  upheld: { zh: '维持原决定', en: 'Decision upheld', article: law('第四十九条第二款') },
  corrected: { zh: '责令改正', en: 'Correction ordered', article: law('第四十九条第二款') },
};

export const objectionParamsSchema = z.strictObject({ oid: idSchema });

/** Portal: the applicant or recipient objects to the decision on their case. */
export const citizenObjectionSchema = z.strictObject({ reason: textSchema(5000) });
/** Workbench: an objection received on paper or in person. */
export const staffObjectionSchema = z.strictObject({ reason: textSchema(5000), receivedOn: localDateSchema });
export const objectionDecisionSchema = z.strictObject({
  outcome: z.enum(['uphold', 'correct']),
  reason: textSchema(5000),
  version: z.number().int().min(0),
});

export const objectionListQuerySchema = z.object({
  status: z.enum(objectionStatuses).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const objectionViewSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  caseNumber: z.string(),
  orgId: idSchema,
  against: z.enum(objectionTargets),
  againstLabel: labelSchema,
  contestedOn: z.string(),
  source: z.enum(['portal', 'staff']),
  reason: z.string(),
  receivedOn: z.string(),
  dueOn: z.string(),
  /** How the due date was computed (第四十九条第二款: 5 natural days). */
  dueExplanation: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  overdue: z.boolean(),
  status: z.enum(objectionStatuses),
  statusLabel: labelSchema,
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  documentAttachmentId: z.string().nullable(),
  /** After an upheld decision: reconsideration or litigation (第四十九条第三款). */
  furtherRemedy: labelSchema.nullable(),
  version: z.number().int(),
  abilities: z.object({ canDecide: z.boolean() }),
});
export type ObjectionView = z.infer<typeof objectionViewSchema>;
export const objectionListSchema = z.object({
  items: z.array(objectionViewSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** What the citizen sees of an objection in the portal. */
export const citizenObjectionViewSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  against: z.enum(objectionTargets),
  againstLabel: labelSchema,
  receivedOn: z.string(),
  dueOn: z.string(),
  status: z.enum(objectionStatuses),
  statusLabel: labelSchema,
  decidedOn: z.string().nullable(),
  furtherRemedy: labelSchema.nullable(),
});
export type CitizenObjectionView = z.infer<typeof citizenObjectionViewSchema>;

export const furtherRemedyLabel: EnumLabel = {
  zh: '对维持决定不服的，可以依法申请行政复议或者提起行政诉讼',
  en: 'Against the decision to uphold, you may apply for administrative reconsideration or sue',
  article: law('第四十九条第三款'),
};
