import { z } from 'zod';
import { idSchema, localDateSchema, textSchema } from '@tianping/common/validation/schemas';
import { caseStateSchema, terminationGroundSchema, type EnumLabel } from './enums';
import { caseStageSchema, subsidyViewSchema } from './subsidy';

/**
 * The aided case after assignment (法律援助法 第四十八条、第五十条、第五十五条): the provider's progress
 * log, meetings and hearing dates, the closure report (第五十条), replacement requests and complaints
 * (第五十五条), termination (第四十八条). Requests of /api/legal-aid/cases/:id/… and the casework view.
 */

const law = (article: string) => `法律援助法 ${article}`;
const labelSchema = z.object({ zh: z.string(), en: z.string(), article: z.string().optional() });

export const progressKinds = ['note', 'meeting', 'hearing', 'document'] as const;
export const progressKindSchema = z.enum(progressKinds);
export type ProgressKind = (typeof progressKinds)[number];
export const progressKindLabels: Readonly<Record<ProgressKind, EnumLabel>> = {
  note: { zh: '办理进展', en: 'Progress note' },
  meeting: { zh: '会见、约见受援人', en: 'Meeting with the recipient' },
  hearing: { zh: '开庭（庭审）', en: 'Hearing' },
  document: { zh: '提交文书（辩护词、代理意见等）', en: 'Document filed (defence, opinion…)' },
};

/** How the aided matter ended (结案方式), for the closure report and statistics. */
export const closureResults = ['judgment', 'mediation', 'settlement', 'arbitration', 'withdrawnByCourt', 'nonLitigation', 'other'] as const;
export const closureResultSchema = z.enum(closureResults);
export type ClosureResult = (typeof closureResults)[number];
export const closureResultLabels: Readonly<Record<ClosureResult, EnumLabel>> = {
  judgment: { zh: '判决、裁定', en: 'Judgment or ruling' },
  mediation: { zh: '调解结案', en: 'Mediated' },
  settlement: { zh: '和解', en: 'Settled' },
  arbitration: { zh: '仲裁裁决', en: 'Arbitral award' },
  withdrawnByCourt: { zh: '撤诉、撤回起诉', en: 'Claim withdrawn' },
  nonLitigation: { zh: '非诉讼方式办结', en: 'Resolved out of court' },
  other: { zh: '其他', en: 'Other' },
};

export const caseIdParamsSchema = z.strictObject({ id: idSchema });
export const replacementParamsSchema = z.strictObject({ id: idSchema, rid: idSchema });
export const complaintParamsSchema = z.strictObject({ id: idSchema, cid: idSchema });
export const terminationParamsSchema = z.strictObject({ id: idSchema, tid: idSchema });

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time as HH:MM' });

export const progressCreateSchema = z.strictObject({
  kind: progressKindSchema,
  occurredOn: localDateSchema,
  time: timeSchema.optional(),
  place: textSchema(200).optional(),
  title: textSchema(200),
  content: textSchema(10000),
  attachmentIds: z.array(idSchema).max(50).default([]),
});
export type ProgressCreate = z.infer<typeof progressCreateSchema>;

export const closureCreateSchema = z.strictObject({
  closedOn: localDateSchema,
  result: closureResultSchema,
  stages: z.array(caseStageSchema).min(1).max(9),
  summary: textSchema(20000),
  /** 第五十条: copies of the legal documents and the report, uploaded first (owner `aidCase`). */
  documentAttachmentIds: z.array(idSchema).min(1).max(100),
});
export type ClosureCreate = z.infer<typeof closureCreateSchema>;

export const replacementRequestSchema = z.strictObject({ reason: textSchema(2000) });
export const replacementDecisionSchema = z.strictObject({ approve: z.boolean(), reason: textSchema(2000) });
export const complaintCreateSchema = z.strictObject({ content: textSchema(5000) });
export const complaintHandleSchema = z.strictObject({ result: textSchema(5000) });

export const terminationReportSchema = z.strictObject({ ground: terminationGroundSchema, facts: textSchema(5000) });
export const terminationDecisionSchema = z.strictObject({
  ground: terminationGroundSchema,
  reason: textSchema(5000),
  /** The provider's report this decision answers, if any; `reject` closes the report without terminating. */
  reportId: idSchema.optional(),
  reject: z.boolean().default(false),
});

