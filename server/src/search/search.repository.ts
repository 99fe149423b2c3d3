import { PostgresAdapter, sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { SearchMode } from '@tianping/common/contract/search';
import { isScoped, type Actor } from '../access/actor';
import { inOrgScope } from '../access/scope';
import type { DbOrTrx } from '../db/database';
import type { Database } from '../db/schema';
import {
  buildQuery,
  columnWeights,
  fts5Syntax,
  ftsTable,
  lengthFactor,
  pgRankWeights,
  pgVector,
  rankingUnits,
  tsquerySyntax,
} from './search-sql';
import type { QueryWord } from './segmenter';
import type { SearchDocumentTable } from './tables';

export type SearchDocumentRow = Omit<SearchDocumentTable, 'id'>;

/** Rows per multi-row statement: ≈14 parameters each keeps far below both dialects' limits. */
const batchSize = 400;

export function isPostgres(db: DbOrTrx): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Inserts or replaces documents by (entityType, entityId), in multi-row statements. */
export async function upsertDocuments(db: DbOrTrx, rows: readonly SearchDocumentRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await db
      .insertInto('searchDocuments')
      .values(rows.slice(i, i + batchSize))
      .onConflict((oc) =>
        oc.columns(['entityType', 'entityId']).doUpdateSet((eb) => ({
          orgId: eb.ref('excluded.orgId'),
          permission: eb.ref('excluded.permission'),
          groupKey: eb.ref('excluded.groupKey'),
          public: eb.ref('excluded.public'),
          boost: eb.ref('excluded.boost'),
          title: eb.ref('excluded.title'),
          body: eb.ref('excluded.body'),
          keywords: eb.ref('excluded.keywords'),
          url: eb.ref('excluded.url'),
          titleTokens: eb.ref('excluded.titleTokens'),
          keywordTokens: eb.ref('excluded.keywordTokens'),
          bodyTokens: eb.ref('excluded.bodyTokens'),
          updatedAt: eb.ref('excluded.updatedAt'),
        })),
      )
      .execute();
  }
}

/**
 * After a bulk load: PostgreSQL needs fresh statistics, or the planner (guessing on an
 * unanalysed table) evaluates the tsvector expression row by row instead of using the GIN
 * index; SQLite's FTS5 index is merged into one b-tree for faster queries.
 */
export async function optimiseIndex(db: DbOrTrx): Promise<void> {
  if (isPostgres(db)) await sql`analyze search_documents`.execute(db);
  else await sql`insert into ${sql.raw(ftsTable)}(${sql.raw(ftsTable)}) values ('optimize')`.execute(db);
}

export async function deleteDocument(db: DbOrTrx, entityType: string, entityId: string): Promise<void> {
  await db.deleteFrom('searchDocuments').where('entityType', '=', entityType).where('entityId', '=', entityId).execute();
}

export async function deleteDocumentsByGroup(db: DbOrTrx, entityType: string, groupKey: string): Promise<void> {
  await db.deleteFrom('searchDocuments').where('entityType', '=', entityType).where('groupKey', '=', groupKey).execute();
}

