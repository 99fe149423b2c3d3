import { z } from 'zod';
import { idSchema, pageQuerySchema, pageSchema, textSchema } from '@tianping/common/validation/schemas';
import { transferDestinationSchema } from './enums';

/**
 * One-click transfer (一键转接): to the city hotline alliance (12345) as an outbound referral with our
 * reference and its later result; to the notary office (a referral with a notification — no notary
 * module exists yet); to legal aid, mediation or reconsideration as a PRE-FILLED intake created in that
 * module through the core hand-off registry (`kernel.handoffs`), linked to the ticket.
 */

export const transferStates = ['sent', 'accepted', 'rejected', 'completed', 'failed'] as const;
export const transferStateSchema = z.enum(transferStates);
export type TransferState = (typeof transferStates)[number];
export const transferStateLabels: Readonly<Record<TransferState, { zh: string; en: string }>> = {
  sent: { zh: '已转出', en: 'Sent' },
  accepted: { zh: '对方已受理', en: 'Accepted' },
  rejected: { zh: '对方不予受理', en: 'Rejected' },
  completed: { zh: '已办结', en: 'Completed' },
  failed: { zh: '转接失败（对方模块拒收预填数据）', en: 'Failed (the target rejected the pre-filled data)' },
};

export const transferCreateBodySchema = z.strictObject({
  destination: transferDestinationSchema,
  note: textSchema(1000).optional(),
  /**
   * Pre-filled data for the target module (its hand-off schema: GET /api/hotline/handoff-targets lists
   * the fields); for `notary`: `{ orgId }` of the notary office (required).
   */
  prefill: z.record(z.string(), z.unknown()).optional(),
});
export type TransferCreateBody = z.infer<typeof transferCreateBodySchema>;

export const transferViewSchema = z.object({
  id: z.string(),
  ticketId: z.string(),
  ticketNumber: z.string(),
  destination: transferDestinationSchema,
  destinationZh: z.string(),
  state: transferStateSchema,
  /** Our outbound reference number (转办编号). */
  reference: z.string(),
  targetReference: z.string().nullable(),
  targetOrgId: z.string().nullable(),
  targetOrgName: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  /** Workbench link of the record created in the target module. */
  path: z.string().nullable(),
  note: z.string().nullable(),
  result: z.string().nullable(),
  resultAt: z.string().nullable(),
  errorCode: z.string().nullable(),
  errorField: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TransferView = z.infer<typeof transferViewSchema>;
export const transferListSchema = z.object({ items: z.array(transferViewSchema) });
export const transferPageSchema = pageSchema(transferViewSchema);

export const transferListQuerySchema = pageQuerySchema.extend({
  destination: transferDestinationSchema.optional(),
  state: transferStateSchema.optional(),
});
export type TransferListQuery = z.infer<typeof transferListQuerySchema>;

export const transferResultBodySchema = z.strictObject({
  state: z.enum(['accepted', 'completed', 'rejected']),
  targetReference: z.string().trim().min(1).max(100).optional(),
  result: textSchema(2000),
});
export type TransferResultBody = z.infer<typeof transferResultBodySchema>;

export const transferIdParamsSchema = z.object({ id: idSchema });

export const handoffTargetsSchema = z.object({
  items: z.array(
    z.object({
      destination: transferDestinationSchema,
      label: z.object({ zh: z.string(), en: z.string() }),
      /** A handler is registered (the target module is enabled); 12345 and notary are always available. */
      available: z.boolean(),
      fields: z.array(z.string()),
    }),
  ),
});
export type HandoffTargets = z.infer<typeof handoffTargetsSchema>;
