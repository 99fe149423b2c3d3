import { z } from 'zod';
import { deadlineStatusKinds } from '@tianping/common/contract/workflow';
import { idSchema, localDateSchema, pageQuerySchema, pageSchema, textSchema } from '@tianping/common/validation/schemas';
import { approvalStepSchema, decisionTypeSchema } from './decision-enums';
import { actKindSchema, procedureSchema } from './enums';

/**
 * Requests and views of the decision stage (行政复议法 2023): the decision clock and its extension
 * (第六十二条), drafts and the approval chain (第六十一条), issuing the decision (第六十三–七十五条),
 * opinion and suggestion letters (第七十六条) and publication (第七十九条).
 */

export const caseIdParamsSchema = z.object({ id: idSchema });
export const draftParamsSchema = z.object({ id: idSchema, draftId: idSchema });
export const letterParamsSchema = z.object({ id: idSchema, letterId: idSchema });

/** 第六十二条第一款: approved by the head of the reconsideration office, at most 30 days in total. */
export const extensionInputSchema = z.object({
  /** Days added by this extension; the total over all extensions may not pass 30 (checked by the domain). */
  days: z.number().int(),
  reason: textSchema(1000),
  approvedOn: localDateSchema,
});
export type ExtensionInput = z.infer<typeof extensionInputSchema>;

export const approvalRoutes = ['authorityHead', 'collective'] as const;
export const approvalRouteSchema = z.enum(approvalRoutes);
export type ApprovalRoute = z.infer<typeof approvalRouteSchema>;

export const draftStatuses = ['draft', 'submitted', 'officeApproved', 'approved', 'returned', 'issued'] as const;
export const draftStatusSchema = z.enum(draftStatuses);
export type DraftStatus = z.infer<typeof draftStatusSchema>;

export const draftInputSchema = z.object({
  decisionType: decisionTypeSchema,
  withCompensation: z.boolean().default(false),
  /** 决定理由 (the authority's findings and reasons). */
  reasoning: textSchema(20000),
  /** What the operative part adds to the type's wording: the altered content, the period to redo or perform. */
  operativeDetails: textSchema(2000).optional(),
  approvalRoute: approvalRouteSchema,
});
export type DraftInput = z.infer<typeof draftInputSchema>;

export const draftPatchSchema = draftInputSchema.partial().extend({ version: z.number().int().min(1) });
export type DraftPatch = z.infer<typeof draftPatchSchema>;

export const approvalVerdicts = ['approve', 'return'] as const;
export const approvalInputSchema = z.object({
  step: z.enum(['officeHead', 'authorityHead', 'collective']),
  verdict: z.enum(approvalVerdicts),
  comment: textSchema(2000).optional(),
});
export type ApprovalInput = z.infer<typeof approvalInputSchema>;

export const issueInputSchema = z.object({ issuedOn: localDateSchema });
export type IssueInput = z.infer<typeof issueInputSchema>;

export const letterKinds = ['opinion', 'suggestion'] as const;
export const letterKindSchema = z.enum(letterKinds);
export type LetterKind = z.infer<typeof letterKindSchema>;

export const letterInputSchema = z
  .object({
    /** 意见书 (第七十六条, report within 60 days) or 建议书 (no period). */
    kind: letterKindSchema.default('opinion'),
    recipientOrgId: idSchema.optional(),
    recipientName: textSchema(200).optional(),
    content: textSchema(10000),
    /** Defaults to today. */
    issuedOn: localDateSchema.optional(),
  })
  .refine((v) => v.recipientOrgId !== undefined || v.recipientName !== undefined, {
    message: 'recipientOrgId or recipientName is required',
    path: ['recipientName'],
  });
export type LetterInput = z.infer<typeof letterInputSchema>;

export const letterReportInputSchema = z.object({ reportedOn: localDateSchema, content: textSchema(10000) });
export type LetterReportInput = z.infer<typeof letterReportInputSchema>;

const bilingual = z.object({ zh: z.string(), en: z.string() });
const bilingualLines = z.object({ zh: z.array(z.string()), en: z.array(z.string()) });

export const decisionClockSchema = z.object({
  procedure: procedureSchema,
  acceptedOn: localDateSchema,
  dueOn: localDateSchema,
  extensionDays: z.number().int(),
  /** Days still available for extension (0 for the simplified procedure). */
  extensionDaysLeft: z.number().int(),
  extensions: z.array(z.object({ days: z.number().int(), approvedOn: localDateSchema })),
  /** `open` while running, `suspended` during 中止, `closed` once decided or ended. */
  timerStatus: z.enum(['open', 'suspended', 'closed']),
  status: z.enum(deadlineStatusKinds),
  remainingDays: z.number().int(),
  /** The engine's derivation of the due date (common/calendar `explain`). */
  explanation: bilingualLines,
  article: z.string(),
  /** Whether suspension time is excluded, and that the law is silent on it. */
  suspensionRule: bilingual,
});
export type DecisionClock = z.infer<typeof decisionClockSchema>;

