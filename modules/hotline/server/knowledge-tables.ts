import type { Instant } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    hlArticles: HlArticleTable;
    hlArticleVersions: HlArticleVersionTable;
    hlArticleLaws: HlArticleLawTable;
    hlConsultations: HlConsultationTable;
    hlPublicQa: HlPublicQaTable;
  }
}

/**
 * A knowledge-base article (FAQ, 知识库): the working text (`title`, `question`, `body`) and, once
 * approved, the published text that suggestions and the search use. States: draft → inReview →
 * published; a rejected review goes back to draft; editing a published article keeps the published
 * text online until the new version is approved.
 */
export interface HlArticleTable {
  id: string;
  /** The organisation that maintains it (the city 12348 centre for city-wide articles). */
  orgId: string;
  category: string;
  title: string;
  /** The question as citizens put it (indexed with the body). */
  question: string;
  body: string;
  /** Contract `articleStates`. */
  state: string;
  /** Number of the working version (hl_article_versions.version_no). */
  currentVersion: number;
  /** The published version number (null: never published). */
  publishedVersion: number | null;
  publishedTitle: string | null;
  publishedBody: string | null;
  publishedAt: Instant | null;
  createdBy: string;
  updatedBy: string;
  createdAt: Instant;
  updatedAt: Instant;
  /** Optimistic lock. */
  version: number;
}

/** Every saved version of an article, with its review. */
export interface HlArticleVersionTable {
  id: string;
  articleId: string;
  versionNo: number;
  category: string;
  title: string;
  question: string;
  body: string;
  /** JSON array of law article ids. */
  lawArticleIds: string;
  /** draft | inReview | approved | rejected */
  reviewState: string;
  editedBy: string;
  editedAt: Instant;
  reviewedBy: string | null;
  reviewedAt: Instant | null;
  reviewComment: string | null;
}

/** Links of an article (working version) to law articles of the law library. */
export interface HlArticleLawTable {
  articleId: string;
  lawArticleId: string;
  ordinal: number;
}

/**
 * An online consultation (在线法律咨询): the citizen's written question in the city-wide on-duty
 * queue, answered by a lawyer or agent within the configurable working-hours SLA, rated.
 */
export interface HlConsultationTable {
  id: string;
  number: string;
  citizenId: string;
  /** The city 12348 centre (holder of the queue) until answered, then the answerer's organisation. */
  orgId: string | null;
  category: string;
  question: string;
  /** waiting | claimed | answered | rated */
  state: string;
  submittedAt: Instant;
  /** The answer is due (submittedAt + the SLA in working hours). */
  dueAt: Instant;
  claimedBy: string | null;
  claimedAt: Instant | null;
  answer: string | null;
  /** JSON array of law article ids cited in the answer. */
  lawArticleIds: string;
  answeredBy: string | null;
  answeredAt: Instant | null;
  rating: string | null;
  ratingComment: string | null;
  ratedAt: Instant | null;
  /** documents.id of the consultation opinion letter (法律咨询意见书), when generated. */
  letterDocumentId: string | null;
  /** The overdue notice was sent once (consultation.jobs.ts); defaults to 0. */
  overdueNotified: number;
  createdAt: Instant;
  updatedAt: Instant;
  version: number;
}

/** An anonymised question and answer proposed for, or published in, the public Q&A. */
export interface HlPublicQaTable {
  id: string;
  consultationId: string | null;
  category: string;
  question: string;
  answer: string;
  /** proposed | published | rejected */
  state: string;
  proposedBy: string;
  proposedAt: Instant;
  reviewedBy: string | null;
  reviewedAt: Instant | null;
  reviewComment: string | null;
}
