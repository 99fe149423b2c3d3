import type { Generated } from 'kysely';
import type { Flag, Instant } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    searchDocuments: SearchDocumentTable;
    /** SQLite only: the FTS5 external-content index over `search_documents` (kept by triggers). */
    searchDocumentsFts: SearchDocumentFtsTable;
  }
}

/**
 * One searchable record of any module. Modules write it through the indexing API
 * (`indexDocument` / `removeDocument`) in the same transaction as the record itself.
 */
export interface SearchDocumentTable {
  /** Integer key: the FTS5 index refers to rows by rowid. */
  id: Generated<number>;
  /** Module-owned type key (`lawArticle`, `reconsideration.case`). */
  entityType: string;
  entityId: string;
  /** Owning organisation of a non-public document; its data scope decides who finds it. */
  orgId: string | null;
  /** Permission an actor must also hold to find the (non-public) document; null: none beyond scope. */
  permission: string | null;
  /** Free key a module narrows searches by (e.g. the law an article belongs to). */
  groupKey: string | null;
  /** 1: everyone finds it, signed in or not (law library); 0: staff within scope only. */
  public: Flag;
  /** Prior weight multiplied into the score (1 normal; e.g. lower for a repealed law's articles). */
  boost: number;
  title: string;
  body: string;
  /** Extra words indexed but not shown (a law's full name, chapter titles), weighted like the body. */
  keywords: string;
  url: string;
  /** jieba-segmented, space-separated tokens of the title, the keywords and the body. */
  titleTokens: string;
  keywordTokens: string;
  bodyTokens: string;
  updatedAt: Instant;
}

export interface SearchDocumentFtsTable {
  rowid: number;
  titleTokens: string;
  keywordTokens: string;
  bodyTokens: string;
}
