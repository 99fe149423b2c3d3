import type { ScopedActor } from '@tianping/server/access/actor';
import { caseOutcomeLabels, caseStateLabels, type CaseOutcome, type CaseState } from '../contract/enums';
import {
  referrerKindLabels,
  type CaseReferrals,
  type ReferralAck,
  type ReferralView,
  type ReferrerKind,
  type ReferrerView,
} from '../contract/referral';
import type { DeliveryRow, ReferralViewRow, ReferrerListRow } from './referral.repository';

const lbl = (l: { zh: string; en: string }) => ({ zh: l.zh, en: l.en });
const bool = (f: number | null) => (f === null ? null : f === 1);

export function presentReferrer(r: ReferrerListRow, actor: ScopedActor): ReferrerView {
  return {
    id: r.id,
    kind: r.kind as ReferrerKind,
    kindLabel: lbl(referrerKindLabels[r.kind as ReferrerKind] ?? { zh: r.kind, en: r.kind }),
    name: r.name,
    code: r.code,
    regionCode: r.regionCode,
    regionName: r.regionName ?? null,
    tokenId: r.tokenId,
    tokenName: r.tokenName ?? null,
    tokenPrefix: r.tokenPrefix ?? null,
    webhookUrl: r.webhookUrl,
    hasWebhookSecret: r.webhookSecretEnc !== null,
    returnDays: r.returnDays,
    active: r.active === 1,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    abilities: { canEdit: actor.permissions.has('mediation.settings.manage') },
  };
}

export function presentAck(r: ReferralViewRow): ReferralAck {
  return {
    referralId: r.id,
    externalRef: r.externalRef,
    caseNumber: r.caseNumber,
    committeeName: r.committeeName,
    receivedAt: r.receivedAt,
    caseState: r.caseState as CaseState,
    linked: r.linked === 1,
  };
}

/** The referring body's view: progress, and once the case closed, the outcome recorded for it. */
export function presentReferral(r: ReferralViewRow): ReferralView {
  const outcome = (r.outcome as CaseOutcome | null) ?? null;
  return {
    ...presentAck(r),
    caseStateLabel: lbl(caseStateLabels[r.caseState as CaseState] ?? { zh: r.caseState, en: r.caseState }),
    returnBy: r.returnBy,
    outcome,
    outcomeLabel: outcome ? lbl(caseOutcomeLabels[outcome] ?? { zh: outcome, en: outcome }) : null,
    agreementSummary: r.agreementSummary,
    closedOn: r.closedOn,
    returnedAt: r.returnedAt,
    returnedOnTime: bool(r.returnedOnTime),
  };
}

type CaseReferralRow = Omit<ReferralViewRow, 'caseNumber' | 'caseState' | 'caseReceivedOn' | 'committeeName'> & {
  referrerName: string;
  referrerKind: string;
};

export function presentCaseReferrals(
  referrals: CaseReferralRow[],
  deliveries: DeliveryRow[],
  links: CaseReferrals['links'],
): CaseReferrals {
  return {
    referrals: referrals.map((r) => ({
      id: r.id,
      referrerId: r.referrerId,
      referrerName: r.referrerName,
      referrerKind: r.referrerKind as ReferrerKind,
      externalRef: r.externalRef,
      channel: r.channel as 'api' | 'staff',
      linked: r.linked === 1,
      receivedAt: r.receivedAt,
      returnBy: r.returnBy,
      closedOn: r.closedOn,
      returnedOnTime: bool(r.returnedOnTime),
      webhookStatus: r.webhookStatus as 'none' | 'pending' | 'delivered' | 'failed',
      deliveries: deliveries
        .filter((d) => d.referralId === r.id)
        .map((d) => ({ attempt: d.attempt, statusCode: d.statusCode, ok: d.ok === 1, error: d.error, attemptedAt: d.attemptedAt })),
    })),
    links,
  };
}
