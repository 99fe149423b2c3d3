import { z } from 'zod';
import { idSchema, localDateSchema, textSchema } from '@tianping/common/validation/schemas';
import { seatRoleSchema, shiftSchema } from './enums';

/** Duty rosters of the seats (值班排班) and the workload of the people on them. */

export const rosterBodySchema = z.strictObject({
  /** The centre; default: the supervisor's organisation. */
  orgId: idSchema.optional(),
  userId: idSchema,
  dutyDate: localDateSchema,
  shift: shiftSchema,
  seatRole: seatRoleSchema,
  seat: textSchema(40).optional(),
  note: textSchema(500).optional(),
});
export type RosterBody = z.infer<typeof rosterBodySchema>;

export const rosterRangeQuerySchema = z.object({
  from: localDateSchema,
  to: localDateSchema,
  orgId: idSchema.optional(),
});
export type RosterRangeQuery = z.infer<typeof rosterRangeQuerySchema>;

export const rosterIdParamsSchema = z.object({ id: idSchema });

export const rosterViewSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  userId: z.string(),
  displayName: z.string(),
  dutyDate: z.string(),
  shift: shiftSchema,
  shiftZh: z.string(),
  from: z.string(),
  to: z.string(),
  seatRole: seatRoleSchema,
  seat: z.string().nullable(),
  note: z.string().nullable(),
});
export type RosterView = z.infer<typeof rosterViewSchema>;
export const rosterListSchema = z.object({ items: z.array(rosterViewSchema) });

/** Workload per person in a date range (tickets they answered, calls they took, talk time). */
export const workloadItemSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  shifts: z.number().int(),
  tickets: z.number().int(),
  calls: z.number().int(),
  talkSeconds: z.number().int(),
  averageTalkSeconds: z.number().nullable(),
});
export type WorkloadItem = z.infer<typeof workloadItemSchema>;
export const workloadSchema = z.object({ from: z.string(), to: z.string(), items: z.array(workloadItemSchema) });

/** GET /api/hotline/rosters/eligible-staff: people who may be put on a shift (the roster person picker). */
export const eligibleStaffQuerySchema = z.object({ orgId: idSchema.optional() });
export const eligibleStaffSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), orgId: z.string(), orgName: z.string() })),
});
export type EligibleStaff = z.infer<typeof eligibleStaffSchema>;
