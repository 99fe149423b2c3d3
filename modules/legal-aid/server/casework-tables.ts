import type { Flag, Instant, LocalDate } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    aidProgress: AidProgressTable;
    aidClosures: AidClosureTable;
    aidReplacements: AidReplacementTable;
    aidComplaints: AidComplaintTable;
    aidTerminations: AidTerminationTable;
    aidObjections: AidObjectionTable;
    aidQualityReviews: AidQualityReviewTable;
    aidFollowups: AidFollowupTable;
    aidSamplingDraws: AidSamplingDrawTable;
    aidSubsidySchedules: AidSubsidyScheduleTable;
    aidSubsidies: AidSubsidyTable;
  }
}

/** The assigned provider's work on a case: progress notes, meetings, hearing dates, documents (migration 2026112902 60). */
export interface AidProgressTable {
  id: string;
  caseId: string;
  /** `note | meeting | hearing | document` (contract/casework.ts progressKinds). */
  kind: string;
  occurredOn: LocalDate;
  /** Hearings: the time of day (HH:MM) and the court or place. */
  time: string | null;
  place: string | null;
  title: string;
  content: string;
  /** JSON array of attachment ids (owner `aidCase`). */
  attachmentIds: string;
  createdBy: string;
  createdAt: Instant;
}

/** 结案报告 (第五十条): the provider's report with copies of the case documents (60). */
export interface AidClosureTable {
  id: string;
  caseId: string;
  closedOn: LocalDate;
  /** Contract closureResults (judgment, mediation, settlement, …). */
  result: string;
  /** JSON array of contract caseStages handled (the subsidy's lines). */
  stages: string;
  summary: string;
  /** JSON array of attachment ids: copies of judgments, opinions, the report itself. */
  documentAttachmentIds: string;
  reportedBy: string;
  createdAt: Instant;
}

/** The recipient's request to replace the provider (第五十五条); the centre decides, AB re-assigns (61). */
export interface AidReplacementTable {
  id: string;
  caseId: string;
  /** `citizen | staff`. */
  source: string;
  reason: string;
  requestedOn: LocalDate;
  /** `pending | approved | rejected`. */
  status: string;
  decidedOn: LocalDate | null;
  /** When it was decided: an approval is pending re-assignment until a newer assignment exists. */
  decidedAt: Instant | null;
  decisionReason: string | null;
  decidedBy: string | null;
  createdAt: Instant;
}

/** A complaint about the provider or the centre (第五十五条、第五十六条) (61). */
export interface AidComplaintTable {
  id: string;
  caseId: string;
  source: string;
  content: string;
  receivedOn: LocalDate;
  /** `open | handled`. */
  status: string;
  result: string | null;
  handledOn: LocalDate | null;
  handledBy: string | null;
  createdAt: Instant;
}

/** 终止法律援助 (第四十八条): the provider's report and the centre's decision (62). */
export interface AidTerminationTable {
  id: string;
  caseId: string;
  /** Contract terminationGrounds. */
  ground: string;
  facts: string;
  reportedBy: string | null;
  reportedOn: LocalDate | null;
  /** `reported | terminated | rejected`. */
  status: string;
  decidedOn: LocalDate | null;
  decisionReason: string | null;
  decidedBy: string | null;
  /** 终止法律援助决定书. */
  documentAttachmentId: string | null;
  createdAt: Instant;
}

/** 异议 (第四十九条) against a denial or a termination, decided by the justice bureau within 5 days (63). */
export interface AidObjectionTable {
  id: string;
  caseId: string;
  /** The centre whose decision is contested. */
  orgId: string;
  /** `denial | termination`. */
  against: string;
  /** The contested decision's date. */
  contestedOn: LocalDate;
  /** `portal | staff`. */
  source: string;
  reason: string;
  receivedOn: LocalDate;
  /** 第四十九条第二款: five natural days from receipt. */
  dueOn: LocalDate;
  /** `open | upheld | corrected`. */
  status: string;
  decidedOn: LocalDate | null;
  decisionReason: string | null;
  decidedBy: string | null;
  documentAttachmentId: string | null;
  /** Open objections are unique per case (partial unique index): a second one is a 409. */
  openKey: string | null;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** 案卷评查 with the rubric of domain/quality.ts (64). */
export interface AidQualityReviewTable {
  id: string;
  caseId: string;
  orgId: string;
  drawId: string | null;
  rubricVersion: number;
  /** JSON `{itemKey: points}`. */
  scores: string;
  total: number;
  grade: string;
  comments: string | null;
  reviewedOn: LocalDate;
  reviewedBy: string;
  createdAt: Instant;
}

/** 回访 and satisfaction: follow-up calls by staff, or the recipient's rating in the portal (64). */
export interface AidFollowupTable {
  id: string;
  caseId: string;
  orgId: string;
  /** `phone | visit | portal`. */
  channel: string;
  contactedOn: LocalDate;
  reached: Flag;
  /** 1–5, null when not reached. */
  satisfaction: number | null;
  comment: string | null;
  recordedBy: string;
  createdAt: Instant;
}

/** A recorded random draw of closed cases for review (65). */
export interface AidSamplingDrawTable {
  id: string;
  /** Organisation whose closed cases (its subtree) form the population. */
  orgId: string;
  periodFrom: LocalDate;
  periodTo: LocalDate;
  /** JSON of the population query (org subtree, period of closure, matter group). */
  populationQuery: string;
  publishedValue: string;
  drawnAt: Instant;
  seed: string;
  populationCount: number;
  /** JSON array of the population ids (sorted), so anyone can recompute. */
  populationIds: string;
  sampleSize: number;
  /** JSON array of the sampled case ids, in draw order. */
  sampleIds: string;
  createdBy: string;
  createdAt: Instant;
}

/** 法律援助补贴标准 (第五十二条): amount per case kind and stage with effective dates (66). */
export interface AidSubsidyScheduleTable {
  id: string;
  caseKind: string;
  stage: string;
  amountYuan: number;
  effectiveFrom: LocalDate;
  /** Exclusive; null while in force. */
  effectiveTo: LocalDate | null;
  note: string | null;
  example: Flag;
  createdBy: string | null;
  createdAt: Instant;
}

/** The subsidy of a closed case (computed on closure), its approval and payment (66). */
export interface AidSubsidyTable {
  id: string;
  caseId: string;
  orgId: string;
  providerId: string | null;
  caseKind: string;
  computedOn: LocalDate;
  /** JSON array of {stage, scheduleId, amountYuan}. */
  lines: string;
  totalYuan: number;
  /** `pending | approved | rejected | paid`. */
  status: string;
  decidedOn: LocalDate | null;
  decisionReason: string | null;
  decidedBy: string | null;
  paidOn: LocalDate | null;
  paymentReference: string | null;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}
