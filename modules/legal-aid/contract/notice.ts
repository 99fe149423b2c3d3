import { z } from 'zod';
import { idSchema, localDateSchema, textSchema } from '@tianping/common/validation/schemas';
import { noticeSenderKindSchema } from './enums';

/**
 * Mandatory-defence notices (通知辩护、通知代理, 法律援助法 第二十五、二十八、三十六条): courts,
 * procuratorates and police send them with an API token holding `legalAid.notice.submit` (the sender is
 * the token's organisation); staff may enter paper notices. A notice starts in `granted`, never passes
 * the hardship review, and is assigned within 3 days; the reply is the assigned lawyer.
 */

export const noticeStages = [
  'investigation',
  'prosecutionReview',
  'trial',
  'secondInstance',
  'deathReview',
  'compulsoryTreatment',
] as const;
export const noticeStageSchema = z.enum(noticeStages);
export const noticeStageLabels: Record<(typeof noticeStages)[number], { zh: string; en: string }> = {
  investigation: { zh: '侦查阶段', en: 'Investigation' },
  prosecutionReview: { zh: '审查起诉阶段', en: 'Prosecution review' },
  trial: { zh: '一审', en: 'First instance' },
  secondInstance: { zh: '二审', en: 'Second instance' },
  deathReview: { zh: '死刑复核', en: 'Death-sentence review' },
  compulsoryTreatment: { zh: '强制医疗程序', en: 'Compulsory-treatment proceedings' },
};

export const noticeBodySchema = z.strictObject({
  /** The notice ground (a `notice*` matter kind, 第二十五条 / 第二十八条). */
  ground: z.enum([
    'noticeMinor',
    'noticeDisabled',
    'noticeIncapacitated',
    'noticeLifeOrDeath',
    'noticeDeathReview',
    'noticeAbsentia',
    'noticeOtherByLaw',
    'noticeOrdinaryProcedure',
    'noticeCompulsoryTreatment',
  ]),
  /** Court, procuratorate or police organ: the token's organisation is the sender. */
  senderKind: noticeSenderKindSchema,
  documentNo: textSchema(100),
  senderCaseNumber: textSchema(100).optional(),
  stage: noticeStageSchema,
  issuedOn: localDateSchema,
  /** The suspect, defendant or respondent to defend. */
  defendant: z.strictObject({
    name: textSchema(100),
    idNumber: z.string().trim().max(40).optional(),
    detentionPlace: textSchema(200).optional(),
  }),
  charge: textSchema(500),
  /** Victims or other opposing parties, for the conflict check. */
  opponents: z
    .array(z.strictObject({ name: textSchema(200), idNumber: z.string().trim().max(40).optional() }))
    .max(20)
    .default([]),
  contactName: textSchema(100).optional(),
  contactPhone: z.string().trim().max(40).optional(),
  /** The legal aid centre notified; by default the centre of the sender's district (第三十六条). */
  centreOrgId: idSchema.optional(),
});
export type NoticeBody = z.infer<typeof noticeBodySchema>;

/** Staff entering a paper notice also name the sender. */
export const paperNoticeBodySchema = noticeBodySchema.extend({
  senderName: textSchema(200),
  senderOrgId: idSchema.optional(),
});
export type PaperNoticeBody = z.infer<typeof paperNoticeBodySchema>;

export const noticeViewSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  centreName: z.string(),
  ground: z.string(),
  groundLabel: z.object({ zh: z.string(), en: z.string(), article: z.string().optional() }),
  documentNo: z.string(),
  senderName: z.string(),
  stage: z.string(),
  issuedOn: z.string(),
  receivedAt: z.string(),
  state: z.string(),
  stateLabel: z.object({ zh: z.string(), en: z.string() }),
  /** 第三十六条: the centre assigns within 3 days of receipt. */
  assignDueOn: z.string().nullable(),
  /** The reply: the assigned lawyer (null until assigned). */
  assignedLawyer: z
    .object({ name: z.string(), phone: z.string().nullable(), firmName: z.string().nullable(), assignedOn: z.string() })
    .nullable(),
});
export type NoticeView = z.infer<typeof noticeViewSchema>;
export const noticeListSchema = z.object({ items: z.array(noticeViewSchema), total: z.number() });
export const noticeListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
