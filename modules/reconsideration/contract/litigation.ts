import { z } from 'zod';
import { idSchema, localDateSchema, pageQuerySchema, pageSchema, textSchema } from '@tianping/common/validation/schemas';
import type { EnumLabel } from './enums';

/**
 * Litigation response (行政应诉): lawsuits where a body of the city is defendant, including as
 * co-defendant after a reconsideration that upheld the act (行政诉讼法 第二十六条第二款). The
 * defence is due 15 days after the copy of the complaint is served (行政诉讼法 第六十七条第一款).
 */

const law = (article: string) => `行政诉讼法 ${article}`;

/** The final result of the suit for the defendant body. */
export const litigationResults = ['pending', 'won', 'lost', 'withdrawn', 'mediated'] as const;
export const litigationResultSchema = z.enum(litigationResults);
export type LitigationResult = (typeof litigationResults)[number];
export const litigationResultLabels: Readonly<Record<LitigationResult, EnumLabel>> = {
  pending: { zh: '审理中', en: 'Pending' },
  won: { zh: '胜诉', en: 'Won', article: law('第六十九条') },
  lost: { zh: '败诉', en: 'Lost', article: law('第七十条至第七十八条') },
  withdrawn: { zh: '原告撤诉', en: 'Withdrawn by the plaintiff', article: law('第六十二条') },
  mediated: { zh: '调解结案', en: 'Closed by mediation', article: law('第六十条') },
};

/** How one instance ended (判决 / 裁定). */
export const instanceOutcomes = [
  'claimDismissed',
  'suitDismissed',
  'revoked',
  'confirmedIllegal',
  'performanceOrdered',
  'altered',
  'confirmedInvalid',
  'withdrawn',
  'mediated',
  'appealDismissed',
  'reversed',
] as const;
export const instanceOutcomeSchema = z.enum(instanceOutcomes);
export type InstanceOutcome = (typeof instanceOutcomes)[number];
export const instanceOutcomeLabels: Readonly<Record<InstanceOutcome, EnumLabel>> = {
  claimDismissed: { zh: '判决驳回诉讼请求', en: 'Claim dismissed', article: law('第六十九条') },
  suitDismissed: { zh: '裁定驳回起诉', en: 'Suit dismissed (ruling)', article: law('第四十九条') },
  revoked: { zh: '判决撤销', en: 'Act revoked', article: law('第七十条') },
  confirmedIllegal: { zh: '判决确认违法', en: 'Act confirmed illegal', article: law('第七十四条') },
  performanceOrdered: { zh: '判决履行', en: 'Performance ordered', article: law('第七十二条') },
  altered: { zh: '判决变更', en: 'Act altered', article: law('第七十七条') },
  confirmedInvalid: { zh: '判决确认无效', en: 'Act confirmed invalid', article: law('第七十五条') },
  withdrawn: { zh: '准予撤诉', en: 'Withdrawal allowed', article: law('第六十二条') },
  mediated: { zh: '调解', en: 'Mediated', article: law('第六十条') },
  appealDismissed: { zh: '驳回上诉，维持原判', en: 'Appeal dismissed, judgment upheld', article: law('第八十九条第一款第（一）项') },
  reversed: { zh: '改判或撤销原判', en: 'Judgment reversed or set aside', article: law('第八十九条第一款第（二）项') },
};

export const litigationInstances = ['first', 'second'] as const;
export const litigationInstanceSchema = z.enum(litigationInstances);

/** One court hearing (开庭) and whether the head of the defendant body appeared (行政诉讼法 第三条第三款). */
export const litigationHearingSchema = z.strictObject({
  on: localDateSchema,
  instance: litigationInstanceSchema,
  headAppeared: z.boolean(),
  /** The head (负责人) who appeared, or the staff member who appeared instead. */
  appearedName: textSchema(100).nullable().optional(),
  /** Required when the head did not appear (不能出庭的，应当委托相应的工作人员出庭). */
  absenceReason: textSchema(500).nullable().optional(),
});
export type LitigationHearing = z.infer<typeof litigationHearingSchema>;

const queryFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const litigationListQuerySchema = pageQuerySchema.extend({
  result: litigationResultSchema.optional(),
  headAppeared: queryFlag.optional(),
  court: z.string().trim().min(1).max(100).optional(),
  /** Complaint served on or after / on or before. */
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});
export type LitigationListQuery = z.infer<typeof litigationListQuerySchema>;

export const litigationIdParamsSchema = z.object({ id: idSchema });

export const litigationCreateSchema = z.strictObject({
  /** The defendant (or co-defendant) body, in the caller's scope. */
  orgId: idSchema,
  court: textSchema(200),
  courtCaseNumber: textSchema(100),
  plaintiff: textSchema(200),
  defendant: textSchema(200),
  coDefendant: z.boolean().default(false),
  cause: textSchema(200),
  complaintServedOn: localDateSchema,
  reconCaseId: idSchema.nullable().optional(),
});
export type LitigationCreateInput = z.infer<typeof litigationCreateSchema>;

export const litigationUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  defenceSubmittedOn: localDateSchema.nullable().optional(),
  hearings: z.array(litigationHearingSchema).max(20).optional(),
  firstInstanceOutcome: instanceOutcomeSchema.nullable().optional(),
  secondInstanceOutcome: instanceOutcomeSchema.nullable().optional(),
  result: litigationResultSchema.optional(),
  closedOn: localDateSchema.nullable().optional(),
});
export type LitigationUpdateInput = z.infer<typeof litigationUpdateSchema>;

const explanationSchema = z.object({ zh: z.array(z.string()), en: z.array(z.string()) });

export const litigationSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  regionCode: z.string(),
  reconCaseId: z.string().nullable(),
  reconCaseNumber: z.string().nullable(),
  court: z.string(),
  courtCaseNumber: z.string(),
  plaintiff: z.string(),
  defendant: z.string(),
  coDefendant: z.boolean(),
  cause: z.string(),
  complaintServedOn: z.string(),
  defenceDueOn: z.string(),
  /** Defence not yet submitted and the due day has passed. */
  defenceOverdue: z.boolean(),
  defenceSubmittedOn: z.string().nullable(),
  hearings: z.array(
    z.object({
      on: z.string(),
      instance: litigationInstanceSchema,
      headAppeared: z.boolean(),
      appearedName: z.string().nullable(),
      absenceReason: z.string().nullable(),
    }),
  ),
  headAppeared: z.boolean().nullable(),
  absenceReason: z.string().nullable(),
  firstInstanceOutcome: instanceOutcomeSchema.nullable(),
  secondInstanceOutcome: instanceOutcomeSchema.nullable(),
  result: litigationResultSchema,
  resultLabel: z.object({ zh: z.string(), en: z.string() }),
  closedOn: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean() }),
});
export type Litigation = z.infer<typeof litigationSchema>;

export const litigationDetailSchema = litigationSchema.extend({
  /** The engine's explanation of the defence deadline (行政诉讼法 第六十七条第一款). */
  defenceExplanation: explanationSchema,
});
export type LitigationDetail = z.infer<typeof litigationDetailSchema>;

export const litigationPageSchema = pageSchema(litigationSchema);
