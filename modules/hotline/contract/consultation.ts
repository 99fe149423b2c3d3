import { z } from 'zod';
import { attachmentSchema } from '@tianping/common/contract/attachments';
import { idSchema, pageQuerySchema, pageSchema, textSchema } from '@tianping/common/validation/schemas';
import type { EnumLabel } from './enums';
import { lawArticleIdsSchema } from './knowledge';
import { lawRefSchema } from './suggest';

/**
 * Online consultation (在线法律咨询): a citizen asks in writing (with attachments), the question
 * enters the city-wide on-duty queue, a lawyer or agent claims and answers it within the
 * configurable SLA in working hours (LOCAL rule, settings `consultationAnswerWorkingHours`), the
 * citizen rates it; a consultation opinion letter (法律咨询意见书) can be generated from the answer
 * and is served to the citizen's portal inbox. Selected, anonymised Q&A become public after review.
 */

export const consultationStates = ['waiting', 'claimed', 'answered', 'rated'] as const;
export const consultationStateSchema = z.enum(consultationStates);
export type ConsultationState = (typeof consultationStates)[number];
export const consultationStateLabels: Readonly<Record<ConsultationState, EnumLabel>> = {
  waiting: { zh: '待解答', en: 'Waiting' },
  claimed: { zh: '解答中', en: 'Being answered' },
  answered: { zh: '已解答', en: 'Answered' },
  rated: { zh: '已评价', en: 'Rated' },
};

export const consultationRatings = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
export const consultationRatingLabels: Readonly<Record<(typeof consultationRatings)[number], EnumLabel>> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  basicallySatisfied: { zh: '基本满意', en: 'Basically satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
};

const label = z.object({ zh: z.string(), en: z.string() });

export const consultationCreateBodySchema = z.strictObject({
  category: z.string().min(1).max(60),
  question: textSchema(4000),
});
export type ConsultationCreateBody = z.infer<typeof consultationCreateBodySchema>;

export const consultationIdParamsSchema = z.object({ id: idSchema });

export const consultationRatingBodySchema = z.strictObject({
  rating: z.enum(consultationRatings),
  comment: z.string().trim().max(500).optional(),
});

export const consultationAnswerBodySchema = z.strictObject({
  answer: textSchema(8000),
  lawArticleIds: lawArticleIdsSchema.default([]),
});
export type ConsultationAnswerBody = z.infer<typeof consultationAnswerBodySchema>;

export const consultationListQuerySchema = pageQuerySchema.extend({
  state: consultationStateSchema.optional(),
  /** `true`: only unanswered consultations past their due time. */
  overdue: z.enum(['true', 'false']).optional(),
  /** `true`: only those I claimed or answered. */
  mine: z.enum(['true', 'false']).optional(),
});
export type ConsultationListQuery = z.infer<typeof consultationListQuerySchema>;

const common = {
  id: z.string(),
  number: z.string(),
  category: z.string(),
  categoryLabel: label,
  question: z.string(),
  state: consultationStateSchema,
  stateLabel: label,
  submittedAt: z.string(),
  /** Answer due (working hours; local rule). */
  dueAt: z.string(),
  /** Unanswered past the due time, or answered after it. */
  overdue: z.boolean(),
  answer: z.string().nullable(),
  lawRefs: z.array(lawRefSchema),
  answeredAt: z.string().nullable(),
  rating: z.enum(consultationRatings).nullable(),
  ratingLabel: label.nullable(),
  ratingComment: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  /** The opinion letter's attachment id, when generated (the citizen finds it in the portal inbox). */
  letterAttachmentId: z.string().nullable(),
};

export const citizenConsultationSchema = z.object({
  ...common,
  /** The centre whose lawyer answered (never the person's name). */
  answeredByCentre: z.string().nullable(),
  slaNote: label,
  abilities: z.object({ attach: z.boolean(), rate: z.boolean() }),
});
export type CitizenConsultation = z.infer<typeof citizenConsultationSchema>;
export const citizenConsultationListSchema = z.object({ items: z.array(citizenConsultationSchema) });

export const staffConsultationSchema = z.object({
  ...common,
  claimedBy: z.string().nullable(),
  claimedByName: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredByName: z.string().nullable(),
  version: z.number(),
  abilities: z.object({ claim: z.boolean(), answer: z.boolean(), opinionLetter: z.boolean(), proposePublic: z.boolean() }),
});
export type StaffConsultation = z.infer<typeof staffConsultationSchema>;
export const staffConsultationListSchema = pageSchema(staffConsultationSchema.omit({ attachments: true, lawRefs: true }));

export const opinionLetterResultSchema = z.object({ attachment: attachmentSchema, served: z.boolean() });

// Public Q&A (公开问答)

export const publicQaStates = ['proposed', 'published', 'rejected'] as const;
export const publicQaStateLabels: Readonly<Record<(typeof publicQaStates)[number], EnumLabel>> = {
  proposed: { zh: '待审核', en: 'Awaiting review' },
  published: { zh: '已公开', en: 'Published' },
  rejected: { zh: '未采用', en: 'Not published' },
};

export const proposePublicBodySchema = z.strictObject({
  /** Anonymised: no names, ID or mobile numbers, addresses (mobile and ID numbers are refused). */
  question: textSchema(4000),
  answer: textSchema(8000),
  category: z.string().min(1).max(60).optional(),
});
export type ProposePublicBody = z.infer<typeof proposePublicBodySchema>;

export const publicQaReviewBodySchema = z.strictObject({
  decision: z.enum(['publish', 'reject']),
  comment: z.string().trim().max(500).optional(),
});

export const publicQaIdParamsSchema = z.object({ id: idSchema });
export const publicQaStaffQuerySchema = pageQuerySchema.extend({ state: z.enum(publicQaStates).optional() });
export const publicQaQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  category: z.string().max(60).optional(),
});

export const publicQaSchema = z.object({
  id: z.string(),
  category: z.string(),
  categoryLabel: label,
  question: z.string(),
  answer: z.string(),
  publishedAt: z.string().nullable(),
  /** 经人工审核的匿名问答 — reviewed by staff, names and numbers removed. */
  note: label,
});
export const publicQaListSchema = pageSchema(publicQaSchema);

export const staffPublicQaSchema = publicQaSchema.extend({
  consultationId: z.string().nullable(),
  state: z.enum(publicQaStates),
  stateLabel: label,
  proposedBy: z.string(),
  proposedAt: z.string(),
  reviewedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
  abilities: z.object({ review: z.boolean() }),
});
export const staffPublicQaListSchema = pageSchema(staffPublicQaSchema);
