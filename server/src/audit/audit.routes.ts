import {
  auditEntityParamsSchema,
  auditEventPageSchema,
  auditEventQuerySchema,
  auditTimelineSchema,
  auditVerifyResultSchema,
} from '@tianping/common/contract/audit';
import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '../access/actor';
import type { AppInstance, Kernel } from '../core/module';
import { forbidden } from '../http/errors';
import { entityTimeline, listAuditEvents, verifyAndRecord } from './audit-query.service';

const tags = ['audit'];

/** Permission routes admit only staff and tokens; this narrows the type (and guards a misconfiguration). */
function scopedActorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw forbidden();
  return req.actor;
}

export function auditRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/audit/events',
    {
      config: { access: 'audit.event.read' },
      schema: {
        tags,
        summary: '审计日志查询 Search the audit log',
        querystring: auditEventQuerySchema,
        response: { 200: auditEventPageSchema },
      },
    },
    async (req) => listAuditEvents(kernel.db, scopedActorOf(req), req.query),
  );

  app.get(
    '/audit/entity/:entityType/:entityId',
    {
      config: { access: 'audit.event.read' },
      schema: {
        tags,
        summary: '记录的审计时间线 Timeline of one record',
        params: auditEntityParamsSchema,
        response: { 200: auditTimelineSchema },
      },
    },
    async (req) => entityTimeline(kernel.db, req.params.entityType, req.params.entityId, { actor: scopedActorOf(req) }),
  );

  app.get(
    '/audit/verify',
    {
      config: { access: 'audit.chain.verify' },
      schema: { tags, summary: '校验审计日志哈希链 Verify the audit hash chain', response: { 200: auditVerifyResultSchema } },
    },
    async (req) => verifyAndRecord(kernel, req.ctx),
  );
}
