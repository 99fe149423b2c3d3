import { z } from 'zod';
import { idSchema, localDateSchema } from '@tianping/common/validation/schemas';
import { caseStateSchema, riskLevelSchema } from './enums';
import { agreementViewSchema, confirmationViewSchema, confirmationWindowViewSchema, labelSchema, outcomeViewSchema } from './outcome';

/**
 * Handling of a mediation case (人民调解法 第二十条、第二十三条、第二十五条、第二十七条、第三十一条):
 * sessions with their records, invited participants, risk and reports to the police, performance
 * and follow-up visits; the handling view (GET /api/mediation/cases/:id/handling) with outcomes
 * (contract/outcome.ts) and abilities; the citizen's view and rating.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const caseIdParamsSchema = z.strictObject({ id: idSchema });

export const participantRelations = ['relative', 'neighbour', 'colleague', 'expert', 'official', 'other'] as const;
export const participantRelationSchema = z.enum(participantRelations);
export const participantRelationLabels = {
  relative: { zh: '当事人亲属', en: 'Relative of a party' },
  neighbour: { zh: '邻里', en: 'Neighbour' },
  colleague: { zh: '同事', en: 'Colleague' },
  expert: { zh: '具有专门知识、特定经验的人员', en: 'Expert' },
  official: { zh: '有关社会组织或单位人员', en: 'Representative of an organisation' },
  other: { zh: '其他人员', en: 'Other' },
} as const;

/** 第二十七条 (record), 第二十条 (invited with the parties' consent), 第二十三条 (public or not, as asked). */
export const recordSessionSchema = z.strictObject({
  heldOn: localDateSchema,
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional(),
  place: text(200),
  /** Defaults to the case's designated mediator. */
  mediatorName: optionalText(100),
  partyIds: z.array(idSchema).min(1).max(50),
  isPublic: z.boolean().default(false),
  /** The parties who asked for a public session (required when `isPublic`). */
  publicRequestedByPartyIds: z.array(idSchema).max(50).default([]),
  record: text(50000),
  attachmentIds: z.array(idSchema).max(30).default([]),
  participants: z
    .array(
      z.strictObject({
        name: text(100),
        relation: participantRelationSchema,
        affiliation: optionalText(200),
        consentPartyIds: z.array(idSchema).max(50),
      }),
    )
    .max(20)
    .default([]),
});
export type RecordSessionInput = z.infer<typeof recordSessionSchema>;

export const riskKinds = ['escalation', 'publicSecurity'] as const;
export const riskKindSchema = z.enum(riskKinds);
export const riskKindLabels = {
  escalation: { zh: '可能激化的纠纷（采取预防措施）', en: 'May escalate (prevention measures)', article: '人民调解法 第二十五条' },
  publicSecurity: {
    zh: '可能引发治安案件、刑事案件（报告公安机关）',
    en: 'May become a public-security or criminal case (report to the police)',
    article: '人民调解法 第二十五条',
  },
} as const;

/** 第二十五条. `publicSecurity` reports to the police: the unit is required. */
export const assessRiskSchema = z.strictObject({
  assessedOn: localDateSchema,
  level: riskLevelSchema,
  kind: riskKindSchema,
  description: text(5000),
  measures: text(5000),
  policeUnit: optionalText(200),
});

export const performanceStatuses = ['performed', 'partly', 'notPerformed'] as const;
export const performanceStatusSchema = z.enum(performanceStatuses);
export const performanceStatusLabels = {
  performed: { zh: '已履行', en: 'Performed', article: '人民调解法 第三十一条' },
  partly: { zh: '部分履行', en: 'Partly performed', article: '人民调解法 第三十一条' },
  notPerformed: { zh: '未履行', en: 'Not performed', article: '人民调解法 第三十一条、第三十二条' },
} as const;

/** 第三十一条: the committee checks and urges performance; `performedOn` required once performed. */
export const recordPerformanceSchema = z.strictObject({
  status: performanceStatusSchema,
  checkedOn: localDateSchema,
  performedOn: localDateSchema.optional(),
  note: optionalText(2000),
});

export const followupWays = ['visit', 'phone', 'online', 'portal'] as const;
export const followupWaySchema = z.enum(followupWays);
export const followupWayLabels = {
  visit: { zh: '上门回访', en: 'Home visit' },
  phone: { zh: '电话回访', en: 'Phone' },
  online: { zh: '网络回访', en: 'Online' },
  portal: { zh: '当事人网上评价', en: 'Party’s rating in the portal' },
} as const;

