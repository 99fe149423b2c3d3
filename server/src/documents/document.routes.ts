import { attachmentSchema } from '@tianping/common/contract/attachments';
import { documentFormatListSchema, documentGenerateSchema, documentTemplateListSchema } from '@tianping/common/contract/documents';
import type { AppInstance, Kernel } from '../core/module';
import { unauthenticated } from '../http/errors';
import { generateDocument } from './document.service';
import { pdfAvailability } from './pdf-renderer';

const tags = ['documents'];
const access = 'documents.document.generate';

export function documentRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/documents/formats',
    {
      config: { access },
      schema: { tags, summary: '可生成的文书格式 Formats available on this server', response: { 200: documentFormatListSchema } },
    },
    async () => {
      const pdf = await pdfAvailability();
      return {
        formats: [
          { format: 'docx' as const, available: true, reason: null },
          { format: 'pdf' as const, ...pdf },
        ],
      };
    },
  );

  app.get(
    '/documents/templates',
    {
      config: { access },
      schema: { tags, summary: '文书模板 Document templates', response: { 200: documentTemplateListSchema } },
    },
    async () => ({ items: kernel.documentTemplates.list().map((t) => ({ id: t.id, version: t.version, title: t.title })) }),
  );

  app.post(
    '/documents/generate',
    {
      config: { access },
      schema: {
        tags,
        summary: '生成文书 Generate an official document',
        description:
          "Renders a template to DOCX or PDF and stores it as a new version among the record's attachments (authorised by the record's policy).",
        body: documentGenerateSchema,
        response: { 201: attachmentSchema },
      },
    },
    async (req, reply) => {
      if (!req.actor) throw unauthenticated();
      return reply.status(201).send(await generateDocument(kernel, req.ctx, req.actor, req.body));
    },
  );
}
