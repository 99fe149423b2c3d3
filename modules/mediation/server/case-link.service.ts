import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { mediationErrors } from '../contract/errors';
import type { CaseLinkBody, CaseReferrals, DuplicateCandidateView } from '../contract/referral';
import { findCaseInScope, updateCase } from './case.repository';
import { findDuplicateCandidates } from './duplicates.service';
import { presentCaseReferrals } from './referral.presenter';
import { caseLinkExists, insertCaseLink, listCaseLinks, listDeliveries, listReferralsOfCase } from './referral.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii'>;

async function referralsView(db: DbOrTrx, caseId: string): Promise<CaseReferrals> {
  const referrals = await listReferralsOfCase(db, caseId);
  const deliveries = await listDeliveries(
    db,
    referrals.map((r) => r.id),
  );
  return presentCaseReferrals(referrals, deliveries, await listCaseLinks(db, caseId));
}

/** GET /cases/:id/referrals: who referred the case, the outcome sent back and its webhook log, and the linked cases. */
export async function getCaseReferrals(k: Pick<Kernel, 'db'>, actor: ScopedActor, caseId: string): Promise<CaseReferrals> {
  if (!(await findCaseInScope(k.db, actor, caseId))) throw notFound();
  return referralsView(k.db, caseId);
}

/** GET /cases/:id/duplicates: open cases that look like the same dispute (for the detail page). */
export async function getCaseDuplicates(
  k: Pick<Kernel, 'db' | 'pii'>,
  actor: ScopedActor,
  caseId: string,
): Promise<DuplicateCandidateView[]> {
  const c = await findCaseInScope(k.db, actor, caseId);
  if (!c) throw notFound();
  const parties = await k.db.selectFrom('medParties').select(['name', 'idNumberEnc', 'phoneEnc']).where('caseId', '=', caseId).execute();
  return findDuplicateCandidates(k.db, k, {
    parties: parties.map((p) => ({ name: p.name, idNumber: k.pii.decrypt(p.idNumberEnc), phone: k.pii.decrypt(p.phoneEnc) })),
    title: c.title,
    facts: c.facts,
    receivedOn: c.receivedOn,
    excludeCaseId: c.id,
  });
}

/**
 * 关联: staff declare the case the same dispute as another case of their scope (the one kept);
 * the case row points at it (`linkedCaseId`, the first link) and the link keeps the reason. Audited.
 */
export async function linkCases(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  caseId: string,
  body: CaseLinkBody,
): Promise<CaseReferrals> {
  return k.db.transaction().execute(async (trx) => {
    const c = await findCaseInScope(trx, actor, caseId);
    if (!c) throw notFound();
    if (body.linkedCaseId === caseId) throw fail(mediationErrors, 'MED_CASE_LINK_SELF', { field: 'linkedCaseId' });
    const other = await findCaseInScope(trx, actor, body.linkedCaseId);
    if (!other) throw fail(coreErrors, 'NOT_FOUND', { field: 'linkedCaseId' });
    if (await caseLinkExists(trx, caseId, other.id)) throw fail(mediationErrors, 'MED_CASE_LINK_EXISTS', { field: 'linkedCaseId' });
    const now = k.clock.now().toISOString();
    await insertCaseLink(trx, {
      id: newId(),
      caseId,
      linkedCaseId: other.id,
      kind: 'manual',
      reason: body.reason,
      createdBy: actor.kind === 'staff' ? actor.userId : null,
      createdAt: now,
    });
    if (!c.linkedCaseId && !(await updateCase(trx, c.id, c.version, { linkedCaseId: other.id, updatedAt: now }))) throw conflict();
    await k.audit.record(trx, ctx, {
      action: 'mediation.case.link',
      entityType: 'medCase',
      entityId: caseId,
      orgId: c.orgId,
      before: { linkedCaseId: c.linkedCaseId },
      after: { linkedCaseId: c.linkedCaseId ?? other.id, linkedTo: other.caseNumber },
      reason: body.reason,
    });
    return referralsView(trx, caseId);
  });
}
