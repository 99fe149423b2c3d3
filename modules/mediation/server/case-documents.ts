import { z } from 'zod';
import { formatChineseDate, parseLocalDate, type LocalDate } from '@tianping/common/calendar/index';
import type { RequestContext } from '@tianping/server/access/actor';
import { discardFile, putFile, recordAttachment } from '@tianping/server/attachments/attachment.service';
import { sanitiseFileName } from '@tianping/server/attachments/file-type';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { latestDocumentVersion } from '@tianping/server/documents/document.repository';
import { renderDocx } from '@tianping/server/documents/docx-renderer';
import { toParagraphs, type OfficialDocument } from '@tianping/server/documents/official-document';
import type { DocumentTemplate } from '@tianping/server/documents/template.registry';
import { serveDocument } from '@tianping/server/service/module';
import type { CaseRow, PartyRow } from './case.repository';
import { listParties } from './case.repository';

/** The entity type of a mediation case: owner of its attachments, documents and service records. */
export const caseEntityType = 'medCase';

/** What every document of a case names: the committee issuing it, its number and the date. */
export const caseDocumentBaseSchema = z.object({
  issuer: z.string().min(1).max(60),
  docNumber: z.string().max(60).optional(),
  recipient: z.string().max(200).optional(),
  date: z.iso.date(),
});
export type CaseDocumentBase = z.infer<typeof caseDocumentBaseSchema>;

/**
 * A document template of this module: a fixed title and a body written from structured data, laid
 * out as an official document (core renderer). Register it in the routes function of the use case
 * that issues it: `kernel.documentTemplates.register(template)`.
 */
export function caseDocumentTemplate<S extends z.ZodObject>(def: {
  id: string;
  version: number;
  title: { zh: string; en: string };
  fields: S;
  body(data: z.infer<S> & CaseDocumentBase): string;
}): DocumentTemplate<z.infer<S> & CaseDocumentBase> {
  const fields = caseDocumentBaseSchema.extend(def.fields.shape);
  return {
    id: def.id,
    version: def.version,
    title: def.title,
    fields: fields as unknown as z.ZodType<z.infer<S> & CaseDocumentBase>,
    render: (d): OfficialDocument => ({
      issuer: d.issuer,
      docNumber: d.docNumber,
      title: def.title.zh,
      recipient: d.recipient,
      paragraphs: toParagraphs(def.body(d)),
      signature: d.issuer,
      date: parseLocalDate(d.date),
      dateStyle: 'chineseNumerals',
    }),
  };
}

/** `2025年10月9日` for dates written inside a document's body. */
export function docDate(date: LocalDate | string): string {
  return formatChineseDate(parseLocalDate(date));
}

type Services = Pick<Kernel, 'db' | 'audit' | 'files' | 'documentTemplates' | 'attachmentOwners' | 'clock' | 'log' | 'pii' | 'config'>;

export interface RenderedCaseDocument {
  templateId: string;
  templateVersion: number;
  title: string;
  docNumber?: string;
  stored: Awaited<ReturnType<typeof putFile>>;
}

/** Renders to DOCX and stores the file — before the transaction (slow); record it inside with `recordCaseDocument`. */
export async function renderCaseDocument(k: Services, templateId: string, data: unknown): Promise<RenderedCaseDocument> {
  const template = k.documentTemplates.get(templateId);
  if (!template) throw new Error(`Document template ${templateId} is not registered`);
  const doc = template.render(template.fields.parse(data));
  const stored = await putFile(k, await renderDocx(doc));
  return { templateId, templateVersion: template.version, title: doc.title, docNumber: doc.docNumber, stored };
}

export async function discardCaseDocument(k: Services, rendered: RenderedCaseDocument | undefined): Promise<void> {
  if (rendered) await discardFile(k, rendered.stored.storageKey);
}

/**
 * Runs a step that ends in a document: the state change and the document's record in one
 * transaction; the document is rendered inside it (it names what the step decides) and its file
 * is removed again if the transaction fails.
 */
export async function withDocument<T>(
  k: Services,
  work: (render: (id: string, data: unknown) => Promise<RenderedCaseDocument>) => Promise<T>,
) {
  let rendered: RenderedCaseDocument | undefined;
  try {
    return await work(async (id, data) => (rendered = await renderCaseDocument(k, id, data)));
  } catch (err) {
    await discardCaseDocument(k, rendered);
    throw err;
  }
}

/**
 * Inside the case's transaction: stores the rendered document as the next version of its kind for
 * the case (never overwriting), audited; with `serve`, serves it to every party through the core's
 * electronic service — in the portal inbox when the party has a citizen account, by SMS link to
 * the party's mobile otherwise (parties with neither are served by post or in person).
 */
export async function recordCaseDocument(
  trx: Trx,
  k: Services,
  ctx: RequestContext,
  c: CaseRow,
  rendered: RenderedCaseDocument,
  opts: { serve: boolean; parties?: PartyRow[]; fallbackDays?: number },
) {
  const key = { entityType: caseEntityType, entityId: c.id, templateId: rendered.templateId, format: 'docx' };
  const version = (await latestDocumentVersion(trx, key)) + 1;
  const name = `${rendered.title}${rendered.docNumber ? `（${rendered.docNumber}）` : ''}-第${version}版.docx`;
  const attachment = await recordAttachment(
    k,
    trx,
    ctx,
    rendered.stored,
    {
      entityType: caseEntityType,
      entityId: c.id,
      fileName: sanitiseFileName(name, 'docx'),
      fileType: 'docx',
      document: { templateId: rendered.templateId, templateVersion: rendered.templateVersion, version },
    },
    c.orgId,
    'documents.document.generate',
  );
  if (!opts.serve) return { attachment, services: [] };
  const fallbackDays = opts.fallbackDays ?? 7;
  const parties = opts.parties ?? (await listParties(trx, c.id));
  const services = [];
  for (const p of parties) {
    const phone = p.phoneEnc ? k.pii.decrypt(p.phoneEnc) : null;
    const citizenId = p.citizenId;
    if (citizenId)
      services.push(
        await serveDocument(trx, k, ctx, { attachmentId: attachment.id, recipient: { citizenId }, channel: 'portal', fallbackDays }),
      );
    else if (phone)
      services.push(
        await serveDocument(trx, k, ctx, { attachmentId: attachment.id, recipient: { name: p.name, phone }, channel: 'sms', fallbackDays }),
      );
  }
  return { attachment, services };
}
