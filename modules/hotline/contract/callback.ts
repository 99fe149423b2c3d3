import { z } from 'zod';
import { idSchema, pageQuerySchema, pageSchema, textSchema } from '@tianping/common/validation/schemas';

/**
 * Callbacks (回拨): promised to a caller, due after the configurable `callbackDueHours` (a LOCAL rule,
 * no law sets it) unless a due time is given; a todo of the assignee; overdue flagged.
 */
export const callbackStates = ['pending', 'done', 'failed'] as const;
export const callbackStateSchema = z.enum(callbackStates);
export type CallbackState = (typeof callbackStates)[number];

export const callbackOutcomes = ['reached', 'noAnswer', 'wrongNumber'] as const;
export const callbackOutcomeSchema = z.enum(callbackOutcomes);
export type CallbackOutcome = (typeof callbackOutcomes)[number];
export const callbackOutcomeLabels: Readonly<Record<CallbackOutcome, { zh: string; en: string }>> = {
  reached: { zh: '已回拨接通', en: 'Reached' },
  noAnswer: { zh: '无人接听', en: 'No answer' },
  wrongNumber: { zh: '号码错误', en: 'Wrong number' },
};

export const callbackCreateBodySchema = z.strictObject({
  /** ISO instant; default now + `callbackDueHours`. */
  dueAt: z.iso.datetime({ offset: true }).optional(),
  reason: textSchema(500),
  /** Another agent of the centre; default the actor. */
  assigneeUserId: idSchema.optional(),
});
export type CallbackCreateBody = z.infer<typeof callbackCreateBodySchema>;

export const callbackCompleteBodySchema = z.strictObject({
  outcome: callbackOutcomeSchema,
  note: textSchema(1000),
});
export type CallbackCompleteBody = z.infer<typeof callbackCompleteBodySchema>;

export const callbackViewSchema = z.object({
  id: z.string(),
  ticketId: z.string(),
  ticketNumber: z.string(),
  orgId: z.string(),
  reason: z.string(),
  dueAt: z.string(),
  state: callbackStateSchema,
  overdue: z.boolean(),
  /** Completed after the due time. */
  late: z.boolean(),
  outcome: callbackOutcomeSchema.nullable(),
  note: z.string().nullable(),
  assigneeUserId: z.string(),
  assigneeName: z.string().nullable(),
  completedAt: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.object({ complete: z.boolean() }),
});
export type CallbackView = z.infer<typeof callbackViewSchema>;
export const callbackPageSchema = pageSchema(callbackViewSchema);

const flag = z.enum(['true', 'false']).optional();
export const callbackListQuerySchema = pageQuerySchema.extend({
  state: callbackStateSchema.optional(),
  overdue: flag,
  mine: flag,
});
export type CallbackListQuery = z.infer<typeof callbackListQuerySchema>;

export const callbackIdParamsSchema = z.object({ id: idSchema });
