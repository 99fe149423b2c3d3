import type { Flag, Instant, LocalDate } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    medReferrers: MedReferrerTable;
    medReferrals: MedReferralTable;
    medWebhookDeliveries: MedWebhookDeliveryTable;
    medCaseLinks: MedCaseLinkTable;
  }
}

/**
 * A body that refers disputes to people's mediation (诉调、公调、访调、检调对接): a court, a police
 * station, a petition office, a procuratorate, the 12348 hotline … Its system calls the API with the
 * one API token bound here (a token belongs to at most one referrer); outcomes go back to its
 * webhook, signed with a secret stored encrypted.
 */
export interface MedReferrerTable {
  id: string;
  /** `court` | `police` | `petition` | `procuratorate` | `hotline` | `other` (contract `referrerKinds`). */
  kind: string;
  name: string;
  /** Stable code the referrer's system sends (`referrerCode`), unique. */
  code: string;
  regionCode: string;
  /** → api_tokens.id; unique: a token speaks for one referrer. */
  tokenId: string | null;
  webhookUrl: string | null;
  /** HMAC-SHA256 key of the webhook signature, encrypted like personal data (`kernel.pii.encrypt`). */
  webhookSecretEnc: string | null;
  /** Local target for returning the outcome (days from receipt) when the referral names no `returnBy`. */
  returnDays: number | null;
  active: Flag;
  version: number;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/**
 * One referral of a dispute by a referrer (its `externalRef` is unique per referrer: a resubmission
 * answers the same acknowledgement). Several referrals may point at one case: a dispute already
 * registered through another channel is linked (`linked` = 1), not registered twice.
 */
export interface MedReferralTable {
  id: string;
  referrerId: string;
  externalRef: string;
  caseId: string;
  linked: Flag;
  /** `api` (the referrer's system) | `staff` (a paper referral entered at intake). */
  channel: string;
  receivedAt: Instant;
  receivedOn: LocalDate;
  /** The day the referrer wants the result by (its own request, else the referrer's local target). */
  returnBy: LocalDate | null;
  /** Filled when the case reaches a final state (recordReferralOutcome). */
  outcomeState: string | null;
  outcome: string | null;
  agreementSummary: string | null;
  closedOn: LocalDate | null;
  returnedAt: Instant | null;
  /** 1 when the outcome was recorded by `returnBy` (statistics: referrals returned on time). */
  returnedOnTime: Flag | null;
  /** `none` (no webhook) | `pending` | `delivered` | `failed`. */
  webhookStatus: string;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Delivery log of the outcome webhooks: one row per attempt. */
export interface MedWebhookDeliveryTable {
  id: string;
  referralId: string;
  referrerId: string;
  /** Stable id of the event, sent as `X-Tianping-Event-Id` (receivers deduplicate on it). */
  eventId: string;
  attempt: number;
  url: string;
  /** HTTP status of the answer; null when no answer came (network error, timeout). */
  statusCode: number | null;
  ok: Flag;
  error: string | null;
  durationMs: number;
  attemptedAt: Instant;
}

/** A link between two cases of the same dispute (the later one points at the one kept), with its reason. */
export interface MedCaseLinkTable {
  id: string;
  caseId: string;
  linkedCaseId: string;
  /** `manual` (staff linked two registered cases). */
  kind: string;
  reason: string;
  createdBy: string | null;
  createdAt: Instant;
}
