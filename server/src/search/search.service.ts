import { searchErrors, type SearchHit, type SearchMode } from '@tianping/common/contract/search';
import type { Actor } from '../access/actor';
import type { Db, DbOrTrx } from '../db/database';
import { nowIso } from '../db/ids';
import type { Flag } from '../db/schema';
import { fail } from '../http/errors';
import { highlight, snippet } from './highlight';
import {
  deleteDocument,
  deleteDocumentsByGroup,
  documentsAfter,
  optimiseIndex,
  searchPage,
  updateTokens,
  upsertDocuments,
  type SearchDocumentRow,
} from './search.repository';
import { queryWords, segmentForIndex, segmenterVersion } from './segmenter';

/** What a module hands to the index for one of its records. */
export interface IndexableDocument {
  entityType: string;
  entityId: string;
  /** Owning organisation; required unless the document is public. */
  orgId: string | null;
  title: string;
  body: string;
  /** Where the UI opens the record (a web route). */
  url: string;
  /** 1: everyone may find it (law library, published notices); 0: staff within data scope. */
  public: Flag;
  /** Extra words indexed but not shown (full official name, chapter titles), weighted like the body. */
  keywords?: string;
  /** Permission needed besides data scope (e.g. `reconsideration.case.read`). */
  permission?: string | null;
  /** Key to narrow searches by, e.g. the law an article belongs to. */
  groupKey?: string | null;
  /**
   * Prior weight multiplied into the relevance score, default 1: below 1 for documents that
   * should yield to others matching as well (a repealed law, a lower-ranking norm).
   */
  boost?: number;
}

/** Longest body indexed and stored (characters); longer text is indexed by its beginning. */
const maxBodyLength = 100_000;

function tokensOf(title: string, keywords: string, body: string) {
  return { titleTokens: segmentForIndex(title), keywordTokens: segmentForIndex(keywords), bodyTokens: segmentForIndex(body) };
}

function toRow(doc: IndexableDocument, now: string): SearchDocumentRow {
  if (!doc.public && !doc.orgId) {
    throw new Error(
      `Search document ${doc.entityType}/${doc.entityId} is not public and has no organisation: nobody could be scoped to it`,
    );
  }
  const body = doc.body.slice(0, maxBodyLength);
  const keywords = doc.keywords ?? '';
  return {
    entityType: doc.entityType,
    entityId: doc.entityId,
    orgId: doc.orgId,
    permission: doc.permission ?? null,
    groupKey: doc.groupKey ?? null,
    public: doc.public,
    boost: doc.boost ?? 1,
    title: doc.title,
    body,
    keywords,
    url: doc.url,
    ...tokensOf(doc.title, keywords, body),
    updatedAt: now,
  };
}

/**
 * Adds or replaces a record's search document. Call it inside the transaction that writes the
 * record, so the index never disagrees with the data.
 */
export async function indexDocument(trx: DbOrTrx, doc: IndexableDocument): Promise<void> {
  await indexDocuments(trx, [doc]);
}

/** Bulk form of `indexDocument` (imports): segmented once, written in multi-row statements. */
export async function indexDocuments(trx: DbOrTrx, docs: readonly IndexableDocument[]): Promise<void> {
  const now = nowIso();
  await upsertDocuments(
    trx,
    docs.map((d) => toRow(d, now)),
  );
}

/** Call after indexing many documents at once (imports), outside or at the end of the transaction. */
export async function optimiseSearchIndex(db: DbOrTrx): Promise<void> {
  await optimiseIndex(db);
}

export async function removeDocument(trx: DbOrTrx, entityType: string, entityId: string): Promise<void> {
  await deleteDocument(trx, entityType, entityId);
}

/** Removes every document of a type sharing a group key (e.g. all articles of one law). */
export async function removeDocumentGroup(trx: DbOrTrx, entityType: string, groupKey: string): Promise<void> {
  await deleteDocumentsByGroup(trx, entityType, groupKey);
}

export interface SearchOptions {
  q: string;
  entityTypes?: readonly string[];
  groupKeys?: readonly string[];
  limit: number;
  offset: number;
}

export interface SearchOutcome {
  items: SearchHit[];
  total: number;
  mode: SearchMode;
  terms: string[];
}

/**
 * Full-text search over the documents the actor may see. All terms must occur; when no
 * document has them all, documents with any of them are ranked instead (`mode: 'any'`).
 * Titles and excerpts come back HTML-escaped with the terms in `<mark>`.
 */
export async function searchDocuments(db: DbOrTrx, actor: Actor | null, opts: SearchOptions): Promise<SearchOutcome> {
  const words = queryWords(opts.q);
  if (!words.length) throw fail(searchErrors, 'SEARCH_NO_TERMS', { field: 'q' });
  const terms = [...new Set(words.flatMap((w) => [w.word, ...w.parts]))];
  const page = (mode: SearchMode) => searchPage(db, { ...opts, words, mode, actor });
  let mode: SearchMode = 'all';
  let found = await page(mode);
  if (!found.total && terms.length > 1) {
    mode = 'any';
    found = await page(mode);
  }
  const items = found.rows.map((r) => ({
    entityType: r.entityType,
    entityId: r.entityId,
    title: r.title,
    titleHtml: highlight(r.title, terms),
    snippetHtml: snippet(r.body, terms),
    url: r.url,
    orgId: r.orgId,
    score: r.score,
  }));
  return { items, total: found.total, mode, terms };
}

const versionKey = 'search_segmenter_version';
const resegmentBatch = 500;

/**
 * Keeps the index in step with the segmenter: when the engine or the legal dictionary changed
 * since the documents were stored, every document is segmented again (one transaction).
 */
export async function resegmentIfChanged(db: Db): Promise<number> {
  const version = segmenterVersion();
  const stored = await db.selectFrom('systemState').select('value').where('key', '=', versionKey).executeTakeFirst();
  if (stored?.value === version) return 0;
  return db.transaction().execute(async (trx) => {
    let count = 0;
    let after = 0;
    for (;;) {
      const docs = await documentsAfter(trx, after, resegmentBatch);
      if (!docs.length) break;
      for (const d of docs) await updateTokens(trx, d.id, tokensOf(d.title, d.keywords, d.body));
      count += docs.length;
      after = docs[docs.length - 1]!.id;
    }
    await trx
      .insertInto('systemState')
      .values({ key: versionKey, value: version })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: version }))
      .execute();
    return count;
  });
}
