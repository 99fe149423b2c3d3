import { z } from 'zod';
import { textSchema } from '@tianping/common/validation/schemas';
import { callEventTypeSchema, callStateSchema, channelSchema, ticketStateSchema } from './enums';

/**
 * Call events from the telephony system (POST /api/hotline/call-events, token with
 * `hotline.callEvent.submit` only), the agent's incoming-call screen and the development simulator.
 */

const externalId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, { message: 'letters, digits and . _ : - only' });

/** A telephone number as the switch reports it (mobile or landline), digits with an optional leading +. */
export const callerPhoneSchema = z
  .string()
  .max(32)
  .overwrite((v) => v.normalize('NFKC').replace(/[\s()-]+/g, ''))
  .regex(/^\+?\d{3,20}$/, { message: 'invalid phone number' });

export const callEventBodySchema = z.strictObject({
  eventId: externalId,
  callId: externalId,
  type: callEventTypeSchema,
  at: z.iso.datetime({ offset: true }),
  queue: textSchema(100),
  callerPhone: callerPhoneSchema.optional(),
  /** The agent who took the call (required for `answered`). */
  agentUsername: z.string().min(1).max(100).optional(),
});
export type CallEventBody = z.infer<typeof callEventBodySchema>;

export const callEventBatchSchema = z.strictObject({ events: z.array(callEventBodySchema).min(1).max(500) });
export type CallEventBatch = z.infer<typeof callEventBatchSchema>;

/** The answer to an event: the same for a repeated event id (idempotent). */
export const callEventResultSchema = z.object({
  eventId: z.string(),
  callId: z.string(),
  type: callEventTypeSchema,
  at: z.string(),
  callState: callStateSchema,
});
export type CallEventResult = z.infer<typeof callEventResultSchema>;

export const callEventBatchResultSchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  results: z.array(callEventResultSchema.extend({ duplicate: z.boolean() })),
});
export type CallEventBatchResult = z.infer<typeof callEventBatchResultSchema>;

export const callViewSchema = z.object({
  id: z.string(),
  callId: z.string(),
  orgId: z.string(),
  queue: z.string(),
  state: callStateSchema,
  offeredAt: z.string(),
  answeredAt: z.string().nullable(),
  abandonedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  waitSeconds: z.number().nullable(),
  talkSeconds: z.number().nullable(),
  callerPhoneMasked: z.string().nullable(),
  ticketId: z.string().nullable(),
  simulated: z.boolean(),
});
export type CallView = z.infer<typeof callViewSchema>;

/** One earlier contact of the same caller, as the agent sees it (phone and free text masked). */
export const callerHistoryItemSchema = z.object({
  id: z.string(),
  number: z.string(),
  channel: channelSchema,
  category: z.string(),
  categoryZh: z.string(),
  question: z.string(),
  answer: z.string().nullable(),
  state: ticketStateSchema,
  createdAt: z.string(),
});
export type CallerHistoryItem = z.infer<typeof callerHistoryItemSchema>;

export const incomingCallSchema = z.object({
  call: callViewSchema.nullable(),
  history: z.array(callerHistoryItemSchema),
  /** How many earlier calls of this number the centre has (answered or not). */
  earlierCalls: z.number().int(),
});
export type IncomingCall = z.infer<typeof incomingCallSchema>;

export const simulateCallBodySchema = z.strictObject({
  queue: textSchema(100).optional(),
  callerPhone: callerPhoneSchema.optional(),
  /** Default: the signed-in agent. */
  agentUsername: z.string().min(1).max(100).optional(),
  waitSeconds: z.number().int().min(0).max(600).default(8),
  talkSeconds: z.number().int().min(1).max(7200).default(180),
  /** `answered`: the call is still in progress (offered → answered); `ended`: also ended. */
  stage: z.enum(['answered', 'ended']).default('answered'),
});
export type SimulateCallBody = z.infer<typeof simulateCallBodySchema>;

export const simulateCallResultSchema = z.object({
  label: z.object({ zh: z.string(), en: z.string() }),
  call: callViewSchema,
  events: z.array(callEventResultSchema),
});
