import { addDays, type LocalDate } from '@tianping/common/calendar/index';
import type { RequestContext } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { duplicate, fail } from '@tianping/server/http/errors';
import { mediationErrors } from '../contract/errors';
import type { CaseRow } from './case.repository';
import { findReferralByExternalRef, findReferrerById, insertReferral } from './referral.repository';

/**
 * A paper referral entered by staff (source court/police/… with a registered referrer, `referrerId`,
 * and its reference): recorded like an API referral (channel `staff`) so that the referring body's
 * token sees it and the outcome goes back to it. Called by staff intake inside its transaction after
 * the case is registered (the same reference twice → 409 DUPLICATE, field `externalRef`), and by
 * `recordReferralOutcome` at closure (`atClosure`: created if still missing, never refused).
 */
export async function recordPaperReferral(
  trx: Trx,
  k: Pick<Kernel, 'audit' | 'clock'>,
  ctx: RequestContext,
  c: CaseRow,
  opts: { atClosure?: boolean } = {},
): Promise<void> {
  if (!c.referrerId || !c.externalRef) return;
  const referrer = await findReferrerById(trx, c.referrerId);
  if (!referrer) {
    if (opts.atClosure) return;
    throw fail(mediationErrors, 'MED_REFERRER_UNKNOWN', { field: 'referrerId' });
  }
  if (await findReferralByExternalRef(trx, referrer.id, c.externalRef)) {
    if (opts.atClosure) return;
    throw duplicate('externalRef');
  }
  const now = k.clock.now();
  const id = newId();
  const returnBy = referrer.returnDays ? addDays(c.receivedOn as LocalDate, referrer.returnDays) : null;
  await insertReferral(trx, {
    id,
    referrerId: referrer.id,
    externalRef: c.externalRef,
    caseId: c.id,
    linked: 0,
    channel: 'staff',
    receivedAt: now.toISOString(),
    receivedOn: c.receivedOn,
    returnBy,
    outcomeState: null,
    outcome: null,
    agreementSummary: null,
    closedOn: null,
    returnedAt: null,
    returnedOnTime: null,
    webhookStatus: 'none',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
  await k.audit.record(trx, ctx, {
    action: 'mediation.referral.receive',
    entityType: 'medReferral',
    entityId: id,
    orgId: c.orgId,
    after: { referrerCode: referrer.code, externalRef: c.externalRef, caseId: c.id, caseNumber: c.caseNumber, channel: 'staff', returnBy },
  });
}
