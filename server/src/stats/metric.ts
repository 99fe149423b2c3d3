import type { PermissionKey } from '@tianping/common/access/permission';
import type { MetricDimension, MetricGroupBy, MetricRow } from '@tianping/common/contract/stats';
import type { ScopedActor } from '../access/actor';
import type { DbOrTrx } from '../db/database';

export interface MetricQueryContext {
  /** The caller: queries apply their data scope in SQL (`inOrgScope`). */
  actor: ScopedActor;
  /** Inclusive local dates (China Standard Time). */
  from: string;
  to: string;
  groupBy: MetricGroupBy | null;
  dialect: 'sqlite' | 'postgres';
}

/**
 * A metric defined in code: evaluated through Kysely on both dialects, always within the actor's
 * data scope. Modules list theirs in `ServerModule.metrics`.
 */
export interface MetricDefinition {
  /** `<module>.<camelCaseName>`. */
  id: string;
  zh: string;
  en: string;
  unit: { zh: string; en: string };
  description: { zh: string; en: string };
  dimensions: MetricDimension[];
  /** A breakdown every row carries (e.g. organisation type). */
  series?: { zh: string; en: string };
  /** The permission needed to read it; default `stats.metric.read` (business). */
  permission?: PermissionKey;
  query(db: DbOrTrx, ctx: MetricQueryContext): Promise<MetricRow[]>;
}

export function defineMetric(metric: MetricDefinition): MetricDefinition {
  return metric;
}

/** Which groupings each dimension allows. */
export const groupingsOf: Record<MetricDimension, MetricGroupBy[]> = {
  organisation: ['organisation'],
  region: ['region'],
  period: ['month', 'day'],
};