export const progressViewSchema = z.object({
  id: idSchema,
  kind: progressKindSchema,
  kindLabel: labelSchema,
  occurredOn: z.string(),
  time: z.string().nullable(),
  place: z.string().nullable(),
  title: z.string(),
  content: z.string(),
  attachmentIds: z.array(z.string()),
  createdAt: z.string(),
});
export const closureViewSchema = z.object({
  closedOn: z.string(),
  result: closureResultSchema,
  resultLabel: labelSchema,
  stages: z.array(caseStageSchema),
  summary: z.string(),
  documentAttachmentIds: z.array(z.string()),
});
export const replacementViewSchema = z.object({
  id: idSchema,
  source: z.enum(['citizen', 'staff']),
  reason: z.string(),
  requestedOn: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  awaitingReassignment: z.boolean(),
});
export const complaintViewSchema = z.object({
  id: idSchema,
  source: z.enum(['citizen', 'staff']),
  content: z.string(),
  receivedOn: z.string(),
  status: z.enum(['open', 'handled']),
  result: z.string().nullable(),
  handledOn: z.string().nullable(),
});
export const terminationViewSchema = z.object({
  id: idSchema,
  ground: terminationGroundSchema,
  groundLabel: labelSchema,
  facts: z.string(),
  reportedOn: z.string().nullable(),
  status: z.enum(['reported', 'terminated', 'rejected']),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  documentAttachmentId: z.string().nullable(),
});

export const caseworkAbilitiesSchema = z.object({
  canLogProgress: z.boolean(),
  canClose: z.boolean(),
  canReportTermination: z.boolean(),
  canDecideTermination: z.boolean(),
  canRecordReplacementRequest: z.boolean(),
  canDecideReplacement: z.boolean(),
  /** An approved replacement waits for the new assignment (POST /cases/:id/assignment with `replacing: true`). */
  canReassign: z.boolean(),
  canRecordComplaint: z.boolean(),
  canHandleComplaint: z.boolean(),
  canRecordObjection: z.boolean(),
});

export const caseworkViewSchema = z.object({
  caseId: idSchema,
  caseNumber: z.string(),
  state: caseStateSchema,
  assigneeUserId: z.string().nullable(),
  progress: z.array(progressViewSchema),
  /** The next hearing on or after today, for the case header. */
  nextHearingOn: z.string().nullable(),
  closure: closureViewSchema.nullable(),
  replacements: z.array(replacementViewSchema),
  complaints: z.array(complaintViewSchema),
  terminations: z.array(terminationViewSchema),
  subsidy: subsidyViewSchema.nullable(),
  legalBasis: z.array(labelSchema),
  abilities: caseworkAbilitiesSchema,
});
export type CaseworkView = z.infer<typeof caseworkViewSchema>;

export const caseworkLegalBasis: readonly EnumLabel[] = [
  { zh: '办理结束后报告并提交法律文书副本', en: 'Report and copies of the documents after closing', article: law('第五十条') },
  { zh: '受援人有权投诉、要求更换法律援助人员', en: 'The recipient may complain and ask for another provider', article: law('第五十五条') },
  { zh: '终止法律援助的情形，法律援助人员发现的应当报告', en: 'Grounds of termination; providers report them', article: law('第四十八条') },
];

/** Portal: the recipient's own requests. */
export const citizenRequestViewSchema = z.object({ id: idSchema, caseId: idSchema, status: z.string(), requestedOn: z.string() });

/**
 * Portal: what the applicant sees of the aided case beyond AA's case view — hearing dates, how it ended,
 * their requests, objections and rating — and what they may do (the portal shows buttons from it).
 */
export const citizenCaseworkViewSchema = z.object({
  caseId: idSchema,
  state: caseStateSchema,
  hearings: z.array(z.object({ occurredOn: z.string(), time: z.string().nullable(), place: z.string().nullable(), title: z.string() })),
  closure: z.object({ closedOn: z.string(), result: closureResultSchema, resultLabel: labelSchema }).nullable(),
  termination: z.object({ decidedOn: z.string().nullable(), groundLabel: labelSchema }).nullable(),
  replacements: z.array(z.object({ requestedOn: z.string(), status: z.enum(['pending', 'approved', 'rejected']) })),
  complaints: z.array(z.object({ receivedOn: z.string(), status: z.enum(['open', 'handled']), result: z.string().nullable() })),
  rating: z.number().int().nullable(),
  legalBasis: z.array(labelSchema),
  abilities: z.object({
    canObject: z.boolean(),
    canRequestReplacement: z.boolean(),
    canComplain: z.boolean(),
    canRate: z.boolean(),
  }),
});
export type CitizenCaseworkView = z.infer<typeof citizenCaseworkViewSchema>;
