import { z } from 'zod';
import { idSchema, localDateSchema, pageSchema, regionCodeSchema, textSchema } from '@tianping/common/validation/schemas';
import { caseOutcomeSchema, caseStateSchema, disputeKindSchema, type CaseSource, type EnumLabel } from './enums';
import { partyInputSchema } from './intake';

/**
 * Referrals of disputes by other bodies (诉调、公调、访调、检调对接): the registry of referring bodies
 * (staff, `mediation.settings.manage`), the intake through the API by the body's own token
 * (`mediation.referral.submit`), the acknowledgement, the outcome sent back (pull and signed webhook),
 * duplicate detection and case links.
 */

export const referrerKinds = ['court', 'police', 'petition', 'procuratorate', 'hotline', 'other'] as const;
export const referrerKindSchema = z.enum(referrerKinds);
export type ReferrerKind = (typeof referrerKinds)[number];
export const referrerKindLabels: Readonly<Record<ReferrerKind, EnumLabel>> = {
  court: { zh: '人民法院（诉调对接）', en: 'Court', article: '人民调解法 第十八条；民事诉讼法 第一百二十五条' },
  police: { zh: '公安机关（公调对接）', en: 'Police', article: '人民调解法 第十八条；治安管理处罚法 第九条' },
  petition: { zh: '信访部门（访调对接）', en: 'Petition office', article: '信访工作条例 第三十三条、第三十七条' },
  procuratorate: {
    zh: '人民检察院（检调对接）',
    en: 'Procuratorate',
    article: '信访工作条例 第三十七条（检调对接为本市工作机制，法律未作具体规定）',
  },
  hotline: { zh: '12348公共法律服务热线', en: '12348 hotline' },
  other: { zh: '其他单位', en: 'Other body' },
};
/** The case's source channel for a referral by each kind of body (contract `caseSources`). */
export const sourceOfReferrerKind: Readonly<Record<ReferrerKind, CaseSource>> = {
  court: 'court',
  police: 'police',
  petition: 'petition',
  procuratorate: 'procuratorate',
  hotline: 'hotline',
  other: 'module',
};

const webhookUrlSchema = z.url({ protocol: /^https?$/ }).max(500);
const webhookSecretSchema = z.string().min(16).max(200);

/** A referring body in the registry. The token is issued through POST /api/tokens, then bound here. */
export const referrerCreateBodySchema = z.strictObject({
  kind: referrerKindSchema,
  name: textSchema(200),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{1,59}$/, { message: 'letters, digits, _ . - (2–60)' }),
  regionCode: regionCodeSchema,
  tokenId: idSchema.nullable().optional(),
  webhookUrl: webhookUrlSchema.nullable().optional(),
  webhookSecret: webhookSecretSchema.nullable().optional(),
  /** Local target for returning the outcome, days from receipt, when a referral names no `returnBy`. */
  returnDays: z.number().int().min(1).max(365).nullable().optional(),
  active: z.boolean().default(true),
});
export type ReferrerCreateBody = z.infer<typeof referrerCreateBodySchema>;

export const referrerPatchBodySchema = z.strictObject({
  kind: referrerKindSchema.optional(),
  name: textSchema(200).optional(),
  regionCode: regionCodeSchema.optional(),
  /** null unbinds the token. */
  tokenId: idSchema.nullable().optional(),
  webhookUrl: webhookUrlSchema.nullable().optional(),
  /** Absent keeps the stored secret; null removes it. Never returned. */
  webhookSecret: webhookSecretSchema.nullable().optional(),
  returnDays: z.number().int().min(1).max(365).nullable().optional(),
  active: z.boolean().optional(),
  version: z.number().int().min(1),
});
export type ReferrerPatchBody = z.infer<typeof referrerPatchBodySchema>;

export const referrerListQuerySchema = z.object({
  kind: referrerKindSchema.optional(),
  q: z.string().trim().min(1).max(50).optional(),
  includeInactive: z.enum(['true', 'false']).default('false'),
});

export const referrerViewSchema = z.object({
  id: z.string(),
  kind: referrerKindSchema,
  kindLabel: z.object({ zh: z.string(), en: z.string() }),
  name: z.string(),
  code: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  tokenId: z.string().nullable(),
  tokenName: z.string().nullable(),
  tokenPrefix: z.string().nullable(),
  webhookUrl: z.string().nullable(),
  hasWebhookSecret: z.boolean(),
  returnDays: z.number().nullable(),
  active: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ canEdit: z.boolean() }),
});
export type ReferrerView = z.infer<typeof referrerViewSchema>;
export const referrerListSchema = z.object({ items: z.array(referrerViewSchema) });
export const referrerIdParamsSchema = z.object({ id: idSchema });
/** API tokens that may be bound: live, carrying `mediation.referral.submit`, in the manager's scope, bound to no other body. */
export const referrerTokenOptionsSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), prefix: z.string(), orgName: z.string(), expiresAt: z.string() })),
});

/** The active referrers to choose from (paper referrals at intake, the court of a judicial confirmation). */
export const referrerOptionsSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: referrerKindSchema,
      kindLabel: z.object({ zh: z.string(), en: z.string() }),
      name: z.string(),
      code: z.string(),
      regionCode: z.string(),
    }),
  ),
});

