import { z } from 'zod';
import { documentServiceViewSchema, issuedDocumentViewSchema } from '@tianping/common/contract/issued-documents';
import { idNumberSchema, idSchema, localDateSchema, mobileSchema, pageSchema, textSchema } from '@tianping/common/validation/schemas';
import { actKindSchema, caseStateSchema, procedureSchema, rejectionKindSchema } from './enums';

/**
 * Request and response schemas of intake (登记申请), the acceptance review (受理审查) and the
 * workbench list and detail of reconsideration cases (行政复议法 第二十二条至第三十二条).
 */

const label = z.object({ zh: z.string(), en: z.string() });
const articleLabel = label.extend({ article: z.string().optional() });

/** 统一社会信用代码 (GB 32100): 18 characters of digits and capitals without I, O, S, V, Z. */
export const creditCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, { message: 'invalid unified social credit code' });

export const personApplicantSchema = z.strictObject({
  kind: z.literal('person'),
  name: textSchema(100),
  idNumber: idNumberSchema,
  phone: mobileSchema.optional(),
  address: textSchema(200).optional(),
});
export const organisationApplicantSchema = z.strictObject({
  kind: z.literal('organisation'),
  name: textSchema(200),
  creditCode: creditCodeSchema,
  representative: textSchema(100),
  phone: mobileSchema.optional(),
  address: textSchema(200).optional(),
});
export const applicantSchema = z.discriminatedUnion('kind', [personApplicantSchema, organisationApplicantSchema]);
export type ApplicantInput = z.infer<typeof applicantSchema>;

/** 委托代理人 (第十七条): the authorisation letter is an attachment uploaded beforehand (owner `reconDraft`). */
export const agentSchema = z.strictObject({
  name: textSchema(100),
  idNumber: idNumberSchema.optional(),
  phone: mobileSchema.optional(),
  agentKind: z.enum(['lawyer', 'legalWorker', 'other']).default('other'),
  authorisationLetterAttachmentId: idSchema.nullish(),
});
export type AgentInput = z.infer<typeof agentSchema>;

export const actSchema = z.strictObject({
  kind: actKindSchema,
  documentNo: textSchema(100).optional(),
  madeOn: localDateSchema,
  learnedOn: localDateSchema,
  /** Whether the act stated the right to apply, the body and the time limit (第二十条第三款). */
  rightsStated: z.boolean(),
  learnedOfRightsOn: localDateSchema.optional(),
  involvesRealProperty: z.boolean().default(false),
  onTheSpot: z.boolean().default(false),
  warningOrCriticism: z.boolean().default(false),
  amountYuan: z.number().nonnegative().max(1e12).optional(),
});

const applicationFields = {
  applicant: applicantSchema,
  agents: z.array(agentSchema).max(10).default([]),
  respondentOrgId: idSchema.optional(),
  respondentName: textSchema(200).optional(),
  act: actSchema,
  requests: textSchema(4000),
  factsAndReasons: textSchema(20000),
  partiesAgreeSimplified: z.boolean().default(false),
};

/** Staff intake (申请笔录 for oral applications; 第三十二条 forwarding by the penalty agency). */
export const intakeBodySchema = z.strictObject({
  ...applicationFields,
  channel: z.enum(['walkIn', 'oral', 'post', 'forwarded']),
  forwardedBy: textSchema(200).optional(),
  forwardedOn: localDateSchema.optional(),
  receivedOn: localDateSchema,
  /** The handling body; the actor's organisation when absent. */
  orgId: idSchema.optional(),
});
export type IntakeBody = z.infer<typeof intakeBodySchema>;

/** Online application by a signed-in citizen (第二十二条第二款): the citizen chooses the body. */
export const citizenApplicationBodySchema = z.strictObject({ ...applicationFields, orgId: idSchema });
export type CitizenApplicationBody = z.infer<typeof citizenApplicationBodySchema>;

export const caseIdParamsSchema = z.object({ id: idSchema });

export const deadlineViewSchema = z.object({
  status: z.enum(['normal', 'dueSoon', 'overdue']),
  remainingWorkdays: z.number(),
  remainingDays: z.number(),
  overdueWorkdays: z.number(),
  provisional: z.boolean(),
});
export type DeadlineView = z.infer<typeof deadlineViewSchema>;

