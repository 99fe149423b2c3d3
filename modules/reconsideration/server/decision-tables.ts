import type { Flag, Instant, LocalDate } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    reconOpinionLetters: ReconOpinionLetterTable;
    reconPublications: ReconPublicationTable;
  }
}

/** 行政复议意见书 (第七十六条) and 建议书 issued while handling a case (migration 202611281130). */
export interface ReconOpinionLetterTable {
  id: string;
  caseId: string;
  /** `opinion` (意见书) | `suggestion` (建议书). */
  kind: string;
  recipientOrgId: string | null;
  recipientName: string;
  content: string;
  issuedOn: LocalDate;
  /** 第七十六条: 60 days from receipt (issue day, served electronically); null for suggestion letters. */
  reportDueOn: LocalDate | null;
  reportedOn: LocalDate | null;
  reportContent: string | null;
  documentAttachmentId: string | null;
  createdBy: string;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/**
 * A decision made public (第七十九条), as published: a snapshot with the applicant's personal data
 * already masked, so the public endpoints never read the case (migration 202611281131).
 */
export interface ReconPublicationTable {
  id: string;
  caseId: string;
  decisionId: string;
  orgId: string;
  caseNumber: string | null;
  issuer: string;
  /** Persons masked (`张某`), organisations in full. */
  applicant: string;
  respondentName: string;
  actKind: string;
  decisionType: string;
  withCompensation: Flag;
  requests: string;
  reasoning: string;
  operative: string;
  issuedOn: LocalDate;
  publishedOn: LocalDate;
  publishedBy: string;
  createdAt: Instant;
}
