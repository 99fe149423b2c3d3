import { z } from 'zod';
import { idSchema, localDateSchema, pageQuerySchema, pageSchema, textSchema } from '@tianping/common/validation/schemas';
import { satisfactionSchema } from './survey';

/**
 * Follow-up visits (回访) on a reproducible sample of closed tickets: seed = SHA-256 of
 * `<publishedValue>|<drawnAt>`; the sample is a partial Fisher–Yates shuffle of the sorted ticket ids
 * (domain/followup-sample.ts). The share `followUpSamplePercent` is a LOCAL setting.
 */
export const followUpDrawBodySchema = z.strictObject({
  from: localDateSchema,
  to: localDateSchema,
  /** Default: the setting `followUpSamplePercent`. */
  percent: z.number().int().min(1).max(100).optional(),
  /** A value published beforehand by a third party (e.g. a lottery figure); default the draw instant. */
  publishedValue: z.string().trim().min(1).max(200).optional(),
  /** One centre in scope; default all centres in scope. */
  orgId: idSchema.optional(),
});
export type FollowUpDrawBody = z.infer<typeof followUpDrawBodySchema>;

export const followUpStates = ['pending', 'done', 'unreached'] as const;
export const followUpStateSchema = z.enum(followUpStates);

export const followUpViewSchema = z.object({
  id: z.string(),
  drawId: z.string(),
  ticketId: z.string(),
  ticketNumber: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  category: z.string(),
  categoryZh: z.string(),
  callerPhoneMasked: z.string().nullable(),
  closedAt: z.string().nullable(),
  state: followUpStateSchema,
  reached: z.boolean().nullable(),
  satisfaction: satisfactionSchema.nullable(),
  note: z.string().nullable(),
  recordedAt: z.string().nullable(),
});
export type FollowUpView = z.infer<typeof followUpViewSchema>;
export const followUpPageSchema = pageSchema(followUpViewSchema);

export const followUpDrawSchema = z.object({
  drawId: z.string(),
  seed: z.string(),
  publishedValue: z.string(),
  drawnAt: z.string(),
  populationCount: z.number().int(),
  percent: z.number().int(),
  items: z.array(followUpViewSchema),
  steps: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
});
export type FollowUpDraw = z.infer<typeof followUpDrawSchema>;

export const followUpListQuerySchema = pageQuerySchema.extend({
  state: followUpStateSchema.optional(),
  drawId: idSchema.optional(),
});
export type FollowUpListQuery = z.infer<typeof followUpListQuerySchema>;

export const followUpRecordBodySchema = z.strictObject({
  reached: z.boolean(),
  satisfaction: satisfactionSchema.optional(),
  note: textSchema(1000),
});
export type FollowUpRecordBody = z.infer<typeof followUpRecordBodySchema>;
export const followUpIdParamsSchema = z.object({ id: idSchema });

const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

/** A recorded draw in the list (GET /api/hotline/followups/draws). */
export const followUpDrawSummarySchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  fromDate: z.string(),
  toDate: z.string(),
  percent: z.number().int(),
  publishedValue: z.string(),
  drawnAt: z.string(),
  seed: z.string(),
  populationCount: z.number().int(),
  sampleSize: z.number().int(),
  drawnByName: z.string().nullable(),
});
export type FollowUpDrawSummary = z.infer<typeof followUpDrawSummarySchema>;
export const followUpDrawPageSchema = pageSchema(followUpDrawSummarySchema);
export const followUpDrawListQuerySchema = pageQuerySchema;

/**
 * One draw with what is needed to recompute it (GET /api/hotline/followups/draws/:id): the stored
 * population (query and ids), the sample, the steps and `verified` — recomputed now from the stored
 * inputs; null when the draw predates the stored population (cannot be recomputed).
 */
export const followUpDrawDetailSchema = followUpDrawSummarySchema.extend({
  populationQuery: z
    .object({
      from: z.string(),
      to: z.string(),
      orgId: z.string().nullable(),
      scopeOrgId: z.string(),
      excludesEarlierFollowUps: z.boolean(),
      description: bilingualSchema,
    })
    .nullable(),
  populationIds: z.array(z.string()).nullable(),
  sample: z.array(
    z.object({
      ticketId: z.string(),
      ticketNumber: z.string(),
      followUpId: z.string().nullable(),
      state: followUpStateSchema.nullable(),
    }),
  ),
  recompute: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  verified: z.boolean().nullable(),
});
export type FollowUpDrawDetail = z.infer<typeof followUpDrawDetailSchema>;
