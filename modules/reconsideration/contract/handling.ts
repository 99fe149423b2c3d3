import { z } from 'zod';
import { idSchema, localDateSchema } from '@tianping/common/validation/schemas';
import { suspensionGroundSchema, terminationGroundSchema } from './decision-enums';
import { caseStateSchema, procedureSchema } from './enums';

/**
 * Handling after acceptance (行政复议法 第三十六条至第五十五条、第七十三条、第七十四条): handler,
 * procedure conversion, copy to the respondent and its reply, hearing the parties and hearings,
 * committee consultation, suspension and resumption, termination, withdrawal, dismissal and
 * mediation. Every request of /api/reconsideration/cases/:id/… and the handling view it returns.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const reasonSchema = text(2000);
const labelSchema = z.object({ zh: z.string(), en: z.string(), article: z.string().optional() });

export const caseIdParamsSchema = z.strictObject({ id: idSchema });
export const hearingParamsSchema = z.strictObject({ id: idSchema, hearingId: idSchema });
export const consultationParamsSchema = z.strictObject({ id: idSchema, cid: idSchema });

export const assignHandlerSchema = z.strictObject({ handlerId: idSchema });
export const convertProcedureSchema = z.strictObject({ reason: reasonSchema });
export const sendCopySchema = z.strictObject({ sentOn: localDateSchema, receivedOn: localDateSchema });
export const submitReplySchema = z.strictObject({
  text: text(50000),
  evidenceAttachmentIds: z.array(idSchema).max(100).default([]),
});

export const hearingPanelSchema = z.strictObject({
  presiding: text(50),
  officers: z.array(text(50)).min(2).max(10),
  clerk: text(50),
});
/** 第四十九条: the way the parties were heard. */
export const opinionWays = ['inPerson', 'online', 'phone'] as const;
export const opinionWayLabels = {
  inPerson: { zh: '当面听取', en: 'In person' },
  online: { zh: '通过互联网听取', en: 'Online' },
  phone: { zh: '通过电话听取', en: 'By phone' },
} as const;
export const scheduleHearingSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('opinion'),
    scheduledOn: localDateSchema,
    way: z.enum(opinionWays),
    place: text(200).optional(),
  }),
  z.strictObject({
    kind: z.literal('hearing'),
    scheduledOn: localDateSchema,
    place: text(200),
    matters: text(2000),
    panel: hearingPanelSchema,
    /** Day the notice is served (electronically, now): defaults to today. */
    noticeOn: localDateSchema.optional(),
  }),
]);
export const recordHearingSchema = z.strictObject({ heldOn: localDateSchema, record: text(50000) });

export const requestConsultationSchema = z.strictObject({ reason: reasonSchema });
export const recordConsultationSchema = z.strictObject({
  opinions: z
    .array(z.strictObject({ member: text(50), opinion: text(5000) }))
    .min(1)
    .max(30),
  conclusion: text(5000),
});

export const suspendSchema = z.strictObject({ ground: suspensionGroundSchema, reason: reasonSchema, suspendedOn: localDateSchema });
export const resumeSchema = z.strictObject({ resumedOn: localDateSchema, reason: reasonSchema });
/** Withdrawal (第四十一条第（一）项) has its own route: POST …/withdraw. */
export const terminateSchema = z.strictObject({
  ground: terminationGroundSchema.exclude(['withdrawn']),
  reason: reasonSchema,
  on: localDateSchema,
});
export const withdrawalRequestSchema = z.strictObject({ reason: reasonSchema });
export const withdrawSchema = z.strictObject({ approvedOn: localDateSchema, reason: reasonSchema });
export const dismissSchema = z.strictObject({ reason: reasonSchema });
export const mediationSchema = z.strictObject({ agreement: text(20000), signedByAll: z.boolean(), signedOn: localDateSchema });

export const reconSettingsSchema = z.object({
  /** Local rule: the days of a suspension are not counted in the decision period (law silent). */
  suspensionExcludedFromDecisionPeriod: z.boolean(),
  note: labelSchema,
});
export const reconSettingsUpdateSchema = z.strictObject({ suspensionExcludedFromDecisionPeriod: z.boolean() });

export const replyViewSchema = z.object({
  id: idSchema,
  copySentOn: z.string(),
  copyReceivedOn: z.string(),
  copyDueOn: z.string().nullable(),
  /** The copy went out after the 7 (3) working days of 第四十八条 / 第五十四条. */
  copyLate: z.boolean(),
  replyDueOn: z.string(),
  repliedOn: z.string().nullable(),
  replyText: z.string().nullable(),
  evidenceAttachmentIds: z.array(z.string()),
});

