import { z } from 'zod';
import { issuedDocumentViewSchema } from '@tianping/common/contract/issued-documents';
import { idSchema, localDateSchema, pageSchema, textSchema } from '@tianping/common/validation/schemas';
import { eligibilityResultSchema } from './application';
import { caseOriginSchema, caseStateSchema, denialReasonSchema, matterKindSchema } from './enums';

/**
 * The workbench list and detail of aid cases, the review steps (第四十三条: grant, deny with written
 * reasons, one request for missing materials), the transfer (第三十八条) and the citizen's view.
 */

const label = z.object({ zh: z.string(), en: z.string() });
const articleLabel = label.extend({ article: z.string().optional() });

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
  origin: caseOriginSchema.optional(),
  matterKind: matterKindSchema.optional(),
  deadline: z.enum(['overdue', 'dueSoon']).optional(),
  urgent: z.enum(['true', 'false']).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  orgId: idSchema.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseListItemSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  applicantName: z.string(),
  orgId: z.string(),
  origin: z.string(),
  originLabel: label,
  matterKind: z.string(),
  matterKindLabel: articleLabel,
  state: z.string(),
  stateLabel: label,
  receivedOn: z.string(),
  /** The running clock: review (received), assignment (granted); null otherwise. */
  dueOn: z.string().nullable(),
  deadline: deadlineViewSchema.nullable(),
  urgent: z.boolean(),
  forwardedLate: z.boolean(),
  assigneeProviderId: z.string().nullable(),
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
  explanation: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
});
export type TimerView = z.infer<typeof timerViewSchema>;

const masked = z.object({ masked: z.string().nullable(), revealable: z.boolean() });
export const partyViewSchema = z.object({
  id: z.string(),
  role: z.string(),
  roleLabel: label,
  name: z.string(),
  idNumber: masked,
  phone: masked,
  address: masked,
  note: z.string().nullable(),
});
export type PartyView = z.infer<typeof partyViewSchema>;

export const materialRequestViewSchema = z.object({
  id: z.string(),
  items: z.array(z.string()),
  requestedOn: z.string(),
  dueOn: z.string(),
  status: z.enum(['pending', 'answered', 'lapsed']),
  answeredOn: z.string().nullable(),
  answer: z.string().nullable(),
  attachmentIds: z.array(z.string()),
});
export type MaterialRequestView = z.infer<typeof materialRequestViewSchema>;

/** The case's documents (common contract, without the document version). */
export const caseDocumentViewSchema = issuedDocumentViewSchema.omit({ documentVersion: true });

export const caseAbilitiesSchema = z.object({
  canGrant: z.boolean(),
  canDeny: z.boolean(),
  canRequestMaterials: z.boolean(),
  canRecordMaterials: z.boolean(),
  canTransfer: z.boolean(),
  canCompletePaperwork: z.boolean(),
  canVerifyHardship: z.boolean(),
  /** 第二十六条: the grant may state that the charge may carry life or death (criminal defence under review). */
  canSetLifeOrDeath: z.boolean(),
  canAssign: z.boolean(),
  canReveal: z.boolean(),
  canUpload: z.boolean(),
});
export type CaseAbilities = z.infer<typeof caseAbilitiesSchema>;

export const jurisdictionViewSchema = z.object({
  competent: z.boolean(),
  suggestedCentres: z.array(z.object({ id: z.string(), name: z.string(), regionCode: z.string() })),
  explanation: label,
  article: z.string(),
});