/** A slice of stored documents in id order (for re-segmenting the index). */
export async function documentsAfter(db: DbOrTrx, afterId: number, limit: number) {
  return db
    .selectFrom('searchDocuments')
    .select(['id', 'title', 'keywords', 'body'])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function updateTokens(
  db: DbOrTrx,
  id: number,
  tokens: { titleTokens: string; keywordTokens: string; bodyTokens: string },
): Promise<void> {
  await db.updateTable('searchDocuments').set(tokens).where('id', '=', id).execute();
}

export interface SearchPageQuery {
  words: readonly QueryWord[];
  mode: SearchMode;
  actor: Actor | null;
  entityTypes?: readonly string[];
  groupKeys?: readonly string[];
  limit: number;
  offset: number;
}

export interface SearchRow {
  entityType: string;
  entityId: string;
  orgId: string | null;
  title: string;
  body: string;
  url: string;
  score: number;
}

/**
 * Who finds what, as SQL: public documents for everyone; a non-public document only for a
 * staff member or token whose data scope covers its organisation and who holds its permission
 * (if it names one). Anonymous visitors and citizens find public documents only.
 */
function visible(eb: ExpressionBuilder<Database & { d: SearchDocumentTable }, 'd'>, actor: Actor | null) {
  const isPublic = eb('d.public', '=', 1);
  if (!isScoped(actor)) return isPublic;
  const permissions = [...actor.permissions];
  return eb.or([
    isPublic,
    eb.and([
      eb('d.orgId', 'is not', null),
      inOrgScope(eb, actor, 'd.orgId'),
      permissions.length ? eb.or([eb('d.permission', 'is', null), eb('d.permission', 'in', permissions)]) : eb('d.permission', 'is', null),
    ]),
  ]);
}

/** One page of ranked, permission-trimmed hits and the total number of hits. */
export async function searchPage(db: DbOrTrx, q: SearchPageQuery): Promise<{ rows: SearchRow[]; total: number }> {
  const pg = isPostgres(db);
  const matchQuery = buildQuery(q.words, q.mode, pg ? tsquerySyntax : fts5Syntax);
  const base = () => {
    let query = pg
      ? db.selectFrom('searchDocuments as d').where(sql<SqlBool>`${pgVector('d')} @@ to_tsquery('simple', ${matchQuery})`)
      : db
          .selectFrom('searchDocumentsFts')
          .innerJoin('searchDocuments as d', 'd.id', 'searchDocumentsFts.rowid')
          .where(sql<SqlBool>`${sql.raw(ftsTable)} MATCH ${matchQuery}`);
    query = query.where((eb) => visible(eb as never, q.actor));
    if (q.entityTypes?.length) query = query.where('d.entityType', 'in', [...q.entityTypes]);
    if (q.groupKeys?.length) query = query.where('d.groupKey', 'in', [...q.groupKeys]);
    return query;
  };
  const counted = await base()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const total = Number(counted.n);
  if (!total) return { rows: [], total };
  const columns = ['d.id', 'd.entityType', 'd.entityId', 'd.orgId', 'd.title', 'd.body', 'd.url', 'd.boost'] as const;
  let rows: (SearchRow & { id: number; boost: number })[];
  if (pg) {
    const score = await pgScore(db, q);
    // Materialised, so each matched row's vector is built once, not once per ranked unit.
    rows = await db
      .with(
        (cte) => cte('m').materialized(),
        () =>
          base()
            .select(columns)
            .select(sql`${pgVector('d')}`.as('vec')),
      )
      .selectFrom('m')
      .select(['m.id', 'm.entityType', 'm.entityId', 'm.orgId', 'm.title', 'm.body', 'm.url', 'm.boost'])
      .select(score.as('score'))
      .orderBy('score', 'desc')
      .orderBy('m.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute();
  } else {
    // bm25() is better when lower (negative); negated so that higher is better on both.
    const w = columnWeights;
    const score = sql<number>`-bm25(${sql.raw(ftsTable)}, ${sql.lit(w.title)}, ${sql.lit(w.keywords)}, ${sql.lit(w.body)}) * ${lengthFactor('d')} * d.boost`;
    rows = await base()
      .select(columns)
      .select(score.as('score'))
      .orderBy('score', 'desc')
      .orderBy('d.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute();
  }
  return {
    rows: rows.map((r) => ({
      entityType: r.entityType,
      entityId: r.entityId,
      orgId: r.orgId,
      title: r.title,
      body: r.body,
      url: r.url,
      score: Number(r.score),
    })),
    total,
  };
}

/** ts_rank normalisation 1: divide by 1 + log(document length). */
const pgNormalisation = 1;

/**
 * PostgreSQL's ts_rank counts occurrences but knows nothing of how rare a term is, so 申请
 * (in thousands of articles) would weigh as much as 司法确认. The score is therefore a sum over
 * the query's units (words in `all` mode, single terms in `any` mode) of BM25's inverse document
 * frequency times ts_rank of that unit — the same idea as SQLite's bm25(). Document frequencies
 * come from the GIN index, one cheap count per unit.
 */
async function pgScore(db: DbOrTrx, q: SearchPageQuery) {
  const units = rankingUnits(q.words, q.mode, tsquerySyntax);
  const [{ n }] = (await sql<{ n: number }>`select count(*)::int as n from search_documents`.execute(db)).rows as [{ n: number }];
  const parts = [];
  for (const unit of units) {
    const { df } = await db
      .selectFrom('searchDocuments as d')
      .select((eb) => eb.fn.countAll<number>().as('df'))
      .where(sql<SqlBool>`${pgVector('d')} @@ to_tsquery('simple', ${unit})`)
      .executeTakeFirstOrThrow();
    const idf = Math.log(1 + (n - Number(df) + 0.5) / (Number(df) + 0.5));
    parts.push(
      sql`${sql.lit(idf)} * ts_rank(${sql.lit(pgRankWeights)}, m.vec, to_tsquery('simple', ${unit}), ${sql.lit(pgNormalisation)})`,
    );
  }
  return sql<number>`(${sql.join(parts, sql` + `)}) * ${lengthFactor('m')} * m.boost`;
}