export const respondentReplyStatuses = ['copyNotSent', 'awaiting', 'overdue', 'replied', 'repliedLate'] as const;
export const respondentReplySchema = z.object({
  status: z.enum(respondentReplyStatuses),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  /** 第七十条, when overdue: the act is deemed to have no evidence or basis. */
  consequence: labelSchema.nullable(),
});

export const hearingViewSchema = z.object({
  id: idSchema,
  kind: z.enum(['opinion', 'hearing']),
  scheduledOn: z.string(),
  noticeOn: z.string().nullable(),
  place: z.string().nullable(),
  way: z.enum(opinionWays).nullable(),
  matters: z.string().nullable(),
  panel: hearingPanelSchema.nullable(),
  heldOn: z.string().nullable(),
  record: z.string().nullable(),
});

export const consultationViewSchema = z.object({
  id: idSchema,
  requestedOn: z.string(),
  reason: z.string(),
  opinions: z.array(z.object({ member: z.string(), opinion: z.string() })),
  conclusion: z.string().nullable(),
  recordedOn: z.string().nullable(),
});

export const suspensionViewSchema = z.object({
  id: idSchema,
  ground: suspensionGroundSchema,
  groundLabel: labelSchema,
  reason: z.string(),
  suspendedOn: z.string(),
  /** 60th day for grounds 1, 2, 4 (第四十一条第（五）项); null otherwise. */
  terminationDueOn: z.string().nullable(),
  resumedOn: z.string().nullable(),
  resumeReason: z.string().nullable(),
  excludedFromPeriod: z.boolean(),
});

export const withdrawalViewSchema = z.object({
  id: idSchema,
  source: z.enum(['citizen', 'staff']),
  reason: z.string(),
  requestedOn: z.string(),
  status: z.enum(['pending', 'approved']),
  approvedOn: z.string().nullable(),
  approvalReason: z.string().nullable(),
  barsReapplication: z.boolean(),
  /** 第七十四条第二款, once approved. */
  note: labelSchema.nullable(),
});

export const closureViewSchema = z.object({
  kind: z.enum(['terminated', 'dismissed', 'mediated', 'withdrawn']),
  ground: z.string().nullable(),
  groundLabel: labelSchema.nullable(),
  reason: z.string(),
  agreement: z.string().nullable(),
  closedOn: z.string(),
  documentAttachmentId: z.string().nullable(),
});

export const handlingAbilitiesSchema = z.object({
  canAssignHandler: z.boolean(),
  canConvertProcedure: z.boolean(),
  canSendCopy: z.boolean(),
  canReply: z.boolean(),
  canScheduleHearing: z.boolean(),
  canRecordHearing: z.boolean(),
  canRequestConsultation: z.boolean(),
  canRecordConsultation: z.boolean(),
  canSuspend: z.boolean(),
  canResume: z.boolean(),
  canTerminate: z.boolean(),
  canWithdraw: z.boolean(),
  canDismiss: z.boolean(),
  canMediate: z.boolean(),
});
export type HandlingAbilities = z.infer<typeof handlingAbilitiesSchema>;

export const handlingViewSchema = z.object({
  caseId: idSchema,
  state: caseStateSchema,
  procedure: procedureSchema.nullable(),
  acceptedOn: z.string().nullable(),
  decisionDueOn: z.string().nullable(),
  handlerId: z.string().nullable(),
  handlerName: z.string().nullable(),
  closedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  replies: z.array(replyViewSchema),
  respondentReply: respondentReplySchema,
  hearings: z.array(hearingViewSchema),
  consultations: z.array(consultationViewSchema),
  suspensions: z.array(suspensionViewSchema),
  withdrawal: withdrawalViewSchema.nullable(),
  closure: closureViewSchema.nullable(),
  mediation: z.object({ agreement: z.string(), signedOn: z.string(), documentAttachmentId: z.string().nullable() }).nullable(),
  localRules: reconSettingsSchema,
  abilities: handlingAbilitiesSchema,
});
export type HandlingView = z.infer<typeof handlingViewSchema>;

export const citizenWithdrawalSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  reason: z.string(),
  requestedOn: z.string(),
  status: z.enum(['pending', 'approved']),
});