export const recordFollowupSchema = z.strictObject({
  visitedOn: localDateSchema,
  way: followupWaySchema.exclude(['portal']),
  partyId: idSchema.optional(),
  result: text(5000),
  satisfaction: z.number().int().min(1).max(5).optional(),
});

/** The citizen rates the service in the portal (满意度 1–5). */
export const rateMediationSchema = z.strictObject({ rating: z.number().int().min(1).max(5), comment: optionalText(1000) });

export const sessionViewSchema = z.object({
  id: idSchema,
  heldOn: z.string(),
  startTime: z.string().nullable(),
  place: z.string(),
  mediatorName: z.string(),
  partyIds: z.array(idSchema),
  isPublic: z.boolean(),
  record: z.string(),
  attachmentIds: z.array(idSchema),
  participants: z.array(
    z.object({
      name: z.string(),
      relation: participantRelationSchema,
      relationLabel: labelSchema,
      affiliation: z.string().nullable(),
      consentPartyIds: z.array(idSchema),
    }),
  ),
});

export const riskViewSchema = z.object({
  id: idSchema,
  assessedOn: z.string(),
  level: riskLevelSchema,
  kind: riskKindSchema,
  kindLabel: labelSchema,
  description: z.string(),
  measures: z.string(),
  reportedToPolice: z.boolean(),
  policeUnit: z.string().nullable(),
  reportedOn: z.string().nullable(),
});

export const performanceViewSchema = z.object({
  id: idSchema,
  status: performanceStatusSchema,
  statusLabel: labelSchema,
  checkedOn: z.string(),
  performedOn: z.string().nullable(),
  note: z.string().nullable(),
});

export const followupViewSchema = z.object({
  id: idSchema,
  visitedOn: z.string(),
  way: followupWaySchema,
  wayLabel: labelSchema,
  partyId: idSchema.nullable(),
  result: z.string().nullable(),
  satisfaction: z.number().int().nullable(),
});

export const handlingAbilitiesSchema = z.object({
  canRecordSession: z.boolean(),
  canAssessRisk: z.boolean(),
  canRecordAgreement: z.boolean(),
  canFail: z.boolean(),
  canWithdraw: z.boolean(),
  canRecordPerformance: z.boolean(),
  canRecordFollowup: z.boolean(),
  canApplyConfirmation: z.boolean(),
  canRecordCourtAcceptance: z.boolean(),
  canRecordRuling: z.boolean(),
});
export type HandlingAbilities = z.infer<typeof handlingAbilitiesSchema>;

export const partyBriefSchema = z.object({ id: idSchema, name: z.string(), role: z.string() });

export const handlingViewSchema = z.object({
  caseId: idSchema,
  caseNumber: z.string(),
  state: caseStateSchema,
  version: z.number().int(),
  riskLevel: riskLevelSchema,
  riskReportedToPolice: z.boolean(),
  parties: z.array(partyBriefSchema),
  sessions: z.array(sessionViewSchema),
  risks: z.array(riskViewSchema),
  agreement: agreementViewSchema.nullable(),
  outcome: outcomeViewSchema.nullable(),
  performance: z.array(performanceViewSchema),
  followups: z.array(followupViewSchema),
  confirmationWindow: confirmationWindowViewSchema.nullable(),
  confirmations: z.array(confirmationViewSchema),
  abilities: handlingAbilitiesSchema,
});
export type HandlingView = z.infer<typeof handlingViewSchema>;

/** The citizen's view of their own case: sessions (without the record), agreement, performance, confirmation. */
export const citizenHandlingViewSchema = z.object({
  caseId: idSchema,
  caseNumber: z.string(),
  state: caseStateSchema,
  sessions: z.array(
    z.object({
      id: idSchema,
      heldOn: z.string(),
      startTime: z.string().nullable(),
      place: z.string(),
      mediatorName: z.string(),
      isPublic: z.boolean(),
    }),
  ),
  agreement: agreementViewSchema.omit({ signatures: true }).nullable(),
  outcome: outcomeViewSchema.nullable(),
  performance: z.array(performanceViewSchema),
  confirmationWindow: confirmationWindowViewSchema.nullable(),
  confirmations: z.array(confirmationViewSchema.omit({ applicantPartyIds: true })),
  myRatings: z.array(z.object({ visitedOn: z.string(), satisfaction: z.number().int().nullable(), comment: z.string().nullable() })),
  abilities: z.object({ canRate: z.boolean() }),
});
export type CitizenHandlingView = z.infer<typeof citizenHandlingViewSchema>;
