import { statsPermissions } from '@tianping/common/contract/stats';
import { defineServerModule } from '../core/module';
import { coreMetrics } from './core-metrics.repository';
import { statsRoutes } from './stats.routes';

/** Statistics primitives (issue 3 §9): metrics defined in code by every module, evaluated within the caller's scope. */
export const statsModule = defineServerModule({
  id: 'stats',
  label: { zh: '统计', en: 'Statistics' },
  permissions: [...statsPermissions],
  // The core's own figures (organisations, staff, audit) are defined here rather than in those features' manifests.
  metrics: coreMetrics,
  routes: statsRoutes,
});
