import {
  attachmentIdParamsSchema,
  attachmentListQuerySchema,
  attachmentListSchema,
  attachmentSchema,
} from '@tianping/common/contract/attachments';
import type { AppInstance, Kernel } from '../core/module';
import { unauthenticated } from '../http/errors';
import { contentDisposition } from './attachment.presenter';
import { listAttachments, openAttachment, uploadAttachment } from './attachment.service';
import { readUpload } from './multipart-upload';
import { z } from 'zod';

const tags = ['attachments'];

export function attachmentRoutes(app: AppInstance, kernel: Kernel) {
  app.post(
    '/attachments',
    {
      config: { access: 'attachments.file.upload' },
      schema: {
        tags,
        summary: '上传附件 Upload an attachment',
        description:
          'multipart/form-data: `entityType`, `entityId`, `file` (≤ 20 MB; PDF, PNG, JPEG, DOCX, XLSX or UTF-8 text, checked by content). 413 `ATTACHMENT_TOO_LARGE`, 415 `ATTACHMENT_TYPE_NOT_ALLOWED` / `ATTACHMENT_TYPE_MISMATCH` / `ATTACHMENT_ARCHIVE_REJECTED`.',
        consumes: ['multipart/form-data'],
        response: { 201: attachmentSchema },
      },
    },
    async (req, reply) => {
      if (!req.actor) throw unauthenticated();
      const upload = await readUpload(req);
      return reply.status(201).send(await uploadAttachment(kernel, req.ctx, req.actor, upload));
    },
  );

  app.get(
    '/attachments',
    {
      config: { access: 'attachments.file.read' },
      schema: {
        tags,
        summary: '记录的附件 Attachments of a record',
        description: "Newest first; authorised by the owning record's read policy (404 when it is out of reach).",
        querystring: attachmentListQuerySchema,
        response: { 200: attachmentListSchema },
      },
    },
    async (req) => {
      if (!req.actor) throw unauthenticated();
      return { items: await listAttachments(kernel, req.actor, req.query.entityType, req.query.entityId) };
    },
  );

  app.get(
    '/attachments/:id',
    {
      config: { access: 'attachments.file.read' },
      schema: {
        tags,
        summary: '下载附件 Download an attachment',
        description: "Authorised by the owning record's policy (404 when it is out of reach); audited as `attachments.file.download`.",
        params: attachmentIdParamsSchema,
        response: { 200: z.unknown().describe('file content 文件内容') },
      },
    },
    async (req, reply) => {
      if (!req.actor) throw unauthenticated();
      const { row, stream } = await openAttachment(kernel, req.ctx, req.actor, req.params.id);
      return reply
        .header('content-type', row.contentType)
        .header('content-length', String(row.size))
        .header('content-disposition', contentDisposition(row.fileName))
        .header('cache-control', 'private, no-store')
        .header('x-content-sha256', row.sha256)
        .send(stream);
    },
  );
}
