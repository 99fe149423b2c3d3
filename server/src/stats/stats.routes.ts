import { metricIdParamsSchema, metricListSchema, metricQuerySchema, metricResultSchema } from '@tianping/common/contract/stats';
import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '../access/actor';
import type { AppInstance, Kernel } from '../core/module';
import type { RouteAccess } from '../http/route-access';
import { unauthenticated } from '../http/errors';
import { collectMetrics } from './metric-registry';
import { evaluateMetric, listMetrics } from './stats.service';

const tags = ['stats'];
/** Business statistics readers, and auditors for the audit metrics (each metric then checks its own permission). */
const access: RouteAccess = { anyOf: ['stats.metric.read', 'audit.event.read'] };

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

export function statsRoutes(app: AppInstance, kernel: Kernel) {
  const metrics = collectMetrics(kernel.modules);

  app.get(
    '/stats/metrics',
    { config: { access }, schema: { tags, summary: '统计指标列表 Metrics', response: { 200: metricListSchema } } },
    async (req) => ({ items: listMetrics(metrics, actorOf(req)) }),
  );

  app.get(
    '/stats/metrics/:id',
    {
      config: { access },
      schema: {
        tags,
        summary: '计算统计指标 Evaluate a metric',
        params: metricIdParamsSchema,
        querystring: metricQuerySchema,
        response: { 200: metricResultSchema },
      },
    },
    async (req) => evaluateMetric(kernel, metrics, actorOf(req), req.params.id, req.query),
  );
}
