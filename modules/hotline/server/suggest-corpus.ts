import type { DbOrTrx } from '@tianping/server/db/database';
import { segment } from '@tianping/server/search/segmenter';
import { buildIndex, type Bm25Index } from '../domain/ranking';

/**
 * In-memory BM25 indexes of the law library, the published FAQ articles and the published public Q&A,
 * built from the database on first use and rebuilt when their content changes (count / last update).
 * The law library is a few thousand articles: built once per process in about a second.
 */

export interface LawArticleMeta {
  id: string;
  lawId: string;
  lawTitle: string;
  officialTitle: string;
  label: string;
  number: number;
  text: string;
}

export interface LawCorpus {
  signature: string;
  index: Bm25Index;
  meta: Map<string, LawArticleMeta>;
  titles: { title: string; officialTitle: string }[];
}

export interface FaqMeta {
  id: string;
  category: string;
  title: string;
  body: string;
  lawArticleIds: string[];
}

export interface FaqCorpus {
  signature: string;
  index: Bm25Index;
  meta: Map<string, FaqMeta>;
}

export interface PublicQaMeta {
  id: string;
  category: string;
  question: string;
  answer: string;
}

export interface PublicQaCorpus {
  signature: string;
  index: Bm25Index;
  meta: Map<string, PublicQaMeta>;
}

const lawCache = new WeakMap<object, LawCorpus>();
const faqCache = new WeakMap<object, FaqCorpus>();
const publicQaCache = new WeakMap<object, PublicQaCorpus>();

export async function lawCorpus(db: DbOrTrx): Promise<LawCorpus> {
  const sig = await db
    .selectFrom('laws')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('importedAt').as('at')])
    .executeTakeFirstOrThrow();
  const signature = `${sig.n}|${String(sig.at)}`;
  const cached = lawCache.get(db);
  if (cached?.signature === signature) return cached;
  const laws = await db.selectFrom('laws').select(['id', 'title', 'officialTitle', 'status']).execute();
  const live = new Map(laws.filter((l) => l.status !== 'repealed').map((l) => [l.id, l]));
  const rows = await db
    .selectFrom('lawArticles')
    .select(['id', 'lawId', 'label', 'number', 'text', 'chapterTitle', 'sectionTitle'])
    .execute();
  const meta = new Map<string, LawArticleMeta>();
  const docs = [];
  for (const r of rows) {
    const law = live.get(r.lawId);
    if (!law) continue;
    meta.set(r.id, {
      id: r.id,
      lawId: r.lawId,
      lawTitle: law.title,
      officialTitle: law.officialTitle,
      label: r.label,
      number: r.number,
      text: r.text,
    });
    const heading = [r.chapterTitle, r.sectionTitle].filter(Boolean).join(' ');
    docs.push({ id: r.id, group: law.title, tokens: segment(`${heading} ${r.text}`) });
  }
  const corpus = {
    signature,
    index: buildIndex(docs),
    meta,
    titles: laws.map((l) => ({ title: l.title, officialTitle: l.officialTitle })),
  };
  lawCache.set(db, corpus);
  return corpus;
}

export async function faqCorpus(db: DbOrTrx): Promise<FaqCorpus> {
  const sig = await db
    .selectFrom('hlArticles')
    .where('publishedVersion', 'is not', null)
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('publishedAt').as('at')])
    .executeTakeFirstOrThrow();
  const signature = `${sig.n}|${String(sig.at)}`;
  const cached = faqCache.get(db);
  if (cached?.signature === signature) return cached;
  const rows = await db
    .selectFrom('hlArticles as a')
    .innerJoin('hlArticleVersions as v', (j) => j.onRef('v.articleId', '=', 'a.id').onRef('v.versionNo', '=', 'a.publishedVersion'))
    .select(['a.id', 'v.category', 'v.title', 'v.question', 'v.body', 'v.lawArticleIds'])
    .execute();
  const meta = new Map<string, FaqMeta>();
  const docs = rows.map((r) => {
    meta.set(r.id, {
      id: r.id,
      category: r.category,
      title: r.title,
      body: r.body,
      lawArticleIds: JSON.parse(r.lawArticleIds) as string[],
    });
    // The title and the citizen's question count twice: they are what a caller's words resemble.
    return { id: r.id, group: r.category.split('.')[0], tokens: segment(`${r.title} ${r.question} ${r.title} ${r.question} ${r.body}`) };
  });
  const corpus = { signature, index: buildIndex(docs), meta };
  faqCache.set(db, corpus);
  return corpus;
}

/** Published public Q&A (公开问答, reviewed anonymised copies of answered consultations). */
export async function publicQaCorpus(db: DbOrTrx): Promise<PublicQaCorpus> {
  const sig = await db
    .selectFrom('hlPublicQa')
    .where('state', '=', 'published')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('reviewedAt').as('at')])
    .executeTakeFirstOrThrow();
  const signature = `${sig.n}|${String(sig.at)}`;
  const cached = publicQaCache.get(db);
  if (cached?.signature === signature) return cached;
  const rows = await db
    .selectFrom('hlPublicQa')
    .select(['id', 'category', 'question', 'answer'])
    .where('state', '=', 'published')
    .execute();
  const meta = new Map(rows.map((r) => [r.id, r]));
  // As for the FAQ, the citizen's question counts twice.
  const docs = rows.map((r) => ({ id: r.id, group: r.category.split('.')[0], tokens: segment(`${r.question} ${r.question} ${r.answer}`) }));
  const corpus = { signature, index: buildIndex(docs), meta };
  publicQaCache.set(db, corpus);
  return corpus;
}
