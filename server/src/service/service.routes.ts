import { contentDisposition } from '../attachments/attachment.presenter';
import {
  inboxListSchema,
  serviceRecordIdParamsSchema,
  serviceRecordListSchema,
  serviceRecordQuerySchema,
} from '@tianping/common/contract/service';
import { z } from 'zod';
import { isScoped } from '../access/actor';
import type { AppInstance, Kernel } from '../core/module';
import { unauthenticated } from '../http/errors';
import { listInbox, listServiceRecords, openInboxItem } from './inbox.service';

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

  app.get(
    '/citizen/inbox/:id/open',
    {
      config: { access: 'citizen' },
      schema: {
        tags: ['service'],
        summary: '查看送达文书 Open a served document',
        description: 'Streams the document; the first opening is recorded as opened and acknowledged (audited as `service.record.open`).',
        params: serviceRecordIdParamsSchema,
        response: { 200: z.unknown().describe('file content 文件内容') },
      },
    },
    async (req, reply) => {
      if (req.actor?.kind !== 'citizen') throw unauthenticated();
      const { row, stream } = await openInboxItem(kernel, req.ctx, req.actor, req.params.id);
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
