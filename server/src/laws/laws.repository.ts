import { PostgresAdapter, sql, type SqlBool } from 'kysely';
import type { LawStatus } from '@tianping/common/contract/laws';
import type { DbOrTrx } from '../db/database';
import type { LawArticleTable, LawTable } from './tables';

/** Rows per multi-row insert (12 columns each). */
const batchSize = 400;

const summaryColumns = [
  'laws.id',
  'laws.title',
  'laws.officialTitle',
  'laws.category',
  'laws.issuingBody',
  'laws.promulgatedOn',
  'laws.effectiveOn',
  'laws.amendedOn',
  'laws.status',
  'laws.articleCount',
] as const;

const articleColumns = [
  'lawArticles.id',
  'lawArticles.lawId',
  'lawArticles.number',
  'lawArticles.suffix',
  'lawArticles.label',
  'lawArticles.partTitle',
  'lawArticles.subpartTitle',
  'lawArticles.chapterTitle',
  'lawArticles.sectionTitle',
  'lawArticles.text',
  'lawArticles.ordinal',
] as const;

// ── import ──────────────────────────────────────────────────────────────────

/** Advisory lock key of the law import ("laws" in ASCII). */
const importLockKey = 0x6c617773;

/**
 * Serialises imports on PostgreSQL, where several app processes may start at once; released at
 * the end of the transaction. SQLite has one writer anyway.
 */
