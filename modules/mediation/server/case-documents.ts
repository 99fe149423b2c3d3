import { z } from 'zod';
import type { RequestContext } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { bodyTemplates } from '@tianping/server/documents/body-template';
import { recordDocument, serveElectronically, type RenderedDocument } from '@tianping/server/documents/issued-document';
import type { CaseRow, PartyRow } from './case.repository';
import { listParties } from './case.repository';

export { docDate } from '@tianping/server/documents/body-template';
export {
  discardDocument as discardCaseDocument,
  renderDocument as renderCaseDocument,
  withDocuments as withDocument,
} from '@tianping/server/documents/issued-document';
export type RenderedCaseDocument = RenderedDocument;

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
 * A document template of this module (core `bodyTemplates`): a fixed title and a body written from
 * structured data. Register it in the routes function of the use case that issues it.
 */
export const caseDocumentTemplate = bodyTemplates(caseDocumentBaseSchema);

type Services = Parameters<typeof recordDocument>[1] & Pick<Kernel, 'pii' | 'config'>;

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
  const { attachment } = await recordDocument(trx, k, ctx, rendered, { entityType: caseEntityType, entityId: c.id, orgId: c.orgId });
  if (!opts.serve) return { attachment, services: [] };
  const parties = opts.parties ?? (await listParties(trx, c.id));
  const services = [];
  for (const p of parties) {
    const to = { citizenId: p.citizenId, name: p.name, phone: p.phoneEnc ? k.pii.decrypt(p.phoneEnc) : null };
    const service = await serveElectronically(trx, k, ctx, attachment.id, to, opts.fallbackDays);
    if (service) services.push(service);
  }
  return { attachment, services };
}
