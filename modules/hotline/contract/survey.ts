import { z } from 'zod';
import { idSchema, textSchema } from '@tianping/common/validation/schemas';
import { ticketStateSchema } from './enums';

/**
 * Satisfaction survey (满意度回访): on closing a ticket, a signed, single-use link valid
 * `surveyLinkDays` days (a LOCAL setting) is texted to the caller's mobile; the citizen may also answer
 * in the portal. A dissatisfied answer reopens the ticket to the supervisors (notification).
 */
export const satisfactionRatings = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
export const satisfactionSchema = z.enum(satisfactionRatings);
export type Satisfaction = (typeof satisfactionRatings)[number];
export const satisfactionLabels: Readonly<Record<Satisfaction, { zh: string; en: string }>> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  basicallySatisfied: { zh: '基本满意', en: 'Basically satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
};

export const surveyStates = ['none', 'sent', 'answered', 'expired'] as const;
export type SurveyState = (typeof surveyStates)[number];

export const surveyAnswerBodySchema = z.strictObject({
  rating: satisfactionSchema,
  comment: textSchema(1000).optional(),
});
export type SurveyAnswerBody = z.infer<typeof surveyAnswerBodySchema>;

export const surveyTokenParamsSchema = z.object({ token: z.string().min(10).max(200) });

/** GET /api/hotline/public/surveys/:token — nothing personal: the number, centre, category and day. */
export const publicSurveySchema = z.object({
  ticketNumber: z.string(),
  centre: z.string(),
  category: z.string(),
  categoryZh: z.string(),
  contactedAt: z.string(),
  expiresAt: z.string(),
  /** The link's validity has run out (answering it → 410 HOTLINE_SURVEY_EXPIRED). */
  expired: z.boolean(),
  answered: z.boolean(),
  rating: satisfactionSchema.nullable(),
});
export type PublicSurvey = z.infer<typeof publicSurveySchema>;

export const surveyAnsweredSchema = z.object({
  ticketNumber: z.string(),
  rating: satisfactionSchema,
  reopened: z.boolean(),
  message: z.object({ zh: z.string(), en: z.string() }),
});
export type SurveyAnswered = z.infer<typeof surveyAnsweredSchema>;

/** The survey summary on the ticket detail. */
export const ticketSurveySummarySchema = z.object({
  state: z.enum(surveyStates),
  rating: satisfactionSchema.nullable(),
  comment: z.string().nullable(),
  sentAt: z.string().nullable(),
  sentBySms: z.boolean(),
  expiresAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type TicketSurveySummary = z.infer<typeof ticketSurveySummarySchema>;

export const surveySentSchema = z.object({ ticketId: z.string(), sentBySms: z.boolean(), expiresAt: z.string() });
export type SurveySent = z.infer<typeof surveySentSchema>;

export const ticketCloseBodySchema = z.strictObject({ version: z.number().int().min(1) });
export const ticketReopenBodySchema = z.strictObject({ reason: textSchema(1000) });

/** GET /api/citizen/hotline/tickets: the citizen's own contacts (no other person's data). */
export const citizenTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  centre: z.string(),
  channel: z.string(),
  category: z.string(),
  categoryZh: z.string(),
  question: z.string(),
  answer: z.string().nullable(),
  state: ticketStateSchema,
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  survey: z.object({ state: z.enum(surveyStates), rating: satisfactionSchema.nullable() }),
  canRate: z.boolean(),
});
export const citizenTicketListSchema = z.object({ items: z.array(citizenTicketSchema) });
export const citizenTicketParamsSchema = z.object({ id: idSchema });
