import type { RequestContext } from '../access/actor';
import type { AttachmentRow } from '../attachments/attachment.repository';
import { discardFile, putFile, recordAttachment } from '../attachments/attachment.service';
import { sanitiseFileName } from '../attachments/file-type';
import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';
import { serveDocument } from '../service/serve-document.service';
import { latestDocumentVersion } from './document.repository';
import { renderDocx } from './docx-renderer';
import type { DocumentTemplate } from './template.registry';

/**
 * Documents a module issues in the steps of its records: rendered to DOCX and put into the file store
 * before (or at the start of) the transaction, recorded inside it as the next version of the record's
 * attachment, served electronically, and the stored file removed again when the transaction fails.
 */

type Services = Pick<Kernel, 'db' | 'audit' | 'files' | 'documentTemplates' | 'attachmentOwners' | 'clock' | 'log' | 'pii' | 'config'>;

export interface RenderedDocument {
  templateId: string;
  templateVersion: number;
  title: string;
  docNumber?: string;
  format: 'docx' | 'pdf';
  stored: Awaited<ReturnType<typeof putFile>>;
}

/** Renders a registered template (by id) or the given one to DOCX and stores the file, not yet recorded. */
export async function renderDocument(
  k: Pick<Services, 'files' | 'documentTemplates'>,
  template: string | DocumentTemplate,
  data: unknown,
): Promise<RenderedDocument> {
  const t = typeof template === 'string' ? k.documentTemplates.get(template) : template;
  if (!t) throw new Error(`Document template ${String(template)} is not registered`);
  const doc = t.render(t.fields.parse(data));
  const stored = await putFile(k, await renderDocx(doc));
  return { templateId: t.id, templateVersion: t.version, title: doc.title, docNumber: doc.docNumber, format: 'docx', stored };
}

/** Removes the file of a rendered document that was not recorded (nothing when undefined). */
export async function discardDocument(k: Pick<Services, 'files' | 'log'>, rendered: RenderedDocument | undefined): Promise<void> {
  if (rendered) await discardFile(k, rendered.stored.storageKey);
}

export type RenderDocument = (template: string | DocumentTemplate, data: unknown) => Promise<RenderedDocument>;

/**
 * Runs `work` with a `render` function (for steps whose document names what the step decides, rendered
 * inside the step's transaction); every file it rendered is removed again when `work` fails.
 */
export async function withDocuments<T>(k: Services, work: (render: RenderDocument) => Promise<T>): Promise<T> {
  const rendered: RenderedDocument[] = [];
  try {
    return await work(async (template, data) => {
      const doc = await renderDocument(k, template, data);
      rendered.push(doc);
      return doc;
    });
  } catch (err) {
    for (const doc of rendered) await discardDocument(k, doc);
    throw err;
  }
}

/** Renders the document before the transaction, then runs `work` in ONE transaction with it; the file is removed when anything fails. */
export function withRenderedDocument<T>(
  k: Services,
  template: string | DocumentTemplate,
  data: unknown,
  work: (trx: Trx, doc: RenderedDocument) => Promise<T>,
): Promise<T> {
  return withDocuments(k, async (render) => {
    const doc = await render(template, data);
    return k.db.transaction().execute((trx) => work(trx, doc));
  });
}

/** The record a document belongs to; `reference` (default: the document number) is named in the file name. */
export interface DocumentOwner {
  entityType: string;
  entityId: string;
  orgId: string | null;
  reference?: string;
}

/**
 * Inside the record's transaction: stores the rendered document as the next version of its template
 * for the record (never overwriting), `标题（reference）-第N版.docx`, audited `documents.document.generate`.
 */
export async function recordDocument(
  trx: Trx,
  k: Pick<Services, 'db' | 'audit' | 'files' | 'attachmentOwners' | 'clock' | 'log'>,
  ctx: RequestContext,
  rendered: RenderedDocument,
  owner: DocumentOwner,
): Promise<{ attachment: AttachmentRow; version: number }> {
  const { templateId, templateVersion, format } = rendered;
  const version = (await latestDocumentVersion(trx, { entityType: owner.entityType, entityId: owner.entityId, templateId, format })) + 1;
  const reference = owner.reference ?? rendered.docNumber;
  const name = `${rendered.title}${reference ? `（${reference}）` : ''}-第${version}版.${format}`;
  const file = {
    entityType: owner.entityType,
    entityId: owner.entityId,
    fileName: sanitiseFileName(name, format),
    fileType: format,
    document: { templateId, templateVersion, version },
  };
  const attachment = await recordAttachment(k, trx, ctx, rendered.stored, file, owner.orgId, 'documents.document.generate');
  return { attachment, version };
}

/** A person a document is served to: the citizen account if any, else a name with the mobile number. */
export interface DocumentRecipient {
  citizenId?: string | null;
  name?: string | null;
  phone?: string | null;
}

/**
 * Serves a recorded document electronically: to the portal inbox of the citizen account, else by SMS
 * link to the mobile number. Returns null for a person with neither (served by post or in person,
 * recorded by the caller).
 */
export async function serveElectronically(
  trx: Trx,
  k: Parameters<typeof serveDocument>[1],
  ctx: RequestContext,
  attachmentId: string,
  to: DocumentRecipient,
  fallbackDays = 7,
) {
  if (to.citizenId)
    return serveDocument(trx, k, ctx, { attachmentId, recipient: { citizenId: to.citizenId }, channel: 'portal', fallbackDays });
  if (to.phone && to.name != null)
    return serveDocument(trx, k, ctx, { attachmentId, recipient: { name: to.name, phone: to.phone }, channel: 'sms', fallbackDays });
  return null;
}
