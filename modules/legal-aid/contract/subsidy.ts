import { z } from 'zod';
import { idSchema, localDateSchema, textSchema } from '@tianping/common/validation/schemas';
import type { EnumLabel } from './enums';

/**
 * Legal-aid subsidies (法律援助补贴, 法律援助法 第五十二条): the schedule per case kind and stage
 * (data with effective dates, edited in the workbench), the subsidy computed when a case is closed,
 * its approval and payment. Tianjin's amounts are not in our sources: the seeded schedule is an
 * EXAMPLE, labelled as such, to be replaced by the figures of 天津市司法局、天津市财政局.
 */

const law = (article: string) => `法律援助法 ${article}`;

/** Case kinds of the schedule = the matter groups of the case (contract/enums.ts matterGroups, without `other`). */
export const subsidyCaseKinds = ['criminal', 'notice', 'civil', 'administrative', 'appeal'] as const;
export const subsidyCaseKindSchema = z.enum(subsidyCaseKinds);
export type SubsidyCaseKind = (typeof subsidyCaseKinds)[number];
export const subsidyCaseKindLabels: Readonly<Record<SubsidyCaseKind, EnumLabel>> = {
  criminal: { zh: '刑事（申请）', en: 'Criminal (application)', article: law('第二十四条、第二十九条') },
  notice: { zh: '刑事（通知辩护、代理）', en: 'Criminal (mandatory defence)', article: law('第二十五条、第二十八条') },
  civil: { zh: '民事', en: 'Civil', article: law('第三十一条') },
  administrative: { zh: '行政（含国家赔偿）', en: 'Administrative (incl. state compensation)', article: law('第三十一条') },
  appeal: { zh: '申诉、再审', en: 'Appeal or retrial', article: law('第三十三条') },
};

/** Stages a provider handles (办案阶段). */
export const caseStages = [
  'investigation',
  'prosecution',
  'firstInstance',
  'secondInstance',
  'deathPenaltyReview',
  'petition',
  'retrial',
  'arbitration',
  'nonLitigation',
] as const;
export const caseStageSchema = z.enum(caseStages);
export type CaseStage = (typeof caseStages)[number];
export const caseStageLabels: Readonly<Record<CaseStage, EnumLabel>> = {
  investigation: { zh: '侦查阶段', en: 'Investigation' },
  prosecution: { zh: '审查起诉阶段', en: 'Prosecution review' },
  firstInstance: { zh: '一审', en: 'First instance' },
  secondInstance: { zh: '二审', en: 'Second instance' },
  deathPenaltyReview: { zh: '死刑复核', en: 'Death-sentence review', article: law('第二十五条第一款第（五）项') },
  petition: { zh: '申诉', en: 'Petition', article: law('第三十三条') },
  retrial: { zh: '再审', en: 'Retrial', article: law('第三十三条') },
  arbitration: { zh: '劳动（人事）争议仲裁', en: 'Labour arbitration' },
  nonLitigation: { zh: '非诉讼代理（调解、协商等）', en: 'Non-litigation representation' },
};

export const subsidyStatuses = ['pending', 'approved', 'rejected', 'paid'] as const;
export type SubsidyStatus = (typeof subsidyStatuses)[number];
export const subsidyStatusLabels: Readonly<Record<SubsidyStatus, EnumLabel>> = {
  pending: { zh: '待审批', en: 'Awaiting approval' },
  approved: { zh: '已审批（待支付）', en: 'Approved, to be paid' },
  rejected: { zh: '审批未通过', en: 'Not approved' },
  paid: { zh: '已支付', en: 'Paid', article: law('第五十二条第一款') },
};

const labelSchema = z.object({ zh: z.string(), en: z.string(), article: z.string().optional() });

export const scheduleEntryCreateSchema = z.strictObject({
  caseKind: subsidyCaseKindSchema,
  stage: caseStageSchema,
  amountYuan: z.number().int().min(0).max(100000),
  effectiveFrom: localDateSchema,
  note: textSchema(500).optional(),
});
export type ScheduleEntryCreate = z.infer<typeof scheduleEntryCreateSchema>;

export const scheduleEntryViewSchema = z.object({
  id: idSchema,
  caseKind: subsidyCaseKindSchema,
  caseKindLabel: labelSchema,
  stage: caseStageSchema,
  stageLabel: labelSchema,
  amountYuan: z.number().int(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  inForce: z.boolean(),
  /** Seeded example figure, to be replaced by the official standard. */
  example: z.boolean(),
  note: z.string().nullable(),
});
export const scheduleQuerySchema = z.object({ caseKind: subsidyCaseKindSchema.optional(), on: localDateSchema.optional() });
export const scheduleListSchema = z.object({
  items: z.array(scheduleEntryViewSchema),
  legalBasis: labelSchema,
  /** Shown when any entry in the list is an example figure. */
  exampleNotice: labelSchema.nullable(),
});

export const subsidyLineSchema = z.object({
  stage: caseStageSchema,
  stageLabel: labelSchema,
  scheduleId: idSchema,
  amountYuan: z.number().int(),
});
export const subsidyViewSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  caseNumber: z.string().nullable(),
  orgId: idSchema,
  providerId: z.string().nullable(),
  caseKind: subsidyCaseKindSchema,
  computedOn: z.string(),
  lines: z.array(subsidyLineSchema),
  totalYuan: z.number().int(),
  status: z.enum(subsidyStatuses),
  statusLabel: labelSchema,
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  paidOn: z.string().nullable(),
  paymentReference: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ canApprove: z.boolean(), canRecordPayment: z.boolean() }),
});
export type SubsidyView = z.infer<typeof subsidyViewSchema>;

export const subsidyListQuerySchema = z.object({
  status: z.enum(subsidyStatuses).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const subsidyListSchema = z.object({
  items: z.array(subsidyViewSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const subsidyIdParamsSchema = z.strictObject({ sid: idSchema });
export const subsidyDecisionSchema = z
  .strictObject({
    approve: z.boolean(),
    reason: textSchema(1000).optional(),
    version: z.number().int().min(0),
  })
  .refine((v) => v.approve || v.reason !== undefined, { message: 'a refusal needs its reason', path: ['reason'] });
export const subsidyPaymentSchema = z.strictObject({
  paidOn: localDateSchema,
  reference: textSchema(100),
  version: z.number().int().min(0),
});
