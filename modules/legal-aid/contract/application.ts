import { z } from 'zod';
import { idNumberSchema, idSchema, localDateSchema, mobileSchema, regionCodeSchema, textSchema } from '@tianping/common/validation/schemas';
import { exemptionSchema, forwarderKindSchema, matterKindSchema, urgentGroundSchema } from './enums';

/**
 * Request and response schemas of the application: the portal wizard's pre-check and answers,
 * walk-in and forwarded intake (第三十九条), and the pre-check result (法律援助法 第二十四至三十四条、
 * 第四十一、四十二条). Incomes and household sizes are plain numbers here: the domain answers a
 * negative, fractional or absurd value with AID_INCOME_INVALID / AID_HOUSEHOLD_INVALID and the field.
 */

const label = z.object({ zh: z.string(), en: z.string() });

/** The answers the eligibility check needs (the wizard asks them one at a time). */
export const eligibilityAnswersSchema = z.strictObject({
  matterKind: matterKindSchema,
  exemption: exemptionSchema.default('none'),
  /** 第四十二条: what proves the exemption (a description; files are uploaded to the case afterwards). */
  exemptionProof: textSchema(1000).optional(),
  householdSize: z.number().nullish(),
  monthlyIncomeYuan: z.number().nullish(),
  hasCounsel: z.boolean().default(false),
  /** 第三十三条: a retrial ordered or a protest lodged. */
  retrialOrdered: z.boolean().optional(),
  onBehalf: z.boolean().default(false),
});
export type EligibilityAnswers = z.infer<typeof eligibilityAnswersSchema>;

export const precheckBodySchema = eligibilityAnswersSchema.extend({
  /** The centre (its district's standard applies; the city-wide one otherwise). */
  orgId: idSchema.optional(),
  /** Staff only: the application date (today when absent). */
  applicationDate: localDateSchema.optional(),
});
export type PrecheckBody = z.infer<typeof precheckBodySchema>;

export const reasonSchema = label.extend({ article: z.string().optional() });
export const materialSchema = label.extend({ key: z.string(), article: z.string().optional() });

export const eligibilityResultSchema = z.object({
  outcome: z.enum(['eligible', 'ineligible', 'outOfScope', 'discretion']),
  outcomeLabel: label,
  matterGroup: z.string(),
  inScope: z.boolean(),
  scopeBasis: z.string().nullable(),
  hardshipMode: z.enum(['notRequired', 'presumed', 'assessed']),
  hardship: z
    .object({
      standardId: z.string(),
      example: z.boolean(),
      thresholdYuan: z.number(),
      perCapitaYuan: z.number(),
      meets: z.boolean(),
    })
    .nullable(),
  needsProof: z.boolean(),
  materials: z.array(materialSchema),
  reasons: z.array(reasonSchema),
  suggestedDenial: z.string().nullable(),
  applicationDate: z.string(),
});
export type EligibilityResultView = z.infer<typeof eligibilityResultSchema>;

export const personSchema = z.strictObject({
  name: textSchema(100),
  idNumber: idNumberSchema,
  phone: mobileSchema.optional(),
  address: textSchema(200).optional(),
});
export const agentSchema = z.strictObject({
  name: textSchema(100),
  idNumber: idNumberSchema.optional(),
  phone: mobileSchema.optional(),
  /** Relation to the recipient (法定代理人、近亲属, 第四十条). */
  relation: textSchema(50),
});
export const opponentSchema = z.strictObject({
  name: textSchema(200),
  idNumber: z.string().trim().max(40).optional(),
  note: textSchema(200).optional(),
});

/** 第四十四条: aid first, paperwork afterwards. */
export const urgentSchema = z.strictObject({
  ground: urgentGroundSchema,
  reason: textSchema(1000),
  /** For `limitationSoon`: the last day of the limitation period or time limit. */
  limitationEndsOn: localDateSchema.optional(),
});

const applicationFields = {
  ...eligibilityAnswersSchema.shape,
  matterSummary: textSchema(4000),
  applicant: personSchema,
  agent: agentSchema.optional(),
  opponents: z.array(opponentSchema).max(20).default([]),
  /** 第三十八条: litigation (the authority's place) or not (the authority's place or the events'). */
  litigation: z.boolean().default(false),
  authorityName: textSchema(200).optional(),
  authorityRegionCode: regionCodeSchema.optional(),
  eventRegionCode: regionCodeSchema.optional(),
  /** 第四十一条: `pledge` (个人诚信承诺) or `sharedData` (信息共享查询); `standard`: the declared income is checked. */
  hardshipCheck: z.enum(['standard', 'pledge', 'sharedData']).default('pledge'),
  /** The applicant signs the pledge that the hardship statement is true (第四十一条第二款). */
  pledgeSigned: z.boolean().default(false),
  urgent: urgentSchema.optional(),
};

/** POST /api/citizen/legal-aid/applications: the wizard's answers. */
export const citizenApplicationBodySchema = z.strictObject({ ...applicationFields, orgId: idSchema });
export type CitizenApplicationBody = z.infer<typeof citizenApplicationBodySchema>;

/** POST /api/legal-aid/applications: walk-in or forwarded (第三十九条), recorded by staff. */
export const staffApplicationBodySchema = z.strictObject({
  ...applicationFields,
  origin: z.enum(['walkIn', 'forwarded']),
  /** The centre; the actor's organisation when absent. */
  orgId: idSchema.optional(),
  receivedOn: localDateSchema.optional(),
  forwardedBy: textSchema(200).optional(),
  forwarderKind: forwarderKindSchema.optional(),
  /** When the facility or duty lawyer received the application, and when it forwarded it (ISO instants). */
  forwarderReceivedAt: z.iso.datetime({ offset: true }).optional(),
  forwardedAt: z.iso.datetime({ offset: true }).optional(),
  dutyServiceId: idSchema.optional(),
  /**
   * 第二十六条: the charge may carry life imprisonment or death (criminal defence only; 400
   * AID_LIFE_OR_DEATH_NOT_DEFENCE otherwise). The assignment then needs a lawyer with 3 years' practice.
   */
  mayCarryLifeOrDeath: z.boolean().optional(),
});
export type StaffApplicationBody = z.infer<typeof staffApplicationBodySchema>;

export const centreListSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), regionCode: z.string() })),
});
