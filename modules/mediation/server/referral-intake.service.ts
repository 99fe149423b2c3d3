import { addDays, isBefore, localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { fail, notFound } from '@tianping/server/http/errors';
import { findOrgById } from '@tianping/server/org/org.repository';
import { disputeKindLabels } from '../contract/enums';
import { mediationErrors } from '../contract/errors';
import {
  sourceOfReferrerKind,
  type ReferralAck,
  type ReferralBody,
  type ReferralListQuery,
  type ReferralView,
  type ReferrerKind,
} from '../contract/referral';
import { checkIntake, committeeOrgTypes, registerCaseInTrx, type CaseIntakeInput } from './case-intake.service';
import { proposeCommittee } from './case-list.repository';
import { findCaseById, type CaseRow } from './case.repository';
import { findDuplicateCase } from './duplicates.service';
import { presentAck, presentReferral } from './referral.presenter';
import {
  findReferralByExternalRef,
  findReferralOfReferrer,
  findReferralViewById,
  findReferrerByCode,
  findReferrerOfToken,
  insertReferral,
  listReferralsOfReferrer,
  type ReferrerRow,
} from './referral.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii' | 'caseNumbers'>;

/** The referrer the caller speaks for: the registry entry bound to its API token (staff accounts speak for none). */
async function ownReferrer(db: Trx | Kernel['db'], actor: ScopedActor): Promise<ReferrerRow | undefined> {
  return actor.kind === 'token' ? findReferrerOfToken(db, actor.tokenId) : undefined;
}

async function ack(trx: Trx, referralId: string): Promise<ReferralAck> {
  return presentAck((await findReferralViewById(trx, referralId))!);
}

/** The receiving committee: named, or proposed from the region of the dispute (its village, street, district). */
async function committeeFor(trx: Trx, body: ReferralBody): Promise<string> {
  if (body.committeeOrgId) {
    const org = await findOrgById(trx, body.committeeOrgId);
    if (!org || org.active !== 1 || !committeeOrgTypes.includes(org.type))
      throw fail(mediationErrors, 'MED_COMMITTEE_UNKNOWN', { field: 'committeeOrgId' });
    return org.id;
  }
  if (!body.regionCode) throw fail(mediationErrors, 'MED_REFERRAL_TARGET_REQUIRED', { field: 'committeeOrgId' });
  const proposed = await proposeCommittee(trx, body.regionCode);
  if (!proposed) throw fail(mediationErrors, 'MED_COMMITTEE_NOT_FOUND_FOR_REGION', { field: 'regionCode' });
  return proposed.id;
}

const defaultTitle = (body: ReferralBody) => {
  const side = (role: string) =>
    body.parties
      .filter((p) => p.role === role)
      .map((p) => p.name)
      .join('、');
  return `${side('applicant')}与${side('respondent')}${disputeKindLabels[body.kind].zh}`.slice(0, 200);
};

/**
 * A referral by another body's system (POST /api/mediation/referrals, 人民调解法 第十八条; 信访工作条例
 * 第三十三条): the referrer must be the one bound to the calling token (else MED_REFERRER_UNKNOWN,
 * nothing written); a resubmission of the same `externalRef` answers the first acknowledgement; a
 * dispute already open through another channel is linked to that case (a second referral row),
 * otherwise the case is registered through MA's intake with the referrer's kind as the source.
 * One transaction, audited. Returns the acknowledgement and whether it was created now.
 */
export async function submitReferral(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  body: ReferralBody,
): Promise<{ ack: ReferralAck; created: boolean }> {
  const now = k.clock.now();
  const today = localDateAt(now);
  return k.db.transaction().execute(async (trx) => {
    const referrer = await findReferrerByCode(trx, body.referrerCode);
    const own = await ownReferrer(trx, actor);
    if (!referrer || !own || own.id !== referrer.id) throw fail(mediationErrors, 'MED_REFERRER_UNKNOWN', { field: 'referrerCode' });

    const existing = await findReferralByExternalRef(trx, referrer.id, body.externalRef);
    if (existing) return { ack: await ack(trx, existing.id), created: false };

    if (body.returnBy && isBefore(body.returnBy as LocalDate, today))
      throw fail(mediationErrors, 'MED_REFERRAL_RETURN_BY_INVALID', { field: 'returnBy' });
    const intake: CaseIntakeInput = {
      committeeOrgId: await committeeFor(trx, body),
      source: sourceOfReferrerKind[referrer.kind as ReferrerKind],
      kind: body.kind,
      title: body.title ?? defaultTitle(body),
      facts: body.facts,
      amountYuan: body.amountYuan ?? null,
      parties: body.parties,
      receivedOn: today,
      incidentRegionCode: body.regionCode ?? null,
      referrerName: referrer.name,
      referrerId: referrer.id,
      externalRef: body.externalRef,
    };
    checkIntake(intake, today);

    const dup = await findDuplicateCase(trx, k, intake);
    const caseRow: CaseRow = dup ? (await findCaseById(trx, dup.caseId))! : await registerCaseInTrx(k, trx, ctx, intake);
    const id = newId();
    const returnBy = body.returnBy ?? (referrer.returnDays ? addDays(today, referrer.returnDays) : null);
    await insertReferral(trx, {
      id,
      referrerId: referrer.id,
      externalRef: body.externalRef,
      caseId: caseRow.id,
      linked: dup ? 1 : 0,
      channel: 'api',
      receivedAt: now.toISOString(),
      receivedOn: today,
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
      action: dup ? 'mediation.referral.link' : 'mediation.referral.receive',
      entityType: 'medReferral',
      entityId: id,
      orgId: caseRow.orgId,
      after: {
        referrerCode: referrer.code,
        externalRef: body.externalRef,
        caseId: caseRow.id,
        caseNumber: caseRow.caseNumber,
        linked: !!dup,
        returnBy,
        ...(dup && { duplicateScore: dup.score, duplicateReasons: dup.reasons.map((r) => r.zh) }),
      },
    });
    return { ack: await ack(trx, id), created: true };
  });
}

/** The token's own referrals (its referrer's), newest first; nobody else's. */
export async function listOwnReferrals(k: Pick<Kernel, 'db'>, actor: ScopedActor, q: ReferralListQuery) {
  const referrer = await ownReferrer(k.db, actor);
  if (!referrer) return { items: [] as ReferralView[], total: 0, page: q.page, pageSize: q.pageSize };
  const closed = q.closed === undefined ? undefined : q.closed === 'true';
  const { rows, total } = await listReferralsOfReferrer(k.db, referrer.id, { ...q, closed });
  return { items: rows.map(presentReferral), total, page: q.page, pageSize: q.pageSize };
}

/** One of the token's own referrals with its progress and outcome; 404 for anyone else's. */
export async function getOwnReferral(k: Pick<Kernel, 'db'>, actor: ScopedActor, id: string): Promise<ReferralView> {
  const referrer = await ownReferrer(k.db, actor);
  const row = referrer ? await findReferralOfReferrer(k.db, referrer.id, id) : undefined;
  if (!row) throw notFound();
  return presentReferral(row);
}
