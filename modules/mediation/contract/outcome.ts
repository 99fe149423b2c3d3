import { z } from 'zod';
import { idSchema, localDateSchema } from '@tianping/common/validation/schemas';

/**
 * Outcomes of a mediation case (人民调解法 第二十六条、第二十八条至第三十三条; 民事诉讼法 第二百零五、
 * 二百零六条): the written or oral agreement, failure and withdrawal, and judicial confirmation.
 * Requests of /api/mediation/cases/:id/… and the parts of the handling view they produce.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
export const labelSchema = z.object({ zh: z.string(), en: z.string(), article: z.string().optional() });

export const signatureWays = ['signature', 'seal', 'fingerprint'] as const;
export const signatureWaySchema = z.enum(signatureWays);

/** 第二十九条第一款: the contents every written agreement states (blank → MED_AGREEMENT_CONTENTS_MISSING). */
const contentsShape = {
  reachedOn: localDateSchema,
  facts: z.string().trim().max(10000),
  disputedMatters: z.string().trim().max(5000),
  responsibilities: z.string().trim().max(5000),
  terms: z.string().trim().max(10000),
  performanceManner: z.string().trim().max(2000),
};

export const writtenAgreementSchema = z.strictObject({
  form: z.literal('written'),
  ...contentsShape,
  performanceDueOn: localDateSchema.nullish(),
  signatures: z
    .array(z.strictObject({ partyId: idSchema, signedOn: localDateSchema, way: signatureWaySchema }))
    .max(50)
    .default([]),
  mediatorSignature: z.strictObject({ name: text(100), signedOn: localDateSchema, committeeSeal: z.boolean() }).nullish(),
});

/** 第三十条: the mediator records the oral agreement; effective the day it is reached. */
export const oralAgreementSchema = z.strictObject({
  form: z.literal('oral'),
  reachedOn: localDateSchema,
  facts: text(10000),
  disputedMatters: optionalText(5000),
  responsibilities: optionalText(5000),
  terms: text(10000),
  performanceManner: text(2000),
  performanceDueOn: localDateSchema.nullish(),
  mediatorName: text(100),
});

/** The 调解协议书 printed for signing (第二十九条第一款 contents checked; not effective, not served). */
export const agreementDraftSchema = writtenAgreementSchema.omit({ form: true, signatures: true, mediatorSignature: true });
export const agreementDraftViewSchema = z.object({ attachmentId: idSchema });

export const recordAgreementSchema = z.discriminatedUnion('form', [writtenAgreementSchema, oralAgreementSchema]);
export type RecordAgreementInput = z.infer<typeof recordAgreementSchema>;

/** 第二十六条: mediation fails — the parties are told of arbitration, administrative and judicial channels. */
export const failMediationSchema = z.strictObject({ reason: text(2000), closedOn: localDateSchema.optional() });
/** 第二十三条: a party ends mediation (撤回 / 要求终止调解). */
export const withdrawMediationSchema = z.strictObject({
  reason: text(2000),
  partyId: idSchema.optional(),
  closedOn: localDateSchema.optional(),
});

export const courtBases = ['referringCourt', 'committeeLocation', 'partyDomicile', 'objectLocation'] as const;
export const courtBasisSchema = z.enum(courtBases);
export const courtBasisLabels = {
  referringCourt: { zh: '委托调解的人民法院', en: 'The court that referred the dispute', article: '民事诉讼法 第二百零五条第（一）项' },
  committeeLocation: {
    zh: '调解组织所在地基层人民法院',
    en: 'Basic court of the committee’s location',
    article: '民事诉讼法 第二百零五条第（二）项',
  },
  partyDomicile: { zh: '当事人住所地基层人民法院', en: 'Basic court of a party’s domicile', article: '民事诉讼法 第二百零五条第（二）项' },
  objectLocation: {
    zh: '标的物所在地基层人民法院',
    en: 'Basic court of the object’s location',
    article: '民事诉讼法 第二百零五条第（二）项',
  },
} as const;

