import type { z } from 'zod';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { agreementDraftSchema } from '../contract/outcome';
import { agreementCopies, missingContent } from '../domain/agreement';
import { listParties } from './case.repository';
import { particularsComplete, particularsLine } from './agreement.service';
import { auditCase, checkDate, loadCase, medFail, requireState, touchCase } from './handling-steps';
import { findAgreement } from './handling.repository';
import { agreementTemplate, issuerOf, withOutcomeDocument } from './outcome-documents';

/**
 * The 调解协议书 generated from the template for the parties to sign (人民调解法 第二十九条): the
 * contents of 第二十九条第一款 are checked, the document is stored as the next version of the case's
 * agreement document — not served and not in effect until every signature is recorded
 * (POST …/agreement).
 */
export async function draftAgreement(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: z.infer<typeof agreementDraftSchema>,
): Promise<{ attachmentId: string }> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['mediating']);
  if (await findAgreement(k.db, c.id)) throw medFail('MED_AGREEMENT_EXISTS');
  checkDate(k, input.reachedOn, 'reachedOn', c.acceptedOn);
  const parties = await listParties(k.db, c.id);
  const missing = missingContent(
    { ...input, performanceDueOn: input.performanceDueOn ?? null },
    parties.map((p) => ({ id: p.id, name: p.name, particularsComplete: particularsComplete(p) })),
  );
  if (missing) throw medFail(missing.code, missing.field, missing.detail);
  if (input.performanceDueOn! < input.reachedOn) throw medFail('MED_DATE_TOO_EARLY', 'performanceDueOn', input.reachedOn);
  const data = {
    issuer: await issuerOf(k.db, c),
    date: input.reachedOn,
    caseNumber: c.caseNumber,
    docNumber: c.caseNumber,
    parties: parties.map((p) => particularsLine(k, p)),
    facts: input.facts,
    disputedMatters: input.disputedMatters,
    responsibilities: input.responsibilities,
    terms: input.terms,
    performanceManner: input.performanceManner,
    performanceDueOn: input.performanceDueOn!,
    copies: agreementCopies(parties.length),
    signatures: parties.map((p) => `${p.name}（签名、盖章或者按指印）`),
    mediatorName: '（签名）',
  };
  return withOutcomeDocument(k, ctx, agreementTemplate.id, data, async (trx, record) => {
    const attachmentId = await record(c, null);
    await auditCase(k, trx, ctx, c, 'mediation.agreement.draft', { reachedOn: input.reachedOn, documentAttachmentId: attachmentId });
    await touchCase(k, trx, c);
    return { attachmentId };
  });
}
