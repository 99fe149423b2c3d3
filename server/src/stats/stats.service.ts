import { diffDays, parseLocalDate } from '@tianping/common/calendar/index';
import { statsErrors, type MetricInfo, type MetricQuery, type MetricResult } from '@tianping/common/contract/stats';
import type { ScopedActor } from '../access/actor';
import type { Kernel } from '../core/module';
import { fail, forbidden, notFound } from '../http/errors';
import { groupingsOf, type MetricDefinition } from './metric';

/** Five years of days: enough for any plan period (规划期), bounded so a request cannot scan without limit. */
const MAX_RANGE_DAYS = 5 * 366;
const defaultPermission = 'stats.metric.read';

export function canReadMetric(actor: ScopedActor, metric: MetricDefinition): boolean {
  return actor.permissions.has(metric.permission ?? defaultPermission);
}

export function presentMetric(metric: MetricDefinition): MetricInfo {
  return {
    id: metric.id,
    name: { zh: metric.zh, en: metric.en },
    unit: metric.unit,
    dimensions: metric.dimensions,
    series: metric.series ?? null,
    description: metric.description,
  };
}

export function listMetrics(metrics: ReadonlyMap<string, MetricDefinition>, actor: ScopedActor): MetricInfo[] {
  return [...metrics.values()].filter((m) => canReadMetric(actor, m)).map(presentMetric);
}

export async function evaluateMetric(
  k: Pick<Kernel, 'db' | 'handle'>,
  metrics: ReadonlyMap<string, MetricDefinition>,
  actor: ScopedActor,
  id: string,
  query: MetricQuery,
): Promise<MetricResult> {
  const metric = metrics.get(id);
  if (!metric) throw notFound();
  if (!canReadMetric(actor, metric)) throw forbidden();
  const span = diffDays(parseLocalDate(query.from), parseLocalDate(query.to));
  if (span < 0) throw fail(statsErrors, 'STATS_RANGE_INVALID', { field: 'to' });
  if (span > MAX_RANGE_DAYS) throw fail(statsErrors, 'STATS_RANGE_TOO_LONG', { field: 'to' });
  const groupBy = query.groupBy ?? null;
  if (groupBy && !metric.dimensions.some((d) => groupingsOf[d].includes(groupBy))) {
    throw fail(statsErrors, 'STATS_GROUP_BY_UNSUPPORTED', { field: 'groupBy' });
  }
  const rows = await metric.query(k.db, { actor, from: query.from, to: query.to, groupBy, dialect: k.handle.dialect });
  return {
    metric: presentMetric(metric),
    from: query.from,
    to: query.to,
    groupBy,
    rows,
    total: rows.reduce((sum, row) => sum + row.value, 0),
  };
}
