import { contentDisposition } from '../attachments/attachment.presenter';
import {
  inboxItemSchema,
  inboxListSchema,
  serviceRecordIdParamsSchema,
  serviceRecordListSchema,
  serviceRecordQuerySchema,
} from '@tianping/common/contract/service';
import { z } from 'zod';
import { isScoped } from '../access/actor';
import type { AppInstance, Kernel } from '../core/module';
import { unauthenticated } from '../http/errors';
import { acknowledgeInboxItem, listInbox, listServiceRecords, readInboxDocument } from './inbox.service';

export function serviceRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/citizen/inbox',
    {
      config: { access: 'citizen' },
      schema: { tags: ['service'], summary: '我的送达文书 My served documents', response: { 200: inboxListSchema } },
    },
    async (req) => {
      if (req.actor?.kind !== 'citizen') throw unauthenticated();
      return listInbox(kernel, req.actor);
    },
  );

  app.post(
    '/citizen/inbox/:id/acknowledge',
    {
      config: { access: 'citizen' },
      schema: {
        tags: ['service'],
        summary: '签收送达文书 Acknowledge a served document',
        description:
          'The first call records opening and acknowledgement (service completed; audited as `service.record.acknowledge`); later calls return the item unchanged. Needs the CSRF header.',
        params: serviceRecordIdParamsSchema,
        response: { 200: inboxItemSchema },
      },
    },
    async (req) => {
      if (req.actor?.kind !== 'citizen') throw unauthenticated();
      return acknowledgeInboxItem(kernel, req.ctx, req.actor, req.params.id);
    },
  );

  app.get(
    '/citizen/inbox/:id/file',
    {
      config: { access: 'citizen' },
      schema: {
        tags: ['service'],
        summary: '查看送达文书 Read a served document',
        description:
          'Streams an acknowledged document (inline) without changing it; 409 `SERVICE_NOT_ACKNOWLEDGED` before the acknowledgement. Audited as `service.record.view`.',
        params: serviceRecordIdParamsSchema,
        response: { 200: z.unknown().describe('file content 文件内容') },
      },
    },
    async (req, reply) => {
      if (req.actor?.kind !== 'citizen') throw unauthenticated();
      const { row, stream } = await readInboxDocument(kernel, req.ctx, req.actor, req.params.id);
      return reply
        .header('content-type', row.contentType)
        .header('content-length', String(row.size))
        .header('content-disposition', contentDisposition(row.fileName, 'inline'))
        .header('cache-control', 'private, no-store')
        .send(stream);
    },
  );

  app.get(
    '/service-records',
    {
      config: { access: 'service.record.read' },
      schema: {
        tags: ['service'],
        summary: '送达记录 Service records of a record',
        querystring: serviceRecordQuerySchema,
        response: { 200: serviceRecordListSchema },
      },
    },
    async (req) => {
      if (!isScoped(req.actor)) throw unauthenticated();
      return listServiceRecords(kernel, req.actor, req.query.entityType, req.query.entityId);
    },
  );
}