export async function lockLibraryImport(trx: DbOrTrx): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(${importLockKey})`.execute(trx);
}

export async function lawHashes(db: DbOrTrx) {
  return db.selectFrom('laws').select(['id', 'contentHash']).execute();
}

export async function upsertLaw(db: DbOrTrx, row: LawTable): Promise<void> {
  const { id: _id, ...rest } = row;
  await db
    .insertInto('laws')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(rest))
    .execute();
}

export async function upsertArticles(db: DbOrTrx, rows: readonly LawArticleTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await db
      .insertInto('lawArticles')
      .values(rows.slice(i, i + batchSize))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          label: eb.ref('excluded.label'),
          partTitle: eb.ref('excluded.partTitle'),
          subpartTitle: eb.ref('excluded.subpartTitle'),
          chapterTitle: eb.ref('excluded.chapterTitle'),
          sectionTitle: eb.ref('excluded.sectionTitle'),
          text: eb.ref('excluded.text'),
          ordinal: eb.ref('excluded.ordinal'),
        })),
      )
      .execute();
  }
}

/** Removes articles of a law that a corrected text no longer has. */
export async function deleteStaleArticles(db: DbOrTrx, lawId: string, keepIds: readonly string[]): Promise<void> {
  await db
    .deleteFrom('lawArticles')
    .where('lawId', '=', lawId)
    .where('id', 'not in', [...keepIds])
    .execute();
}

/** Removes laws (and their articles) no longer in the catalogue. */
export async function deleteLawsExcept(db: DbOrTrx, keepIds: readonly string[]): Promise<void> {
  await db
    .deleteFrom('lawArticles')
    .where('lawId', 'not in', [...keepIds])
    .execute();
  await db
    .deleteFrom('laws')
    .where('id', 'not in', [...keepIds])
    .execute();
}

// ── reading ─────────────────────────────────────────────────────────────────

export interface LawFilter {
  category?: string;
  status?: LawStatus;
  q?: string;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listLaws(db: DbOrTrx, f: LawFilter, limit: number, offset: number) {
  let base = db.selectFrom('laws');
  if (f.category) base = base.where('category', '=', f.category);
  if (f.status) base = base.where('status', '=', f.status);
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    // Explicit ESCAPE: SQLite's LIKE has no escape character unless one is named.
    base = base.where((eb) =>
      eb.or([
        sql<SqlBool>`${sql.ref('title')} like ${pattern} escape '\\'`,
        sql<SqlBool>`${sql.ref('officialTitle')} like ${pattern} escape '\\'`,
      ]),
    );
  }
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base.select(summaryColumns).orderBy('sortOrder').limit(limit).offset(offset).execute();
  return { rows, total: Number(n) };
}

export async function lawCategories(db: DbOrTrx) {
  const rows = await db
    .selectFrom('laws')
    .select((eb) => ['category', eb.fn.countAll<number>().as('count'), eb.fn.min('sortOrder').as('first')])
    .groupBy('category')
    .orderBy('first')
    .execute();
  return rows.map((r) => ({ category: r.category, count: Number(r.count) }));
}

export async function findLaw(db: DbOrTrx, id: string) {
  return db
    .selectFrom('laws')
    .select([...summaryColumns, 'versionDate', 'effectiveDateBasis', 'statusNote', 'history', 'preamble', 'appendix', 'sourceFile'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Laws whose short or official title is one of the given names. */
export async function findLawsByTitles(db: DbOrTrx, titles: readonly string[]) {
  if (!titles.length) return [];
  return db
    .selectFrom('laws')
    .select(['id', 'title', 'officialTitle'])
    .where((eb) => eb.or([eb('title', 'in', [...titles]), eb('officialTitle', 'in', [...titles])]))
    .execute();
}

/** Short and official titles of every law (a few dozen rows; for spotting law names in queries). */
export async function lawTitles(db: DbOrTrx) {
  return db.selectFrom('laws').select(['id', 'title', 'officialTitle']).execute();
}

/** Structure of a law: every article's position and headings, without the text. */
export async function articleHeadings(db: DbOrTrx, lawId: string) {
  return db
    .selectFrom('lawArticles')
    .select(['id', 'number', 'suffix', 'label', 'partTitle', 'subpartTitle', 'chapterTitle', 'sectionTitle', 'ordinal'])
    .where('lawId', '=', lawId)
    .orderBy('ordinal')
    .execute();
}

export async function articlesInRange(db: DbOrTrx, lawId: string, from: number, to: number) {
  return db
    .selectFrom('lawArticles')
    .select(articleColumns)
    .where('lawId', '=', lawId)
    .where('number', '>=', from)
    .where('number', '<=', to)
    .orderBy('ordinal')
    .execute();
}

export async function firstArticleNumberAfter(db: DbOrTrx, lawId: string, after: number): Promise<number | null> {
  const row = await db
    .selectFrom('lawArticles')
    .select((eb) => eb.fn.min('number').as('n'))
    .where('lawId', '=', lawId)
    .where('number', '>', after)
    .executeTakeFirst();
  return row?.n == null ? null : Number(row.n);
}

function articleWithLaw(db: DbOrTrx) {
  return db
    .selectFrom('lawArticles')
    .innerJoin('laws', 'laws.id', 'lawArticles.lawId')
    .select(articleColumns)
    .select(['laws.title as lawTitle', 'laws.officialTitle as lawOfficialTitle', 'laws.status as lawStatus']);
}

export async function findArticle(db: DbOrTrx, articleId: string) {
  return articleWithLaw(db).where('lawArticles.id', '=', articleId).executeTakeFirst();
}

export async function findArticleByNumber(db: DbOrTrx, lawId: string, number: number, suffix: number) {
  return articleWithLaw(db)
    .where('lawArticles.lawId', '=', lawId)
    .where('lawArticles.number', '=', number)
    .where('lawArticles.suffix', '=', suffix)
    .executeTakeFirst();
}

export async function articlesByIds(db: DbOrTrx, ids: readonly string[]) {
  if (!ids.length) return [];
  return articleWithLaw(db)
    .where('lawArticles.id', 'in', [...ids])
    .execute();
}

/** The articles just before and after a position in a law. */
export async function neighbours(db: DbOrTrx, lawId: string, ordinal: number) {
  const rows = await db
    .selectFrom('lawArticles')
    .select(['id', 'label', 'ordinal'])
    .where('lawId', '=', lawId)
    .where('ordinal', 'in', [ordinal - 1, ordinal + 1])
    .execute();
  const at = (o: number) => rows.find((r) => r.ordinal === o) ?? null;
  const ref = (r: { id: string; label: string } | null) => (r ? { id: r.id, label: r.label } : null);
  return { previous: ref(at(ordinal - 1)), next: ref(at(ordinal + 1)) };
}