/**
 * A referral submitted by the referring body's system. The receiving committee is named
 * (`committeeOrgId`) or proposed from the region of the dispute (`regionCode`).
 */
export const referralBodySchema = z
  .strictObject({
    referrerCode: z.string().trim().min(1).max(60),
    externalRef: textSchema(100),
    committeeOrgId: idSchema.optional(),
    regionCode: regionCodeSchema.optional(),
    kind: disputeKindSchema,
    title: textSchema(200).optional(),
    facts: textSchema(20000),
    amountYuan: z.number().nonnegative().max(1e12).optional(),
    parties: z
      .array(partyInputSchema.omit({ chosenMediatorId: true }))
      .min(2)
      .max(30),
    /** The day the referring body wants the result by. */
    returnBy: localDateSchema.optional(),
  })
  .refine((b) => b.committeeOrgId || b.regionCode, { message: 'committeeOrgId or regionCode', path: ['committeeOrgId'] });
export type ReferralBody = z.infer<typeof referralBodySchema>;

/** 回执: what the referring body keeps; the same answer for a resubmission of the same `externalRef`. */
export const referralAckSchema = z.object({
  referralId: z.string(),
  externalRef: z.string(),
  caseNumber: z.string(),
  committeeName: z.string(),
  receivedAt: z.string(),
  caseState: caseStateSchema,
  /** The dispute was already registered (another channel): the referral joined the existing case. */
  linked: z.boolean(),
});
export type ReferralAck = z.infer<typeof referralAckSchema>;

const labelSchema = z.object({ zh: z.string(), en: z.string() });

/** What the referring body sees of its referral: progress and, once closed, the outcome. */
export const referralViewSchema = referralAckSchema.extend({
  caseStateLabel: labelSchema,
  returnBy: z.string().nullable(),
  outcome: caseOutcomeSchema.nullable(),
  outcomeLabel: labelSchema.nullable(),
  agreementSummary: z.string().nullable(),
  closedOn: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnedOnTime: z.boolean().nullable(),
});
export type ReferralView = z.infer<typeof referralViewSchema>;
export const referralPageSchema = pageSchema(referralViewSchema);
export const referralListQuerySchema = z.object({
  externalRef: z.string().trim().min(1).max(100).optional(),
  closed: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ReferralListQuery = z.infer<typeof referralListQuerySchema>;
export const referralIdParamsSchema = z.object({ id: idSchema });

/** Staff view of a case's referrals with the webhook delivery log (GET /cases/:id/referrals). */
export const caseReferralSchema = z.object({
  id: z.string(),
  referrerId: z.string(),
  referrerName: z.string(),
  referrerKind: referrerKindSchema,
  externalRef: z.string(),
  channel: z.enum(['api', 'staff']),
  linked: z.boolean(),
  receivedAt: z.string(),
  returnBy: z.string().nullable(),
  closedOn: z.string().nullable(),
  returnedOnTime: z.boolean().nullable(),
  webhookStatus: z.enum(['none', 'pending', 'delivered', 'failed']),
  deliveries: z.array(
    z.object({
      attempt: z.number(),
      statusCode: z.number().nullable(),
      ok: z.boolean(),
      error: z.string().nullable(),
      attemptedAt: z.string(),
    }),
  ),
});
export const caseLinkSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  linkedCaseId: z.string(),
  linkedCaseNumber: z.string(),
  reason: z.string(),
  createdAt: z.string(),
});
export const caseReferralsSchema = z.object({ referrals: z.array(caseReferralSchema), links: z.array(caseLinkSchema) });
export type CaseReferrals = z.infer<typeof caseReferralsSchema>;

/** 关联: the case is the same dispute as `linkedCaseId` (the one kept), with the reason. */
export const caseLinkBodySchema = z.strictObject({ linkedCaseId: idSchema, reason: textSchema(500) });
export type CaseLinkBody = z.infer<typeof caseLinkBodySchema>;

/** A suspected duplicate, as the 409 MED_DUPLICATE_SUSPECTED answer and the duplicate check describe it. */
export const duplicateCandidateSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  committeeName: z.string(),
  state: caseStateSchema,
  receivedOn: z.string(),
  level: z.enum(['likely', 'possible']),
  score: z.number(),
  reasons: z.array(labelSchema),
});
export type DuplicateCandidateView = z.infer<typeof duplicateCandidateSchema>;

/**
 * The duplicate check's local rules (人民调解法 is silent; configurable, city-wide): the window of
 * natural days around the day of receipt, and the facts similarity (character bigrams, 0–1) that
 * makes a match likely with one shared party, with two or more, and without any.
 */
export const duplicateRulesSchema = z.strictObject({
  windowDays: z.number().int().min(1).max(365),
  factsLikely: z.number().min(0).max(1),
  factsLikelyManyParties: z.number().min(0).max(1),
  factsAlone: z.number().min(0).max(1),
});
export type DuplicateRulesBody = z.infer<typeof duplicateRulesSchema>;
export const duplicateRulesViewSchema = duplicateRulesSchema.extend({
  note: z.object({ zh: z.string(), en: z.string() }),
  updatedAt: z.string().nullable(),
});
export type DuplicateRulesView = z.infer<typeof duplicateRulesViewSchema>;
