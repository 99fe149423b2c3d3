import { z } from 'zod';
import { idNumberSchema, idSchema, localDateSchema, mobileSchema, regionCodeSchema, textSchema } from '@tianping/common/validation/schemas';
import {
  caseSourceSchema,
  caseStateSchema,
  consentAnswerSchema,
  consentWaySchema,
  disputeKindSchema,
  genderSchema,
  partyRoleSchema,
  staffIntakeSourceSchema,
} from './enums';

/**
 * Request schemas of intake (登记), acceptance (受理 / 不予受理), mediator designation and recusal
 * (第十九条), consent (第十七条), the list, the portal request and the time-target settings of
 * people's mediation. Views are in case.ts.
 */

/** A party of the dispute. ID number, phone and address are personal data (encrypted, masked). */
export const partyInputSchema = z.strictObject({
  role: partyRoleSchema,
  kind: z.enum(['person', 'org']).default('person'),
  name: textSchema(200),
  gender: genderSchema.optional(),
  /** 身份证号码 (person); an organisation's credit code goes in `creditCode`. */
  idNumber: idNumberSchema.optional(),
  creditCode: textSchema(18).optional(),
  phone: mobileSchema.optional(),
  address: textSchema(200).optional(),
  /** 第十九条: the mediator this party chooses (med_mediators.id of the committee). */
  chosenMediatorId: idSchema.optional(),
});
export type PartyInput = z.infer<typeof partyInputSchema>;

const disputeFields = {
  kind: disputeKindSchema,
  title: textSchema(200),
  facts: textSchema(20000),
  amountYuan: z.number().nonnegative().max(1e12).optional(),
  parties: z.array(partyInputSchema).min(2).max(30),
  /** Where the dispute arose (village / street region code): proposes the committee. */
  incidentRegionCode: regionCodeSchema.optional(),
  /** 第二十三条: the parties ask for a public session. */
  publicSession: z.boolean().default(false),
  /** Files uploaded beforehand (owner `medDraft`, id = the draft id). */
  draftId: idSchema.optional(),
};

/**
 * Staff intake: walk-in, 主动调解, a paper referral (court/police/petition/procuratorate: referrer and
 * its reference required), or a dispute handed over by the 12348 hotline / another module.
 */
export const intakeBodySchema = z.strictObject({
  ...disputeFields,
  source: staffIntakeSourceSchema,
  /** The committee (organisation); the actor's organisation when absent. */
  orgId: idSchema.optional(),
  receivedOn: localDateSchema,
  referrerName: textSchema(200).optional(),
  /** MR's referrers registry id, when the referring body is registered. */
  referrerId: idSchema.optional(),
  externalRef: textSchema(100).optional(),
  /** Staff override of a suspected duplicate (MR's check), with the reason. */
  confirmNotDuplicate: z.boolean().optional(),
  notDuplicateReason: textSchema(500).optional(),
});
export type IntakeBody = z.infer<typeof intakeBodySchema>;

/** A citizen's request in the portal (第十七条 申请调解): the committee chosen, or proposed from the region. */
export const citizenRequestBodySchema = z.strictObject({
  ...disputeFields,
  orgId: idSchema.optional(),
});
export type CitizenRequestBody = z.infer<typeof citizenRequestBodySchema>;

export const caseIdParamsSchema = z.object({ id: idSchema });
export const casePartyParamsSchema = z.object({ id: idSchema, partyId: idSchema });

export const caseListQuerySchema = z.object({
  state: caseStateSchema.optional(),
  kind: disputeKindSchema.optional(),
  source: caseSourceSchema.optional(),
  orgId: idSchema.optional(),
  mediatorId: idSchema.optional(),
  deadline: z.enum(['overdue', 'dueSoon']).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  receivedFrom: localDateSchema.optional(),
  receivedTo: localDateSchema.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

/** 受理: the committee designates a mediator, or the parties' chosen one (第十九条). */
export const acceptBodySchema = z.strictObject({
  mediatorId: idSchema.optional(),
  chosenByParties: z.boolean().default(false),
});
export type AcceptBody = z.infer<typeof acceptBodySchema>;

/** 不予受理 with the reason and the other channels named (第十八条). */
export const declineBodySchema = z.strictObject({
  reason: textSchema(2000),
  otherChannels: textSchema(1000).optional(),
});
export type DeclineBody = z.infer<typeof declineBodySchema>;

export const designateBodySchema = z.strictObject({ mediatorId: idSchema, chosenByParties: z.boolean().default(false) });
export type DesignateBody = z.infer<typeof designateBodySchema>;

/** 回避: the designated (or another) mediator steps aside; a new one may be designated at once. */
export const recusalBodySchema = z.strictObject({
  mediatorId: idSchema,
  reason: textSchema(1000),
  requestedBy: z.enum(['mediator', 'party']),
  replacementMediatorId: idSchema.optional(),
});
export type RecusalBody = z.infer<typeof recusalBodySchema>;

/** 第十七条: a party's answer as recorded by staff (written/oral) — the portal records `online`. */
export const consentBodySchema = z.strictObject({
  answer: consentAnswerSchema,
  way: consentWaySchema.exclude(['online']),
  refusalReason: textSchema(1000).optional(),
});
export type ConsentBody = z.infer<typeof consentBodySchema>;
export const citizenConsentBodySchema = z.strictObject({
  answer: consentAnswerSchema,
  refusalReason: textSchema(1000).optional(),
});
export type CitizenConsentBody = z.infer<typeof citizenConsentBodySchema>;

/** Time targets (local rule, days): default, per source, per kind; the kind rule wins over the source rule. */
export const targetSettingsSchema = z.strictObject({
  defaultDays: z.number().int().min(1).max(180),
  bySource: z.partialRecord(caseSourceSchema, z.number().int().min(1).max(180)),
  byKind: z.partialRecord(disputeKindSchema, z.number().int().min(1).max(180)),
});
export type TargetSettings = z.infer<typeof targetSettingsSchema>;

/** The committees a citizen may choose in the portal (by region). */
export const committeeQuerySchema = z.object({ regionCode: regionCodeSchema.optional(), q: z.string().trim().max(50).optional() });
