import { z } from 'zod';
import { documentServiceViewSchema, issuedDocumentViewSchema } from '@tianping/common/contract/issued-documents';
import { pageSchema } from '@tianping/common/validation/schemas';

/**
 * Response schemas of people's mediation cases: the workbench list and detail (parties masked,
 * consent, time target with the engine's explanation, abilities, documents) and the portal views.
 */

const label = z.object({ zh: z.string(), en: z.string() });
const articleLabel = label.extend({ article: z.string().optional() });

export const deadlineViewSchema = z.object({
  status: z.enum(['normal', 'dueSoon', 'overdue']),
  remainingWorkdays: z.number(),
  remainingDays: z.number(),
  overdueWorkdays: z.number(),
  provisional: z.boolean(),
});
export type DeadlineView = z.infer<typeof deadlineViewSchema>;

export const caseListItemSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  /** The parties' names, "申请人 与 被申请人". */
  partiesSummary: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  kind: z.string(),
  kindLabel: label,
  source: z.string(),
  sourceLabel: articleLabel,
  state: z.string(),
  stateLabel: articleLabel,
  receivedOn: z.string(),
  acceptedOn: z.string().nullable(),
  mediatorId: z.string().nullable(),
  targetDueOn: z.string().nullable(),
  deadline: deadlineViewSchema.nullable(),
  riskLevel: z.string(),
  closedOn: z.string().nullable(),
});
export type CaseListItem = z.infer<typeof caseListItemSchema>;
export const casePageSchema = pageSchema(caseListItemSchema);

export const timerViewSchema = z.object({
  key: z.string(),
  label: label,
  state: z.string(),
  startDate: z.string(),
  dueDate: z.string(),
  status: z.enum(['open', 'closed', 'suspended']),
  deadline: deadlineViewSchema.nullable(),
  explanation: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  /** The target is a local rule (人民调解法 sets no period): always true for `target`. */
  localRule: z.boolean(),
});
export type TimerView = z.infer<typeof timerViewSchema>;

const masked = z.object({ masked: z.string().nullable(), revealable: z.boolean() });

export const partyViewSchema = z.object({
  id: z.string(),
  role: z.string(),
  roleLabel: label,
  kind: z.string(),
  name: z.string(),
  gender: z.string().nullable(),
  idNumber: masked,
  phone: masked,
  address: masked,
  citizenAccount: z.boolean(),
  consent: z.string(),
  consentLabel: articleLabel,
  consentWay: z.string().nullable(),
  consentAt: z.string().nullable(),
  refusalReason: z.string().nullable(),
  chosenMediatorId: z.string().nullable(),
});
export type PartyView = z.infer<typeof partyViewSchema>;

export const mediatorRefSchema = z.object({ id: z.string(), name: z.string() });

export const recusalViewSchema = z.object({
  id: z.string(),
  mediatorId: z.string(),
  mediatorName: z.string(),
  reason: z.string(),
  requestedBy: z.string(),
  recordedOn: z.string(),
});

/** The case's documents and their service (common contract). */
export const caseDocumentViewSchema = issuedDocumentViewSchema;
export const serviceViewSchema = documentServiceViewSchema;

export const caseAbilitiesSchema = z.object({
  canAccept: z.boolean(),
  canDecline: z.boolean(),
  canDesignate: z.boolean(),
  canRecuse: z.boolean(),
  canRecordConsent: z.boolean(),
  canReveal: z.boolean(),
  canUpload: z.boolean(),
  /** Open and in `mediating`: sessions, agreements, outcomes (MC). */
  canHandle: z.boolean(),
});
export type CaseAbilities = z.infer<typeof caseAbilitiesSchema>;

export const caseDetailSchema = caseListItemSchema.extend({
  version: z.number(),
  regionCode: z.string(),
  facts: z.string(),
  amountYuan: z.number().nullable(),
  referrerName: z.string().nullable(),
  referrerId: z.string().nullable(),
  externalRef: z.string().nullable(),
  incidentRegionCode: z.string().nullable(),
  mediator: mediatorRefSchema.nullable(),
  mediatorChosenByParties: z.boolean(),
  targetDays: z.number().nullable(),
  outcome: z.string().nullable(),
  outcomeLabel: articleLabel.nullable(),
  closingReason: z.string().nullable(),
  riskReportedToPolice: z.boolean(),
  publicSession: z.boolean(),
  linkedCaseId: z.string().nullable(),
  parties: z.array(partyViewSchema),
  /** 第十七条: every party consents → mediating; a clear refusal → refused. */
  consentSummary: z.object({ given: z.number(), refused: z.number(), pending: z.number() }),
  recusals: z.array(recusalViewSchema),
  timers: z.array(timerViewSchema),
  documents: z.array(caseDocumentViewSchema),
  services: z.array(serviceViewSchema),
  abilities: caseAbilitiesSchema,
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** Portal: the citizen's own cases and one case (their own party row answers consent). */
export const citizenCaseItemSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  orgName: z.string(),
  kindLabel: label,
  state: z.string(),
  stateLabel: articleLabel,
  receivedOn: z.string(),
  closedOn: z.string().nullable(),
});
export const citizenCaseListSchema = z.object({ items: z.array(citizenCaseItemSchema) });

export const citizenPartyViewSchema = z.object({
  id: z.string(),
  role: z.string(),
  roleLabel: label,
  name: z.string(),
  consent: z.string(),
  consentLabel: articleLabel,
  /** This party row is the signed-in citizen: they may answer for it. */
  isMe: z.boolean(),
});

export const citizenCaseDetailSchema = citizenCaseItemSchema.extend({
  facts: z.string(),
  sourceLabel: articleLabel,
  acceptedOn: z.string().nullable(),
  mediatorName: z.string().nullable(),
  targetDueOn: z.string().nullable(),
  outcome: z.string().nullable(),
  outcomeLabel: articleLabel.nullable(),
  closingReason: z.string().nullable(),
  parties: z.array(citizenPartyViewSchema),
  documents: z.array(z.object({ id: z.string(), fileName: z.string(), createdAt: z.string(), serviceId: z.string().nullable() })),
  abilities: z.object({ canConsent: z.boolean(), canUpload: z.boolean() }),
});
export type CitizenCaseDetail = z.infer<typeof citizenCaseDetailSchema>;

export const committeeOptionSchema = z.object({
  id: z.string(),
  name: z.string(),
  regionCode: z.string(),
  type: z.string(),
});
export const committeeOptionListSchema = z.object({ items: z.array(committeeOptionSchema), proposedId: z.string().nullable() });

export const targetSettingsViewSchema = z.object({
  defaultDays: z.number(),
  bySource: z.record(z.string(), z.number()),
  byKind: z.record(z.string(), z.number()),
  /** 人民调解法 sets no period: these are local targets (劳动争议调解仲裁法 第十四条 for labour disputes). */
  note: label,
  updatedAt: z.string().nullable(),
});
export type TargetSettingsView = z.infer<typeof targetSettingsViewSchema>;
