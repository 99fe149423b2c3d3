import { z } from 'zod';
import type { RequestContext } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { bodyTemplates } from '@tianping/server/documents/body-template';
import { recordDocument, serveElectronically, type RenderedDocument } from '@tianping/server/documents/issued-document';
import type { CaseRow } from './case.repository';

export { docDate } from '@tianping/server/documents/body-template';
export {
  discardDocument as discardCaseDocument,
  renderDocument as renderCaseDocument,
  withRenderedDocument as withCaseDocument,
} from '@tianping/server/documents/issued-document';
export type RenderedCaseDocument = RenderedDocument;

/** The entity type of a case: owner of its attachments, documents and service records. */
export const caseEntityType = 'reconCase';

/** What every document of a case names: the body issuing it, its number and the date. */
export const caseDocumentBaseSchema = z.object({
  issuer: z.string().min(1).max(60),
  docNumber: z.string().max(60).optional(),
  recipient: z.string().max(100).optional(),
  date: z.iso.date(),
});
export type CaseDocumentBase = z.infer<typeof caseDocumentBaseSchema>;

/**
 * A document template of this module (core `bodyTemplates`): a fixed title and a body written from
 * structured data, laid out as an official document (GB/T 9704). Register it in the routes function
 * of the use case that issues it.
 */
export const caseDocumentTemplate = bodyTemplates(caseDocumentBaseSchema);

type Services = Parameters<typeof recordDocument>[1] & Pick<Kernel, 'pii' | 'config'>;

/**
 * Inside the case's transaction: stores the rendered document as the next version of its kind
 * for the case (never overwriting), audited; with `serve`, serves it to the applicant — in the
 * portal inbox when the case has a citizen account, by SMS link to the applicant's mobile
 * otherwise. Returns the service record, or null when the applicant has neither (serve by post
 * or in person, recorded by the caller).
 */
export async function recordCaseDocument(
  trx: Trx,
  k: Services,
  ctx: RequestContext,
  c: CaseRow,
  rendered: RenderedCaseDocument,
  opts: { serve: boolean; fallbackDays?: number },
) {
  const { attachment } = await recordDocument(trx, k, ctx, rendered, { entityType: caseEntityType, entityId: c.id, orgId: c.orgId });
  if (!opts.serve) return { attachment, service: null };
  const to = {
    citizenId: c.applicantCitizenId,
    name: c.applicantName,
    phone: c.applicantPhoneEnc ? k.pii.decrypt(c.applicantPhoneEnc) : null,
  };
  return { attachment, service: await serveElectronically(trx, k, ctx, attachment.id, to, opts.fallbackDays) };
}
