import type { LawStatus } from '@tianping/common/contract/laws';
import type { Instant, LocalDate } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    laws: LawTable;
    lawArticles: LawArticleTable;
  }
}

/** A statute, regulation or judicial interpretation of the law library. */
export interface LawTable {
  /** Stable id derived from `title` (see law-ids.ts). */
  id: string;
  /** Short title, unique in the library (行政复议法). */
  title: string;
  officialTitle: string;
  category: string;
  issuingBody: string;
  promulgatedOn: LocalDate | null;
  effectiveOn: LocalDate | null;
  amendedOn: LocalDate | null;
  versionDate: LocalDate | null;
  effectiveDateBasis: 'text' | 'editor';
  status: LawStatus;
  statusNote: string | null;
  /** JSON array of the adoption and amendment lines. */
  history: string;
  preamble: string | null;
  appendix: string | null;
  sourceFile: string;
  /** Position in the catalogue (index.json), for a stable default order. */
  sortOrder: number;
  articleCount: number;
  /** SHA-256 of the catalogue entry, the file and the parser version: unchanged laws are skipped on import. */
  contentHash: string;
  importedAt: Instant;
}

export interface LawArticleTable {
  /** Stable id derived from the law title and the article number. */
  id: string;
  lawId: string;
  number: number;
  suffix: number;
  label: string;
  partTitle: string | null;
  subpartTitle: string | null;
  chapterTitle: string | null;
  sectionTitle: string | null;
  text: string;
  ordinal: number;
}
