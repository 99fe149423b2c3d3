import type { RequestContext } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { recordDocument, serveElectronically, withRenderedDocument } from '@tianping/server/documents/issued-document';
import type { CaseRow } from './case.repository';

type Services = Parameters<typeof withRenderedDocument>[0];

/** Records a rendered document on the case and serves it; returns the attachment id. */
export type RecordAidDocument = (c: CaseRow) => Promise<string>;

/** The first party of these roles with a mobile number on file, to serve by SMS link. */
async function partyWithPhone(trx: Trx, k: Pick<Kernel, 'pii'>, caseId: string, roles: string[]) {
  const party = await trx
    .selectFrom('aidParties')
    .select(['name', 'phoneEnc'])
    .where('caseId', '=', caseId)
    .where('role', 'in', roles)
    .where('phoneEnc', 'is not', null)
    .orderBy('createdAt')
    .executeTakeFirst();
  return { name: party?.name, phone: party?.phoneEnc ? k.pii.decrypt(party.phoneEnc) : null };
}

/**
 * Renders a document of the aided case before the transaction, then runs `work` in one transaction
 * with a `record` function that stores it as the case's attachment (`aidCase`, `标题（案号）-第N版.docx`)
 * and serves it to the applicant: the portal account, else an SMS link to the first party of
 * `smsRoles` with a mobile number. The stored file is discarded when anything fails.
 */
export function withAidCaseDocument<T>(
  k: Services,
  ctx: RequestContext,
  templateId: string,
  data: unknown,
  smsRoles: string[],
  work: (trx: Trx, record: RecordAidDocument) => Promise<T>,
): Promise<T> {
  return withRenderedDocument(k, templateId, data, (trx, doc) =>
    work(trx, async (c) => {
      const owner = { entityType: 'aidCase', entityId: c.id, orgId: c.orgId, reference: c.caseNumber };
      const { attachment } = await recordDocument(trx, k, ctx, doc, owner);
      const to = c.citizenId ? { citizenId: c.citizenId } : await partyWithPhone(trx, k, c.id, smsRoles);
      await serveElectronically(trx, k, ctx, attachment.id, to);
      return attachment.id;
    }),
  );
}