/** 第三十三条: the joint application, prepared for the competent court. */
export const applyConfirmationSchema = z.strictObject({
  appliedOn: localDateSchema,
  applicantPartyIds: z.array(idSchema).min(1).max(50),
  /** A court of the referrers registry, or its name typed freely. */
  courtReferrerId: idSchema.optional(),
  courtName: z.string().trim().min(1).max(200).optional(),
  courtBasis: courtBasisSchema.exclude(['referringCourt']).optional(),
});

/** 民事诉讼法 第二百零五条: the court accepts (立案) or does not accept the application. */
export const courtAcceptanceSchema = z.strictObject({
  accepted: z.boolean(),
  acceptedOn: localDateSchema,
  courtCaseNumber: optionalText(100),
  note: optionalText(2000),
});

/** 民事诉讼法 第二百零六条: the ruling — confirmed valid, or rejected. */
export const courtRulingSchema = z.strictObject({
  ruling: z.enum(['confirmed', 'rejected']),
  rulingOn: localDateSchema,
  rulingNumber: text(100),
  note: optionalText(2000),
});

export const confirmationParamsSchema = z.strictObject({ id: idSchema, confirmationId: idSchema });

export const signatureViewSchema = z.object({
  signerKind: z.enum(['party', 'mediator']),
  partyId: idSchema.nullable(),
  name: z.string(),
  signedOn: z.string(),
  way: signatureWaySchema,
  wayLabel: labelSchema,
});

export const agreementViewSchema = z.object({
  id: idSchema,
  form: z.enum(['written', 'oral']),
  formLabel: labelSchema,
  facts: z.string(),
  disputedMatters: z.string(),
  responsibilities: z.string(),
  terms: z.string(),
  performanceManner: z.string(),
  performanceDueOn: z.string().nullable(),
  reachedOn: z.string(),
  effectiveOn: z.string(),
  copies: z.number().int(),
  mediatorName: z.string(),
  signatures: z.array(signatureViewSchema),
  documentAttachmentId: idSchema.nullable(),
});
export type AgreementView = z.infer<typeof agreementViewSchema>;

export const outcomeViewSchema = z.object({
  kind: z.enum(['failed', 'withdrawn']),
  reason: z.string(),
  closedOn: z.string(),
  noticeAttachmentId: idSchema.nullable(),
  label: labelSchema,
});

export const confirmationViewSchema = z.object({
  id: idSchema,
  courtName: z.string(),
  courtReferrerId: idSchema.nullable(),
  courtBasis: courtBasisSchema,
  courtBasisLabel: labelSchema,
  appliedOn: z.string(),
  applicantPartyIds: z.array(idSchema),
  status: z.enum(['applied', 'accepted', 'notAccepted', 'confirmed', 'rejected']),
  statusLabel: labelSchema,
  acceptedOn: z.string().nullable(),
  courtCaseNumber: z.string().nullable(),
  rulingOn: z.string().nullable(),
  rulingNumber: z.string().nullable(),
  rulingNote: z.string().nullable(),
  consequence: labelSchema.nullable(),
  documentAttachmentId: idSchema.nullable(),
});
export type ConfirmationView = z.infer<typeof confirmationViewSchema>;

/** What the detail offers while the 30-day window runs (第三十三条), with the engine's explanation. */
export const confirmationWindowViewSchema = z.object({
  effectiveOn: z.string(),
  lastDay: z.string(),
  open: z.boolean(),
  daysLeft: z.number().int(),
  explanation: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  /** The court the application goes to when it is fixed (a court referral), else null (staff choose). */
  fixedCourt: z.string().nullable(),
  legalBasis: z.string(),
});

/** Local rule: how many days before the last day of the window the mediator is reminded (1–29). */
export const reminderSettingsSchema = z.strictObject({ daysBefore: z.number().int().min(1).max(29) });
export const reminderSettingsViewSchema = z.object({
  daysBefore: z.number().int(),
  note: z.object({ zh: z.string(), en: z.string() }),
  updatedAt: z.string().nullable(),
});
export type ReminderSettingsView = z.infer<typeof reminderSettingsViewSchema>;