export const caseListQuerySchema = z.object({
  state: caseStateSchema.optional(),
  procedure: procedureSchema.optional(),
  actKind: actKindSchema.optional(),
  late: z.enum(['true', 'false']).optional(),
  deadline: z.enum(['overdue', 'dueSoon']).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  orgId: idSchema.optional(),
  respondentOrgId: idSchema.optional(),
  receivedFrom: localDateSchema.optional(),
  receivedTo: localDateSchema.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseListItemSchema = z.object({
  id: z.string(),
  caseNumber: z.string().nullable(),
  applicantName: z.string(),
  respondentName: z.string(),
  orgId: z.string(),
  actKind: z.string(),
  actKindLabel: label,
  state: z.string(),
  stateLabel: label,
  procedure: z.string().nullable(),
  receivedOn: z.string(),
  decisionDueOn: z.string().nullable(),
  deadline: deadlineViewSchema.nullable(),
  late: z.boolean(),
});
export const casePageSchema = pageSchema(caseListItemSchema);
export type CaseListItem = z.infer<typeof caseListItemSchema>;

export const timerViewSchema = z.object({
  key: z.string(),
  label: label,
  state: z.string(),
  startDate: z.string(),
  dueDate: z.string(),
  status: z.enum(['open', 'closed', 'suspended']),
  deadline: deadlineViewSchema.nullable(),
  suspensions: z.array(z.object({ kind: z.string(), from: z.string(), to: z.string().nullable() })),
  extensions: z.array(z.object({ amount: z.number(), unit: z.string(), approvedOn: z.string() })),
  explanation: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
});
export type TimerView = z.infer<typeof timerViewSchema>;

export const timelinessViewSchema = z.object({
  timely: z.boolean(),
  provisional: z.boolean(),
  lastDay: z.string(),
  binding: z.string(),
  checks: z.array(
    z.object({
      key: z.string(),
      lastDay: z.string(),
      timely: z.boolean(),
      legalBasis: z.string(),
      explanation: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
    }),
  ),
  notes: z.array(label),
});
export type TimelinessView = z.infer<typeof timelinessViewSchema>;

export const correctionViewSchema = z.object({
  id: z.string(),
  items: z.array(z.string()),
  noticeOn: z.string(),
  dueOn: z.string(),
  extendedTo: z.string().nullable(),
  correctedOn: z.string().nullable(),
  response: z.string().nullable(),
  status: z.enum(['open', 'corrected', 'abandoned']),
});
export type CorrectionView = z.infer<typeof correctionViewSchema>;

/** The case's documents and their service (common contract). */
export const caseDocumentViewSchema = issuedDocumentViewSchema;
export const serviceViewSchema = documentServiceViewSchema;

export const caseAbilitiesSchema = z.object({
  canAccept: z.boolean(),
  canReject: z.boolean(),
  canRequestCorrection: z.boolean(),
  canExtendCorrection: z.boolean(),
  canRecordCorrection: z.boolean(),
  canReveal: z.boolean(),
  canUpload: z.boolean(),
});
export type CaseAbilities = z.infer<typeof caseAbilitiesSchema>;

const masked = z.object({ masked: z.string().nullable(), revealable: z.boolean() });

export const caseDetailSchema = caseListItemSchema.extend({
  version: z.number(),
  orgName: z.string(),
  regionCode: z.string(),
  channel: z.string(),
  channelLabel: label,
  applicant: z.object({
    kind: z.string(),
    name: z.string(),
    idNumber: masked,
    phone: masked,
    address: masked,
    /** 法定代表人 of an organisation applicant. */
    representative: z.string().nullable(),
    citizenAccount: z.boolean(),
  }),
  agents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      agentKind: z.string().nullable(),
      idNumberMasked: z.string().nullable(),
      phoneMasked: z.string().nullable(),
      authorisationAttachmentId: z.string().nullable(),
    }),
  ),
  respondentOrgId: z.string().nullable(),
  act: z.object({
    kind: z.string(),
    documentNo: z.string().nullable(),
    madeOn: z.string(),
    learnedOn: z.string(),
    rightsStated: z.boolean(),
    learnedOfRightsOn: z.string().nullable(),
    involvesRealProperty: z.boolean(),
    onTheSpot: z.boolean(),
    warningOrCriticism: z.boolean(),
    amountYuan: z.number().nullable(),
  }),
  requests: z.string(),
  factsAndReasons: z.string(),
  partiesAgreeSimplified: z.boolean(),
  timeliness: timelinessViewSchema.nullable(),
  proposedProcedure: z.object({ procedure: z.string(), reasons: z.array(articleLabel), handlerMustConfirm: articleLabel.nullable() }),
  handlerId: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  deemedAccepted: z.boolean(),
  rejectionReason: z.string().nullable(),
  closedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  timers: z.array(timerViewSchema),
  corrections: z.array(correctionViewSchema),
  documents: z.array(caseDocumentViewSchema),
  services: z.array(serviceViewSchema),
  abilities: caseAbilitiesSchema,
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const acceptBodySchema = z.strictObject({
  procedure: procedureSchema,
  handlerId: idSchema.optional(),
  version: z.number().int().optional(),
});
export const rejectBodySchema = z.strictObject({
  kind: rejectionKindSchema,
  reason: textSchema(4000),
  /** The body with jurisdiction (告知书, notJurisdiction). */
  competentBody: textSchema(200).optional(),
});
export const correctionNoticeBodySchema = z.strictObject({ items: z.array(textSchema(500)).max(50) });
export const correctionExtensionBodySchema = z.strictObject({
  extendTo: localDateSchema.optional(),
  days: z.number().int().min(1).max(60).optional(),
  reason: textSchema(1000),
});
export const correctionRecordBodySchema = z.strictObject({ response: textSchema(4000), receivedOn: localDateSchema });
export const citizenCorrectionBodySchema = z.strictObject({ response: textSchema(4000) });

/** Public lists for the online application form. */
export const bodyListSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), typeLabel: label })),
});
export const respondentQuerySchema = z.object({ q: z.string().trim().max(50).optional() });
export const respondentListSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