export const caseDetailSchema = caseListItemSchema.extend({
  version: z.number(),
  orgName: z.string(),
  regionCode: z.string(),
  matterSummary: z.string(),
  litigation: z.boolean(),
  authorityName: z.string().nullable(),
  authorityRegionCode: z.string().nullable(),
  eventRegionCode: z.string().nullable(),
  forwarding: z
    .object({
      forwardedBy: z.string().nullable(),
      forwarderKind: z.string().nullable(),
      forwarderReceivedAt: z.string().nullable(),
      forwardedAt: z.string().nullable(),
      late: z.boolean(),
      explanation: label,
    })
    .nullable(),
  exemption: z.string(),
  exemptionLabel: articleLabel,
  exemptionProof: z.string().nullable(),
  householdSize: z.number().nullable(),
  monthlyIncomeYuan: z.number().nullable(),
  hardshipCheck: z.string(),
  hardshipCheckLabel: articleLabel,
  hardshipVerification: z.unknown().nullable(),
  eligibility: eligibilityResultSchema.nullable(),
  jurisdiction: jurisdictionViewSchema.nullable(),
  mayCarryLifeOrDeath: z.boolean(),
  urgentGround: z.string().nullable(),
  urgentReason: z.string().nullable(),
  paperworkCompletedOn: z.string().nullable(),
  reviewDueOn: z.string().nullable(),
  assignDueOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decisionReasonKind: z.string().nullable(),
  decisionReason: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  assignedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  transferredToCaseId: z.string().nullable(),
  transferredFromCaseId: z.string().nullable(),
  citizenAccount: z.boolean(),
  parties: z.array(partyViewSchema),
  notice: z
    .object({
      senderName: z.string(),
      senderKind: z.string(),
      documentNo: z.string(),
      senderCaseNumber: z.string().nullable(),
      stage: z.string(),
      issuedOn: z.string(),
      receivedAt: z.string(),
      repliedAt: z.string().nullable(),
    })
    .nullable(),
  materialRequest: materialRequestViewSchema.nullable(),
  timers: z.array(timerViewSchema),
  documents: z.array(caseDocumentViewSchema),
  abilities: caseAbilitiesSchema,
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** Grant (第四十三条). When the pre-check found the conditions unmet, `reason` says why aid is given anyway. */
export const grantBodySchema = z.strictObject({
  reason: textSchema(2000).optional(),
  /** 第二十六条 (criminal defence only): the charge may carry life or death; absent → unchanged since intake. */
  mayCarryLifeOrDeath: z.boolean().optional(),
});
/** Deny with written reasons (第四十三条第一款); the 不予法律援助决定书 names the objection right (第四十九条). */
export const denyBodySchema = z.strictObject({ reasonKind: denialReasonSchema, reason: textSchema(4000) });
/** 补充材料通知 (第四十三条第二款): every item at once, with the date to answer by. */
export const materialsRequestBodySchema = z.strictObject({
  items: z.array(textSchema(500)).max(30),
  dueOn: localDateSchema,
});
/** The answer: an explanation and/or files already uploaded to the case (owner `aidCase`). */
export const materialsAnswerBodySchema = z.strictObject({
  answer: textSchema(4000).optional(),
  attachmentIds: z.array(idSchema).max(30).default([]),
});
export type MaterialsAnswerBody = z.infer<typeof materialsAnswerBodySchema>;
/** 第三十八条: transfer to the competent centre (the applicant is told). */
export const transferBodySchema = z.strictObject({ targetOrgId: idSchema, reason: textSchema(2000) });
export const paperworkBodySchema = z.strictObject({ note: textSchema(1000).optional() });

/** The citizen's view of their own case: state, deadlines, documents served. */
export const citizenCaseSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  orgName: z.string(),
  matterKind: z.string(),
  matterKindLabel: articleLabel,
  state: z.string(),
  stateLabel: label,
  receivedOn: z.string(),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  eligibility: eligibilityResultSchema.nullable(),
  deadlines: z.array(z.object({ key: z.string(), label: label, dueDate: z.string(), status: z.string(), explanation: label })),
  materialRequest: materialRequestViewSchema.nullable(),
  documents: z.array(caseDocumentViewSchema),
  canUploadMaterials: z.boolean(),
  canWithdraw: z.boolean(),
  transferredToOrgName: z.string().nullable(),
});
export type CitizenCase = z.infer<typeof citizenCaseSchema>;
export const citizenCaseListSchema = z.object({
  items: z.array(
    citizenCaseSchema.pick({
      id: true,
      caseNumber: true,
      orgName: true,
      matterKindLabel: true,
      state: true,
      stateLabel: true,
      receivedOn: true,
    }),
  ),
});
