import { z } from 'zod';
import type { PermissionDef } from '../access/permission';
import { defineErrorCodes } from '../errors/codes';
import { localDateSchema } from '../validation/schemas';

export const statsPermissions = [
  { key: 'stats.metric.read', category: 'business', zh: '查看统计指标', en: 'Read statistics metrics' },
] as const satisfies readonly PermissionDef[];

export const statsErrors = defineErrorCodes({
  STATS_GROUP_BY_UNSUPPORTED: { kind: 'Invalid', zh: '该指标不支持此分组维度', en: 'The metric does not support this grouping' },
  STATS_RANGE_INVALID: { kind: 'Invalid', zh: '统计区间的结束日期早于开始日期', en: 'The range ends before it starts' },
  STATS_RANGE_TOO_LONG: { kind: 'Invalid', zh: '统计区间不能超过5年', en: 'The range cannot exceed 5 years' },
});

/** Dimensions a metric can be broken down by: organisation, region (district), period (day or month). */
export const metricDimensions = ['region', 'organisation', 'period'] as const;
export type MetricDimension = (typeof metricDimensions)[number];
export const metricGroupings = ['organisation', 'region', 'month', 'day'] as const;
export type MetricGroupBy = (typeof metricGroupings)[number];

export const metricIdParamsSchema = z.strictObject({ id: z.string().regex(/^[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*$/) });

export const metricQuerySchema = z.strictObject({
  from: localDateSchema,
  to: localDateSchema,
  groupBy: z.enum(metricGroupings).optional(),
});
export type MetricQuery = z.infer<typeof metricQuerySchema>;

const textSchema = z.object({ zh: z.string(), en: z.string() });

export const metricInfoSchema = z.object({
  id: z.string(),
  name: textSchema,
  unit: textSchema,
  dimensions: z.array(z.enum(metricDimensions)),
  /** Breakdown each row also carries (e.g. organisation type), if any. */
  series: textSchema.nullable(),
  description: textSchema,
});
export type MetricInfo = z.infer<typeof metricInfoSchema>;
export const metricListSchema = z.object({ items: z.array(metricInfoSchema) });

export const metricRowSchema = z.object({
  /** Organisation id, region code, `YYYY-MM` or `YYYY-MM-DD`; `total` without grouping. */
  key: z.string(),
  label: z.string().nullable(),
  /** The series value (e.g. an organisation type code) or null. */
  series: z.string().nullable(),
  value: z.number(),
});
export type MetricRow = z.infer<typeof metricRowSchema>;

export const metricResultSchema = z.object({
  metric: metricInfoSchema,
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(metricGroupings).nullable(),
  rows: z.array(metricRowSchema),
  total: z.number(),
});
export type MetricResult = z.infer<typeof metricResultSchema>;
