import {
  lawErrors,
  lawStatusLabel,
  type LawArticleDetail,
  type LawDetail,
  type LawStatus,
  type LawSummary,
} from '@tianping/common/contract/laws';
import type { DbOrTrx } from '../db/database';
import { fail, notFound } from '../http/errors';
import { parseArticleRef } from '@tianping/common/text/chinese-numerals';
import { buildOutline } from './law-outline';
import {
  articleHeadings,
  articlesInRange,
  findArticle,
  findArticleByNumber,
  findLaw,
  findLawsByTitles,
  firstArticleNumberAfter,
  lawCategories,
  listLaws,
  neighbours,
  type LawFilter,
} from './laws.repository';

/** Default width of an article range when the client gives only `from`. */
const defaultRange = 100;
/** Prefix of the official titles of national laws, often left out when citing. */
const prcPrefix = '中华人民共和国';

type SummaryRow = Omit<LawSummary, 'statusLabel'>;

function toSummary(r: SummaryRow): LawSummary {
  return {
    id: r.id,
    title: r.title,
    officialTitle: r.officialTitle,
    category: r.category,
    issuingBody: r.issuingBody,
    promulgatedOn: r.promulgatedOn,
    effectiveOn: r.effectiveOn,
    amendedOn: r.amendedOn,
    status: r.status,
    statusLabel: lawStatusLabel(r.status),
    articleCount: r.articleCount,
  };
}

export async function lawPage(db: DbOrTrx, filter: LawFilter, page: number, pageSize: number) {
  const { rows, total } = await listLaws(db, filter, pageSize, (page - 1) * pageSize);
  return { items: rows.map(toSummary), total, page, pageSize };
}

export { lawCategories };

export async function lawDetail(db: DbOrTrx, id: string): Promise<LawDetail> {
  const law = await findLaw(db, id);
  if (!law) throw notFound();
  const headings = await articleHeadings(db, id);
  return {
    ...toSummary(law),
    versionDate: law.versionDate,
    effectiveDateBasis: law.effectiveDateBasis,
    statusNote: law.statusNote,
    history: JSON.parse(law.history) as string[],
    preamble: law.preamble,
    appendix: law.appendix,
    sourceFile: law.sourceFile,
    outline: buildOutline(headings),
  };
}

function lawRef(law: { id: string; title: string; officialTitle: string; status: LawStatus }) {
  return { id: law.id, title: law.title, officialTitle: law.officialTitle, status: law.status };
}

export async function lawArticleRange(db: DbOrTrx, id: string, from: number, to: number | undefined) {
  const law = await findLaw(db, id);
  if (!law) throw notFound();
  const end = to ?? from + defaultRange - 1;
  const items = await articlesInRange(db, id, from, end);
  return { law: lawRef(law), items, from, to: end, nextFrom: await firstArticleNumberAfter(db, id, end) };
}

type ArticleRow = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

async function presentArticle(db: DbOrTrx, row: ArticleRow): Promise<LawArticleDetail> {
  const { lawTitle, lawOfficialTitle, lawStatus, ...article } = row;
  return {
    ...article,
    law: { id: row.lawId, title: lawTitle, officialTitle: lawOfficialTitle, status: lawStatus },
    citation: `《${lawOfficialTitle}》${row.label}`,
    ...(await neighbours(db, row.lawId, row.ordinal)),
  };
}

/** One article with its law and neighbours; modules link to articles by this id. */
export async function articleDetail(db: DbOrTrx, articleId: string): Promise<LawArticleDetail> {
  const row = await findArticle(db, articleId);
  if (!row) throw notFound();
  return presentArticle(db, row);
}

/** The names a law may be cited by: 行政复议法, 中华人民共和国行政复议法, with or without 《》. */
export function lawNameVariants(name: string): string[] {
  const bare = name.replace(/[《》\s]/g, '');
  const short = bare.startsWith(prcPrefix) ? bare.slice(prcPrefix.length) : bare;
  return [...new Set([bare, short, `${prcPrefix}${short}`])];
}

/**
 * Resolves a citation (`law` by short or official title, `article` as 第二十条 / 20 / 133之一)
 * to the article; null when the law or the article does not exist.
 */
export async function resolveCitation(db: DbOrTrx, law: string, article: string): Promise<LawArticleDetail | null> {
  const ref = parseArticleRef(article);
  if (!ref) throw fail(lawErrors, 'LAW_ARTICLE_REF_INVALID', { field: 'article' });
  const [found] = await findLawsByTitles(db, lawNameVariants(law));
  if (!found) return null;
  const row = await findArticleByNumber(db, found.id, ref.number, ref.suffix);
  return row ? presentArticle(db, row) : null;
}

export async function citeArticle(db: DbOrTrx, law: string, article: string): Promise<LawArticleDetail> {
  const found = await resolveCitation(db, law, article);
  if (!found) throw notFound();
  return found;
}
