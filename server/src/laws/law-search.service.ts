import { searchPageSize } from '@tianping/common/contract/search';
import type { LawSearchHit } from '@tianping/common/contract/laws';
import type { Actor } from '../access/actor';
import type { DbOrTrx } from '../db/database';
import { AppError } from '../http/errors';
import { queryTerms } from '../search/segmenter';
import { searchDocuments, type SearchOutcome } from '../search/search.service';
import { lawArticleEntityType } from './law-import.service';
import { articlesByIds, lawTitles } from './laws.repository';
import { resolveCitation } from './laws.service';

const citationPattern = /^《?([^《》]{2,60}?)》?\s*(第[零〇一二三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?)$/;

/** The article a query names outright (行政复议法第二十条, 《民法典》第一千二百六十条), if any. */
async function citedArticle(db: DbOrTrx, q: string) {
  const m = citationPattern.exec(q.replace(/\s+/g, ''));
  if (!m) return null;
  try {
    return await resolveCitation(db, m[1]!, m[2]!);
  } catch (err) {
    if (err instanceof AppError) return null;
    throw err;
  }
}

/**
 * The law a query names (行政复议法 申请期限 → 行政复议法), by the longest short or official title
 * it contains, and the rest of the query. A topic word such as 行政复议 is not a law's name.
 */
async function namedLaw(db: DbOrTrx, q: string): Promise<{ id: string; rest: string } | null> {
  const text = q.replace(/[《》]/g, '');
  let best: { id: string; name: string } | null = null;
  for (const law of await lawTitles(db)) {
    for (const name of [law.officialTitle, law.title]) {
      if (text.includes(name) && (!best || name.length > best.name.length)) best = { id: law.id, name };
    }
  }
  return best ? { id: best.id, rest: text.replace(best.name, ' ').trim() } : null;
}

export interface LawSearchOptions {
  q: string;
  lawId?: string;
  page: number;
}

/**
 * Ranked, highlighted articles. A query naming a law searches within that law first (falling
 * back to the whole library when that finds nothing); a query that is a citation also returns
 * the cited article.
 */
export async function searchLaws(db: DbOrTrx, actor: Actor | null, opts: LawSearchOptions) {
  const page = (q: string, lawId?: string) =>
    searchDocuments(db, actor, {
      q,
      entityTypes: [lawArticleEntityType],
      groupKeys: lawId ? [lawId] : undefined,
      limit: searchPageSize,
      offset: (opts.page - 1) * searchPageSize,
    });
  let found: SearchOutcome | null = null;
  if (!opts.lawId) {
    const named = await namedLaw(db, opts.q);
    if (named) {
      const q = queryTerms(named.rest).length ? named.rest : opts.q;
      found = await page(q, named.id);
      if (!found.total) found = null;
    }
  }
  found ??= await page(opts.q, opts.lawId);
  const rows = await articlesByIds(
    db,
    found.items.map((h) => h.entityId),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: LawSearchHit[] = [];
  for (const hit of found.items) {
    const a = byId.get(hit.entityId);
    if (!a) continue;
    items.push({
      articleId: a.id,
      lawId: a.lawId,
      lawTitle: a.lawTitle,
      lawStatus: a.lawStatus,
      label: a.label,
      number: a.number,
      suffix: a.suffix,
      chapterTitle: a.chapterTitle,
      snippetHtml: hit.snippetHtml,
      url: hit.url,
      score: hit.score,
    });
  }
  return {
    items,
    total: found.total,
    page: opts.page,
    pageSize: searchPageSize,
    mode: found.mode,
    terms: found.terms,
    cited: opts.page === 1 ? await citedArticle(db, opts.q) : null,
  };
}
