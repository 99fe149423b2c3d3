import type { Attachment } from '@tianping/common/contract/attachments';
import { documentErrors, type DocumentGenerateInput } from '@tianping/common/contract/documents';
import { coreErrors } from '@tianping/common/errors/codes';
import type { Actor, RequestContext } from '../access/actor';
import { authorizeOwnerWrite, ownerOf } from '../attachments/attachment-access';
import { presentAttachment } from '../attachments/attachment.presenter';
import { discardFile, putFile } from '../attachments/attachment.service';
import type { Kernel } from '../core/module';
import { AppError, fail } from '../http/errors';
import { renderDocx } from './docx-renderer';
import { renderHtml } from './html-renderer';
import { recordDocument } from './issued-document';
import type { OfficialDocument } from './official-document';
import { pdfAvailability, renderPdf } from './pdf-renderer';

type Services = Pick<Kernel, 'db' | 'audit' | 'files' | 'attachmentOwners' | 'documentTemplates' | 'clock' | 'log'>;

function parseData(k: Services, input: DocumentGenerateInput) {
  const template = k.documentTemplates.get(input.templateId);
  if (!template) throw fail(documentErrors, 'DOCUMENT_TEMPLATE_UNKNOWN', { field: 'templateId' });
  const parsed = template.fields.safeParse(input.data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      field: ['data', ...i.path.map(String)].join('.'),
      code: i.code,
      message: '内容不符合要求',
      messageEn: i.message,
    }));
    throw fail(coreErrors, issues.some((i) => i.code === 'unrecognized_keys') ? 'UNKNOWN_FIELD' : 'VALIDATION_FAILED', {
      field: issues[0]?.field,
      issues,
    });
  }
  return { template, data: parsed.data };
}

async function render(doc: OfficialDocument, format: 'docx' | 'pdf'): Promise<Buffer> {
  try {
    return format === 'docx' ? await renderDocx(doc) : await renderPdf(renderHtml(doc));
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw fail(documentErrors, 'DOCUMENT_RENDER_FAILED', { cause: err });
  }
}

/**
 * Generates an official document from a template for a record and stores it as an attachment
 * of that record with its hash, template version and document version. Regenerating makes
 * the next version; earlier versions stay as they were.
 */
export async function generateDocument(k: Services, ctx: RequestContext, actor: Actor, input: DocumentGenerateInput): Promise<Attachment> {
  ownerOf(k, input.entityType);
  const { template, data } = parseData(k, input);
  if (input.format === 'pdf' && !(await pdfAvailability()).available) {
    throw fail(documentErrors, 'DOCUMENT_FORMAT_UNAVAILABLE', { field: 'format' });
  }
  await k.db.transaction().execute((trx) => authorizeOwnerWrite(trx, k, actor, input.entityType, input.entityId));
  const doc = template.render(data);
  const bytes = await render(doc, input.format);
  const stored = await putFile(k, bytes);
  try {
    const row = await k.db.transaction().execute(async (trx) => {
      const grant = await authorizeOwnerWrite(trx, k, actor, input.entityType, input.entityId);
      const rendered = {
        templateId: template.id,
        templateVersion: template.version,
        title: doc.title,
        docNumber: doc.docNumber,
        format: input.format,
        stored,
      };
      const owner = { entityType: input.entityType, entityId: input.entityId, orgId: grant.orgId };
      return (await recordDocument(trx, k, ctx, rendered, owner)).attachment;
    });
    return presentAttachment(row);
  } catch (err) {
    await discardFile(k, stored.storageKey);
    throw err;
  }
}
