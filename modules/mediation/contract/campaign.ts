import { z } from 'zod';
import { idSchema, localDateSchema, pageQuerySchema, pageSchema, regionCodeSchema, textSchema } from '@tianping/common/validation/schemas';
import { disputeKindSchema, riskLevelSchema, type EnumLabel, type RiskLevel } from './enums';
import { partyInputSchema } from './intake';

/**
 * Screening campaigns (矛盾纠纷排查): periodic campaigns per region (人民调解法 第五条 guidance by the
 * justice administration; 第二十五条 prevention of escalation). Each dispute found is registered with
 * a risk level, assigned to a committee (and mediator), and tracked to resolution — or turned into
 * a mediation case. The report counts findings per district.
 */

export const campaignStatuses = ['open', 'closed'] as const;
export const campaignStatusSchema = z.enum(campaignStatuses);
export type CampaignStatus = (typeof campaignStatuses)[number];
export const campaignStatusLabels: Readonly<Record<CampaignStatus, EnumLabel>> = {
  open: { zh: '排查中', en: 'Open' },
  closed: { zh: '已结束', en: 'Closed' },
};

export const findingStatuses = ['open', 'assigned', 'resolved', 'converted'] as const;
export const findingStatusSchema = z.enum(findingStatuses);
export type FindingStatus = (typeof findingStatuses)[number];
export const findingStatusLabels: Readonly<Record<FindingStatus, EnumLabel>> = {
  open: { zh: '待分派', en: 'Not assigned' },
  assigned: { zh: '已分派，化解中', en: 'Assigned' },
  resolved: { zh: '已化解', en: 'Resolved' },
  converted: { zh: '已转入调解案件', en: 'Turned into a case', article: '人民调解法 第十七条' },
};

export const campaignCreateSchema = z.strictObject({
  orgId: idSchema,
  title: textSchema(200),
  regionCode: regionCodeSchema,
  periodStart: localDateSchema,
  periodEnd: localDateSchema,
  focus: textSchema(2000).nullable().optional(),
});
export type CampaignCreateInput = z.infer<typeof campaignCreateSchema>;

export const campaignParamsSchema = z.strictObject({ id: idSchema });
export const findingParamsSchema = z.strictObject({ id: idSchema, findingId: idSchema });
export const versionBodySchema = z.strictObject({ version: z.number().int().min(1) });

export const campaignListQuerySchema = pageQuerySchema.extend({
  status: campaignStatusSchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type CampaignListQuery = z.infer<typeof campaignListQuerySchema>;

export const campaignSummarySchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  focus: z.string().nullable(),
  status: campaignStatusSchema,
  findings: z.number().int(),
  open: z.number().int(),
  highRisk: z.number().int(),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;
export const campaignPageSchema = pageSchema(campaignSummarySchema);
export type CampaignPage = z.infer<typeof campaignPageSchema>;

export const campaignDetailSchema = campaignSummarySchema.extend({
  version: z.number().int(),
  abilities: z.object({ addFinding: z.boolean(), close: z.boolean(), report: z.boolean() }),
});
export type CampaignDetail = z.infer<typeof campaignDetailSchema>;

export const findingCreateSchema = z.strictObject({
  title: textSchema(200),
  description: textSchema(4000),
  /** Street (9 digits) or village/community (12 digits) code of the place, inside the campaign's region. */
  regionCode: regionCodeSchema,
  riskLevel: riskLevelSchema,
  kind: disputeKindSchema,
  partiesCount: z.number().int().min(2).max(10000).default(2),
  foundOn: localDateSchema,
});
export type FindingCreateInput = z.infer<typeof findingCreateSchema>;

export const findingAssignSchema = z.strictObject({
  version: z.number().int().min(1),
  /** The committee (organisation id) that takes the dispute on. */
  orgId: idSchema,
  mediatorId: idSchema.nullable().optional(),
});
export type FindingAssignInput = z.infer<typeof findingAssignSchema>;

export const findingResolveSchema = z.strictObject({
  version: z.number().int().min(1),
  resolution: textSchema(2000),
  resolvedOn: localDateSchema,
});
export type FindingResolveInput = z.infer<typeof findingResolveSchema>;

/** Turning a finding into a case (主动调解, 第十七条): the parties as at intake; facts default to the finding's description. */
export const findingConvertSchema = z.strictObject({
  version: z.number().int().min(1),
  parties: z.array(partyInputSchema).min(2).max(30),
  facts: textSchema(20000).optional(),
});
export type FindingConvertInput = z.infer<typeof findingConvertSchema>;

export const findingListQuerySchema = pageQuerySchema.extend({
  status: findingStatusSchema.optional(),
  riskLevel: riskLevelSchema.optional(),
  districtCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
export type FindingListQuery = z.infer<typeof findingListQuerySchema>;

export const findingSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  title: z.string(),
  description: z.string(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  riskLevel: riskLevelSchema,
  kind: disputeKindSchema,
  partiesCount: z.number().int(),
  foundOn: z.string(),
  assignedOrgId: z.string().nullable(),
  assignedOrgName: z.string().nullable(),
  assignedMediatorId: z.string().nullable(),
  assignedMediatorName: z.string().nullable(),
  status: findingStatusSchema,
  resolution: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  caseId: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ assign: z.boolean(), resolve: z.boolean(), convert: z.boolean() }),
});
export type Finding = z.infer<typeof findingSchema>;
export const findingPageSchema = pageSchema(findingSchema);
export type FindingPage = z.infer<typeof findingPageSchema>;

export const riskCountsSchema = z.object({
  none: z.number().int(),
  low: z.number().int(),
  medium: z.number().int(),
  high: z.number().int(),
});
export type RiskCounts = Record<RiskLevel, number>;

export const reportLineSchema = z.object({
  findings: z.number().int(),
  byRisk: riskCountsSchema,
  open: z.number().int(),
  assigned: z.number().int(),
  resolved: z.number().int(),
  converted: z.number().int(),
});
export type ReportLine = z.infer<typeof reportLineSchema>;

export const campaignReportSchema = z.object({
  campaign: campaignSummarySchema,
  generatedOn: z.string(),
  totals: reportLineSchema,
  districts: z.array(reportLineSchema.extend({ districtCode: z.string(), districtName: z.string().nullable() })),
});
export type CampaignReport = z.infer<typeof campaignReportSchema>;

export const reportDocumentSchema = z.object({ attachmentId: z.string(), fileName: z.string() });
export type ReportDocument = z.infer<typeof reportDocumentSchema>;
