import { z } from 'zod';
import type { PermissionDef } from '../access/permission';
import { defineErrorCodes } from '../errors/codes';
import { localDateSchema } from '../validation/schemas';

/** Entering and correcting a year's schedule is a system-administration duty (三员分立: 系统管理员). */
export const calendarPermissions = [
  { key: 'calendar.year.manage', category: 'system', zh: '维护节假日日历', en: 'Maintain the holiday calendar' },
] as const satisfies readonly PermissionDef[];

export const calendarErrors = defineErrorCodes({
  CALENDAR_YEAR_EXISTS: {
    kind: 'Conflict',
    zh: '该年度的放假安排已录入，请使用更正功能',
    en: 'This year has already been entered; correct it instead',
  },
  CALENDAR_YEAR_SHIPPED: {
    kind: 'Conflict',
    zh: '该年度的放假安排随平台提供；如需更正，请勾选"更正内置年度"',
    en: 'This year ships with the platform; tick "correct the built-in year" to override it',
  },
  CALENDAR_YEAR_MISMATCH: { kind: 'Invalid', zh: '路径中的年度与请求不一致', en: 'The year in the path does not match' },
  CALENDAR_DATE_OUTSIDE_YEAR: {
    kind: 'Invalid',
    zh: '日期不在该年度内（允许上一年12月）',
    en: 'The date is not in this year (December of the previous year is allowed)',
  },
  CALENDAR_RANGE_REVERSED: { kind: 'Invalid', zh: '结束日期早于开始日期', en: 'The range ends before it starts' },
  CALENDAR_RANGE_TOO_LONG: { kind: 'Invalid', zh: '一次放假不应超过14天', en: 'A holiday block should not exceed 14 days' },
  CALENDAR_HOLIDAY_ONLY_WEEKEND: {
    kind: 'Invalid',
    zh: '放假区间只包含周末，不改变任何工作日',
    en: 'The holiday range contains only weekend days and changes no working day',
  },
  CALENDAR_DAY_LISTED_TWICE: { kind: 'Invalid', zh: '同一日期被重复列出', en: 'The same day is listed twice' },
  CALENDAR_HOLIDAY_AND_MAKEUP: {
    kind: 'Invalid',
    zh: '同一日期不能既是放假日又是调休上班日',
    en: 'A day cannot be both a holiday and a make-up working day',
  },
  CALENDAR_MAKEUP_NOT_WEEKEND: {
    kind: 'Invalid',
    zh: '调休上班日必须是星期六或星期日',
    en: 'A make-up working day must be a Saturday or Sunday',
  },
  CALENDAR_PUBLISHED_ON_IMPLAUSIBLE: {
    kind: 'Invalid',
    zh: '发布日期应在该年度之前两年至该年度结束之间，且不晚于今天',
    en: 'The publication date must lie between two years before and the end of the year, and not in the future',
  },
  CALENDAR_SCHEDULE_CONFLICT: {
    kind: 'Invalid',
    zh: '与相邻年度的放假安排冲突',
    en: 'Conflicts with the schedule of an adjacent year',
  },
  CALENDAR_PERIOD_UNKNOWN: { kind: 'Invalid', zh: '未知的法定期间', en: 'Unknown statutory period' },
  CALENDAR_PERIOD_INVALID: { kind: 'Invalid', zh: '期间或延长不符合规定', en: 'The period or extension is not allowed' },
  CALENDAR_VERSION_UNKNOWN: { kind: 'Invalid', zh: '未知的日历版本', en: 'Unknown calendar version' },
});

export const localizedTextSchema = z.strictObject({
  zh: z.string().trim().min(1).max(100),
  en: z.string().trim().min(1).max(100),
});

const yearNumberSchema = z.coerce.number().int().min(2000).max(2100);
export const calendarYearParamsSchema = z.strictObject({ year: yearNumberSchema });

export const holidayRangeSchema = z.strictObject({ name: localizedTextSchema, from: localDateSchema, to: localDateSchema });
export const makeUpWorkdaySchema = z.strictObject({ name: localizedTextSchema, date: localDateSchema });

const scheduleFields = {
  sourceTitle: z.string().trim().min(1).max(300),
  documentNumber: z.string().trim().max(100).nullish(),
  publishedOn: localDateSchema,
  holidays: z.array(holidayRangeSchema).min(1).max(40),
  makeUpWorkdays: z.array(makeUpWorkdaySchema).max(20),
};

export const calendarYearCreateSchema = z.strictObject({
  year: yearNumberSchema,
  ...scheduleFields,
  /** Required to override a year that ships with the platform (2020–2026). */
  correctsOfficial: z.boolean().optional(),
});
export type CalendarYearCreateInput = z.infer<typeof calendarYearCreateSchema>;

export const calendarYearUpdateSchema = z.strictObject({
  ...scheduleFields,
  version: z.number().int().positive(),
  reason: z.string().trim().min(1).max(500),
});
export type CalendarYearUpdateInput = z.infer<typeof calendarYearUpdateSchema>;

