import type { Instant, LocalDate } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    hlTransfers: HlTransferTable;
    hlCallbacks: HlCallbackTable;
    hlFollowupDraws: HlFollowupDrawTable;
    hlFollowups: HlFollowupTable;
    hlSurveys: HlSurveyTable;
  }
}

/**
 * One transfer attempt of a ticket (一键转接): an outbound referral (12345 alliance, notary office) or a
 * pre-filled intake created in another module through `kernel.handoffs`. A rejected hand-off is kept
 * with state `failed` and the target's error code (nothing of the target written).
 */
export interface HlTransferTable {
  id: string;
  ticketId: string;
  /** The ticket's centre (the data scope of transfers). */
  orgId: string;
  /** Contract `transferDestinations`. */
  destination: string;
  /** Contract `transferStates`. */
  state: string;
  /** Our reference number (case-number type `hotlineTransfer`), or the attempt's for a failed one. */
  reference: string;
  targetReference: string | null;
  /** The notary office referred to. */
  targetOrgId: string | null;
  entityType: string | null;
  entityId: string | null;
  path: string | null;
  note: string | null;
  /** JSON: the names of the prefill fields sent (values may be personal data and are not kept here). */
  prefillFields: string | null;
  result: string | null;
  resultAt: Instant | null;
  resultBy: string | null;
  errorCode: string | null;
  errorField: string | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A callback (回拨) promised to the caller of a ticket: the assignee's todo. */
export interface HlCallbackTable {
  id: string;
  ticketId: string;
  orgId: string;
  assigneeUserId: string;
  reason: string;
  dueAt: Instant;
  /** Contract `callbackStates`. */
  state: string;
  outcome: string | null;
  note: string | null;
  completedAt: Instant | null;
  completedBy: string | null;
  /** The overdue notification was sent (callback.jobs.ts). */
  overdueNotified: number;
  createdBy: string | null;
  createdAt: Instant;
}

/** A recorded, reproducible draw of closed tickets for follow-up visits (回访抽样). */
export interface HlFollowupDrawTable {
  id: string;
  /** The organisation whose subtree was sampled (a centre, or the actor's organisation). */
  orgId: string;
  fromDate: LocalDate;
  toDate: LocalDate;
  percent: number;
  publishedValue: string;
  drawnAt: Instant;
  seed: string;
  populationCount: number;
  /** JSON array of the sampled ticket ids, in the order drawn. */
  sampleIds: string;
  drawnBy: string | null;
  /** JSON `FollowUpPopulationQuery` (followup-draw.service.ts); null on draws before 202611290501. */
  populationQuery: string | null;
  /** JSON array of the population's ticket ids, sorted; null on draws before 202611290501. */
  populationIds: string | null;
}

/** One follow-up visit of a sampled ticket. */
export interface HlFollowupTable {
  id: string;
  drawId: string;
  ticketId: string;
  orgId: string;
  /** Contract `followUpStates`. */
  state: string;
  reached: number | null;
  satisfaction: string | null;
  note: string | null;
  recordedBy: string | null;
  recordedAt: Instant | null;
  createdAt: Instant;
}

/**
 * The satisfaction survey of one closing of a ticket. The link's token is `<id>.<HMAC>` (server secret),
 * single use (`answeredAt`), expiring (`expiresAt`).
 */
export interface HlSurveyTable {
  id: string;
  ticketId: string;
  orgId: string;
  /** The link was texted to the caller's mobile (else: portal only). */
  sentBySms: number;
  sentAt: Instant;
  expiresAt: Instant;
  answeredAt: Instant | null;
  /** `sms` (the link) or `portal` (signed-in citizen). */
  answeredVia: string | null;
  rating: string | null;
  comment: string | null;
  /** The answer reopened the ticket (dissatisfied). */
  reopened: number;
}
