import { z } from 'zod';
import { idSchema, localDateSchema, pageQuerySchema, pageSchema, textSchema } from '@tianping/common/validation/schemas';
import { callerPhoneSchema } from './calls';
import { channelSchema, ticketStateSchema } from './enums';
import { callbackViewSchema } from './callback';
import { ticketSurveySummarySchema } from './survey';
import { transferViewSchema } from './transfer';

/** Contact records (工单): created at the desk, for walk-ins and stations; list, detail, answer. */

export const ticketCreateBodySchema = z.strictObject({
  channel: channelSchema,
  /** The telephony call id of the call being answered (phone channel). */
  callId: z.string().min(1).max(100).optional(),
  /** The centre; default: the call's centre, else the actor's organisation. */
  orgId: idSchema.optional(),
  callerName: textSchema(100).optional(),
  callerPhone: callerPhoneSchema.optional(),
  citizenId: idSchema.optional(),
  /** A first-level category code or a sub-category (`labour.wages`), contract `categoryTree`. */
  category: z.string().min(1).max(60),
  question: textSchema(4000),
  answer: textSchema(8000).optional(),
  /** Minutes spent with a walk-in visitor (calls take the talk time of the call). */
  durationSeconds: z.number().int().min(0).max(86400).optional(),
});
export type TicketCreateBody = z.infer<typeof ticketCreateBodySchema>;

export const ticketAnswerBodySchema = z.strictObject({
  answer: textSchema(8000),
  category: z.string().min(1).max(60).optional(),
  version: z.number().int().min(1),
});
export type TicketAnswerBody = z.infer<typeof ticketAnswerBodySchema>;

export const ticketIdParamsSchema = z.object({ id: idSchema });

export const ticketListQuerySchema = pageQuerySchema.extend({
  state: ticketStateSchema.optional(),
  channel: channelSchema.optional(),
  category: z.string().max(60).optional(),
  orgId: idSchema.optional(),
  /** Ticket number or words of the question. */
  q: z.string().trim().max(100).optional(),
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});
export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;

export const ticketAbilitiesSchema = z.object({
  updateAnswer: z.boolean(),
  revealPhone: z.boolean(),
  /** HT: one-click transfer, close (survey SMS), reopen (supervisor), schedule a callback. */
  transfer: z.boolean(),
  close: z.boolean(),
  reopen: z.boolean(),
  scheduleCallback: z.boolean(),
  /** Send the survey link again: closed, not answered, a mobile caller, SMS on, fewer than 3 sends this closing. */
  resendSurvey: z.boolean(),
});

export const ticketListItemSchema = z.object({
  id: z.string(),
  number: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  channel: channelSchema,
  category: z.string(),
  categoryZh: z.string(),
  question: z.string(),
  state: ticketStateSchema,
  callerName: z.string().nullable(),
  callerPhoneMasked: z.string().nullable(),
  answeredByName: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  createdAt: z.string(),
});
export type TicketListItem = z.infer<typeof ticketListItemSchema>;
export const ticketListSchema = pageSchema(ticketListItemSchema);

export const ticketDetailSchema = ticketListItemSchema.extend({
  subCategory: z.string().nullable(),
  categoryEn: z.string(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  callId: z.string().nullable(),
  call: z
    .object({
      callId: z.string(),
      queue: z.string(),
      offeredAt: z.string(),
      answeredAt: z.string().nullable(),
      endedAt: z.string().nullable(),
      waitSeconds: z.number().nullable(),
      talkSeconds: z.number().nullable(),
      simulated: z.boolean(),
    })
    .nullable(),
  citizenId: z.string().nullable(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** HT: transfer attempts (failed ones included), callbacks, the latest satisfaction survey. */
  transfers: z.array(transferViewSchema),
  callbacks: z.array(callbackViewSchema),
  survey: ticketSurveySummarySchema,
  abilities: ticketAbilitiesSchema,
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;