const noticeSchema = z.object({ title: z.string(), documentNumber: z.string().nullable(), issuedOn: z.string() });

export const calendarYearSummarySchema = z.object({
  year: z.number(),
  origin: z.enum(['official', 'administrator']),
  /** Whether this entry is the one the engine uses (an administrator's entry replaces a shipped year). */
  inForce: z.boolean(),
  source: noticeSchema,
  holidayDays: z.number(),
  makeUpWorkdayCount: z.number(),
  /** Row version of an administrator's entry (for corrections); null for shipped years. */
  version: z.number().nullable(),
  enteredBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type CalendarYearSummary = z.infer<typeof calendarYearSummarySchema>;

export const calendarYearListSchema = z.object({
  calendarVersion: z.string(),
  /** Years answered with an official or entered schedule; other years are answered provisionally (weekends only). */
  maintainedYears: z.array(z.number()),
  items: z.array(calendarYearSummarySchema),
});

export const calendarYearDetailSchema = calendarYearSummarySchema.extend({
  holidays: z.array(z.object({ name: z.object({ zh: z.string(), en: z.string() }), from: z.string(), to: z.string() })),
  makeUpWorkdays: z.array(z.object({ name: z.object({ zh: z.string(), en: z.string() }), date: z.string() })),
  overridesOfficial: z.boolean(),
  calendarVersion: z.string(),
});
export type CalendarYearDetail = z.infer<typeof calendarYearDetailSchema>;

const periodUnitSchema = z.enum(['day', 'workday', 'month', 'year', 'hour']);
const legalBasisSchema = z.strictObject({ law: z.string().trim().min(1).max(100), article: z.string().trim().min(1).max(100) });
const amountSchema = z.number().int().positive().max(3650);
const excludedKinds = [
  'correction',
  'suspension',
  'appraisal',
  'hearing',
  'forceMajeure',
  'inspection',
  'supplementaryMaterials',
  'verification',
  'expertReview',
  'other',
] as const;

export const deadlineRequestSchema = z
  .strictObject({
    /** A period of the statutory catalogue (GET /calendar/periods) … */
    periodId: z.string().min(1).max(100).optional(),
    /** … or a custom period. */
    period: z.strictObject({ amount: amountSchema, unit: periodUnitSchema, legalBasis: legalBasisSchema }).optional(),
    start: localDateSchema,
    startTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
    excluded: z
      .array(
        z.strictObject({
          kind: z.enum(excludedKinds),
          from: localDateSchema,
          to: localDateSchema,
          label: localizedTextSchema.optional(),
        }),
      )
      .max(20)
      .default([]),
    extensions: z
      .array(
        z.strictObject({
          amount: amountSchema,
          unit: periodUnitSchema,
          approvedOn: localDateSchema,
          legalBasis: legalBasisSchema.optional(),
        }),
      )
      .max(10)
      .default([]),
    /** Recompute with an earlier calendar version (as recorded in an earlier result); default: the current one. */
    calendarVersion: z.string().min(1).max(200).optional(),
  })
  .refine((v) => (v.periodId === undefined) !== (v.period === undefined), {
    message: 'give exactly one of periodId and period',
    path: ['periodId'],
  });
export type DeadlineRequest = z.infer<typeof deadlineRequestSchema>;

const textPairSchema = z.object({ zh: z.string(), en: z.string() });

export const deadlineResponseSchema = z.object({
  dueDate: z.string(),
  dueTime: z.string(),
  dueDateTime: z.string().nullable(),
  provisional: z.boolean(),
  provisionalReasons: z.array(z.object({ year: z.number(), text: textPairSchema })),
  /** The holiday-calendar version used; the same input gives the same result with this version. */
  calendarVersion: z.string(),
  label: textPairSchema.nullable(),
  period: z.object({ amount: z.number(), unit: z.string(), legalBasis: z.object({ law: z.string(), article: z.string() }) }),
  deemed: z.object({ outcome: textPairSchema, effectiveOn: z.string() }).nullable(),
  explanation: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
});
export type DeadlineResponse = z.infer<typeof deadlineResponseSchema>;

export const statutoryPeriodViewSchema = z.object({
  id: z.string(),
  module: z.string(),
  name: textPairSchema,
  kind: z.string(),
  anchor: textPairSchema,
  amount: z.number(),
  unit: z.string(),
  legalBasis: z.object({ law: z.string(), article: z.string() }),
  /** Citation ready to show: 《行政复议法》第三十条 / Administrative Reconsideration Law, Art. 30. */
  citation: textPairSchema,
  maxExtension: z.object({ amount: z.number(), unit: z.string(), approval: textPairSchema }).nullable(),
  excludable: z.array(z.string()),
  note: textPairSchema.nullable(),
});
export const statutoryPeriodListSchema = z.object({
  modules: z.array(z.object({ id: z.string(), name: textPairSchema })),
  items: z.array(statutoryPeriodViewSchema),
});
export type StatutoryPeriodView = z.infer<typeof statutoryPeriodViewSchema>;
