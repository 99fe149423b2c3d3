import { z } from 'zod';
import { idSchema, localDateSchema, textSchema } from '@tianping/common/validation/schemas';
import { matterGroups } from './enums';

/**
 * Service quality (法律援助法 第五十七条、第五十九条): case-file review with the rubric of
 * domain/quality.ts, follow-up calls and satisfaction (also the recipient's rating in the portal), and
 * the reproducible random draw of closed cases for review (domain/sampling.ts).
 */

const labelSchema = z.object({ zh: z.string(), en: z.string(), article: z.string().optional() });

export const qualityReviewCreateSchema = z.strictObject({
  scores: z.record(z.string().max(40), z.number().int().min(0).max(100)),
  comments: textSchema(5000).optional(),
  reviewedOn: localDateSchema,
  drawId: idSchema.optional(),
});
export const qualityReviewViewSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  drawId: z.string().nullable(),
  rubricVersion: z.number().int(),
  items: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string(), points: z.number(), maxPoints: z.number() })),
  total: z.number(),
  grade: z.string(),
  gradeLabel: labelSchema,
  comments: z.string().nullable(),
  reviewedOn: z.string(),
});
export const rubricViewSchema = z.object({
  version: z.number().int(),
  items: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string(), maxPoints: z.number() })),
  grades: z.array(z.object({ grade: z.string(), zh: z.string(), en: z.string(), minTotal: z.number() })),
  note: labelSchema,
});

export const followupChannels = ['phone', 'visit', 'portal'] as const;
export const followupCreateSchema = z.strictObject({
  channel: z.enum(['phone', 'visit']),
  contactedOn: localDateSchema,
  reached: z.boolean(),
  satisfaction: z.number().int().min(1).max(5).optional(),
  comment: textSchema(2000).optional(),
});
export const satisfactionSchema = z.strictObject({ rating: z.number().int().min(1).max(5), comment: textSchema(2000).optional() });
export const followupViewSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  channel: z.enum(followupChannels),
  contactedOn: z.string(),
  reached: z.boolean(),
  satisfaction: z.number().int().nullable(),
  comment: z.string().nullable(),
});

export const qualityViewSchema = z.object({
  caseId: idSchema,
  reviews: z.array(qualityReviewViewSchema),
  followups: z.array(followupViewSchema),
  abilities: z.object({ canReview: z.boolean(), canFollowUp: z.boolean() }),
});
export type QualityView = z.infer<typeof qualityViewSchema>;

export const drawCreateSchema = z
  .strictObject({
    orgId: idSchema,
    periodFrom: localDateSchema,
    periodTo: localDateSchema,
    matterGroup: z.enum(matterGroups).optional(),
    /** A value published by a third party after the draw was announced (e.g. a lottery result). */
    publishedValue: textSchema(200),
    size: z.number().int().min(1).max(10000).optional(),
    percent: z.number().min(0.1).max(100).optional(),
  })
  .refine((v) => (v.size === undefined) !== (v.percent === undefined), { message: 'give size or percent', path: ['size'] });
export type DrawCreate = z.infer<typeof drawCreateSchema>;
export const drawParamsSchema = z.strictObject({ did: idSchema });
export const drawListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const drawSummarySchema = z.object({
  id: idSchema,
  orgId: idSchema,
  periodFrom: z.string(),
  periodTo: z.string(),
  matterGroup: z.string().nullable(),
  publishedValue: z.string(),
  drawnAt: z.string(),
  seed: z.string(),
  populationCount: z.number().int(),
  sampleSize: z.number().int(),
  sampleIds: z.array(z.string()),
});
export const drawViewSchema = drawSummarySchema.extend({
  populationQuery: z.object({
    description: labelSchema,
    orgSubtreeOf: idSchema,
    closedOnFrom: z.string(),
    closedOnTo: z.string(),
    states: z.array(z.string()),
    matterGroup: z.string().nullable(),
  }),
  populationIds: z.array(z.string()),
  sample: z.array(z.object({ caseId: idSchema, caseNumber: z.string(), closedOn: z.string().nullable(), reviewed: z.boolean() })),
  recompute: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  /** The sample recomputed now from the stored seed and population equals the stored one. */
  verified: z.boolean(),
});
export const drawListSchema = z.object({
  items: z.array(drawSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