export const approvalViewSchema = z.object({
  step: approvalStepSchema,
  stepLabel: bilingual,
  verdict: z.enum(approvalVerdicts),
  comment: z.string().nullable(),
  actorName: z.string(),
  at: z.string(),
});

export const draftViewSchema = z.object({
  id: idSchema,
  decisionType: decisionTypeSchema,
  label: bilingual,
  article: z.string(),
  withCompensation: z.boolean(),
  reasoning: z.string(),
  operativeDetails: z.string().nullable(),
  approvalRoute: approvalRouteSchema,
  /** 第六十一条第二款: a hearing was held, so the decision rests on the hearing record. */
  basedOnHearingRecord: z.boolean(),
  status: draftStatusSchema,
  version: z.number().int(),
  /** The approvals of the current round (after the latest submission), oldest first. */
  approvals: z.array(approvalViewSchema),
  /** Every approval ever given, including returned rounds. */
  history: z.array(approvalViewSchema),
  issuedOn: localDateSchema.nullable(),
  published: z.boolean(),
  document: z.object({ attachmentId: idSchema }).nullable(),
});
export type DraftView = z.infer<typeof draftViewSchema>;

export const letterViewSchema = z.object({
  id: idSchema,
  kind: letterKindSchema,
  label: bilingual,
  recipientOrgId: idSchema.nullable(),
  recipientName: z.string(),
  content: z.string(),
  issuedOn: localDateSchema,
  /** 第七十六条: 60 days from receipt; null for suggestion letters. */
  reportDueOn: localDateSchema.nullable(),
  reportedOn: localDateSchema.nullable(),
  reportContent: z.string().nullable(),
  status: z.enum(['none', 'awaitingReport', 'overdue', 'reported']),
  document: z.object({ attachmentId: idSchema }).nullable(),
  canRecordReport: z.boolean(),
});
export type LetterView = z.infer<typeof letterViewSchema>;

export const consultationViewSchema = z.object({
  requestedOn: localDateSchema,
  reason: z.string(),
  opinions: z.array(z.object({ member: z.string(), opinion: z.string() })),
  conclusion: z.string().nullable(),
});

export const decisionAbilitiesSchema = z.object({
  canExtend: z.boolean(),
  canDraft: z.boolean(),
  canEditDraft: z.boolean(),
  canSubmit: z.boolean(),
  canReviewAsOfficeHead: z.boolean(),
  canApproveAsAuthority: z.boolean(),
  canReturn: z.boolean(),
  canIssue: z.boolean(),
  canPublish: z.boolean(),
  canIssueOpinionLetter: z.boolean(),
});
export type DecisionAbilities = z.infer<typeof decisionAbilitiesSchema>;

export const decisionViewSchema = z.object({
  caseId: idSchema,
  caseVersion: z.number().int(),
  state: z.string(),
  decisionClock: decisionClockSchema.nullable(),
  hearingHeld: z.boolean(),
  /** 第六十一条第三款: the committee's opinions are an important reference for the decision. */
  consultations: z.array(consultationViewSchema),
  drafts: z.array(draftViewSchema),
  opinionLetters: z.array(letterViewSchema),
  abilities: decisionAbilitiesSchema,
});
export type DecisionView = z.infer<typeof decisionViewSchema>;

export const publishedQuerySchema = pageQuerySchema.extend({ q: z.string().trim().max(100).optional() });
export type PublishedQuery = z.infer<typeof publishedQuerySchema>;
export const publishedParamsSchema = z.object({ id: idSchema });

export const publishedSummarySchema = z.object({
  id: idSchema,
  caseNumber: z.string().nullable(),
  /** Persons masked (`张某`), organisations shown. */
  applicant: z.string(),
  respondentName: z.string(),
  actKind: actKindSchema,
  actKindLabel: bilingual,
  decisionType: decisionTypeSchema,
  decisionTypeLabel: bilingual,
  issuedOn: localDateSchema,
  publishedOn: localDateSchema,
});
export const publishedPageSchema = pageSchema(publishedSummarySchema);
export const publishedDecisionSchema = publishedSummarySchema.extend({
  issuer: z.string(),
  article: z.string(),
  withCompensation: z.boolean(),
  requests: z.string(),
  reasoning: z.string(),
  operative: z.string(),
});
export type PublishedDecision = z.infer<typeof publishedDecisionSchema>;
