import { z } from 'zod';

/**
 * Service levels of the hotline. No law sets them: they are LOCAL, configurable rules of the
 * bureau (defaults below), changed by city-level staff with `hotline.settings.manage`.
 */
export const hotlineSettingsSchema = z.strictObject({
  /** A call answered within this many seconds counts as answered on time. */
  answerTargetSeconds: z.number().int().min(5).max(600),
  /** A callback (回拨) is due this many hours after it is promised. */
  callbackDueHours: z.number().int().min(1).max(168),
  /** An online consultation is answered within this many working hours. */
  consultationAnswerWorkingHours: z.number().int().min(1).max(120),
  /** Share of closed tickets sampled for a follow-up visit (回访), in percent. */
  followUpSamplePercent: z.number().int().min(0).max(100),
  /** An ended call without a ticket stays on the agent's incoming screen this many minutes. */
  incomingWindowMinutes: z.number().int().min(1).max(120),
  /** A satisfaction-survey link texted on closing is valid this many days (0: no SMS survey). */
  surveyLinkDays: z.number().int().min(0).max(30).default(7),
});
export type HotlineSettings = z.infer<typeof hotlineSettingsSchema>;

export const defaultHotlineSettings: HotlineSettings = {
  answerTargetSeconds: 20,
  callbackDueHours: 24,
  consultationAnswerWorkingHours: 24,
  followUpSamplePercent: 10,
  incomingWindowMinutes: 15,
  surveyLinkDays: 7,
};

export const hotlineSettingsViewSchema = hotlineSettingsSchema.extend({
  note: z.object({ zh: z.string(), en: z.string() }),
  updatedAt: z.string().nullable(),
});
export type HotlineSettingsView = z.infer<typeof hotlineSettingsViewSchema>;
