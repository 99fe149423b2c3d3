import type { ServerModule } from '../core/module';
import type { MetricDefinition } from './metric';

/** All metrics of the enabled modules by id; a duplicate id fails at boot like a duplicate permission. */
export function collectMetrics(modules: readonly ServerModule[]): ReadonlyMap<string, MetricDefinition> {
  const metrics = new Map<string, MetricDefinition>();
  for (const m of modules) {
    for (const metric of m.metrics ?? []) {
      if (metrics.has(metric.id)) throw new Error(`Metric "${metric.id}" registered twice (module ${m.id})`);
      metrics.set(metric.id, metric);
    }
  }
  return metrics;
}
