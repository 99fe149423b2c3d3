import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LawStatus } from '@tianping/common/contract/laws';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database';
import { nowIso } from '../db/ids';
import { indexDocuments, optimiseSearchIndex, removeDocumentGroup, type IndexableDocument } from '../search/search.service';
import { articleId, lawId } from './law-ids';
import { catalogueSchema, lawFacts, type CatalogueEntry, type LawFacts } from './law-catalogue';
import { parseLawMarkdown, type ParsedLaw } from './law-markdown.parser';
import { deleteLawsExcept, deleteStaleArticles, lawHashes, lockLibraryImport, upsertArticles, upsertLaw } from './laws.repository';
import type { LawArticleTable } from './tables';

/** The texts the platform ships (copied from ../shared/laws; laws are not subject to copyright). */
export const lawDataDir = fileURLToPath(new URL('../../data/laws/', import.meta.url));

/** Bump when parsing or indexing changes, so every law is imported again. */
const importVersion = 'laws-import-2';

/** Entity type of law articles in the search index. */
export const lawArticleEntityType = 'lawArticle';

export function articleUrl(lawIdValue: string, articleIdValue: string): string {
  return `/portal/laws/${lawIdValue}#article-${articleIdValue}`;
}

export interface ImportReport {
  laws: number;
  imported: number;
  skipped: number;
  removed: number;
  articles: number;
  ms: number;
}

interface Prepared {
  entry: CatalogueEntry;
  id: string;
  hash: string;
  parsed: ParsedLaw;
  facts: LawFacts;
  sortOrder: number;
}

/**
 * Ranking prior of a law's articles. When a statute and a regulation or interpretation answer a
 * question equally well, the statute comes first, as the higher norm (立法法 第九十九条: 法律的效力
 * 高于行政法规…); a text the library knows to be superseded yields to current ones.
 */
const categoryBoost: Record<string, number> = { 法律: 1, 行政法规: 0.9, 司法解释: 0.9 };
const otherCategoryBoost = 0.85;
const statusBoost: Record<LawStatus, number> = { effective: 1, amended: 0.9, repealed: 0.5 };

export function lawSearchBoost(category: string, status: LawStatus): number {
  return (categoryBoost[category] ?? otherCategoryBoost) * statusBoost[status];
}

function searchDocument(p: Prepared, a: LawArticleTable): IndexableDocument {
  const headings = [a.partTitle, a.subpartTitle, a.chapterTitle, a.sectionTitle].filter(Boolean).join(' ');
  return {
    entityType: lawArticleEntityType,
    entityId: a.id,
    orgId: null,
    public: 1,
    groupKey: p.id,
    title: `${p.entry.title} ${a.label}`,
    keywords: `${p.entry.official_title} ${headings}`,
    body: a.text,
    url: articleUrl(p.id, a.id),
    boost: lawSearchBoost(p.entry.category, p.facts.status),
  };
}

/**
 * Imports the law library from `dir` (index.json + Markdown files), idempotently: a law whose
 * catalogue entry, file and import version hash to the stored `contentHash` is skipped, so a
 * normal start only reads and hashes the files. Changed laws are written in one transaction
 * with multi-row statements, articles keep their ids (citations survive corrections), and
 * every article is indexed as a public search document.
 */
export async function importLawLibrary(db: Db, dir: string = lawDataDir, log?: FastifyBaseLogger): Promise<ImportReport> {
  const started = Date.now();
  const catalogue = catalogueSchema.parse(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')));
  const stored = new Map((await lawHashes(db)).map((r) => [r.id, r.contentHash]));
  const changed: Prepared[] = [];
  const ids: string[] = [];
  for (const [sortOrder, entry] of catalogue.laws.entries()) {
    const file = await readFile(join(dir, entry.file));
    const hash = createHash('sha256').update(importVersion).update(JSON.stringify(entry)).update(file).digest('hex');
    const id = lawId(entry.title);
    ids.push(id);
    if (stored.get(id) === hash) continue;
    const parsed = parseLawMarkdown(file.toString('utf8'));
    if (!parsed.articles.length) throw new Error(`Law file ${entry.file} contains no articles`);
    if (parsed.warnings.length) log?.warn({ file: entry.file, warnings: parsed.warnings }, 'law text has unplaced lines');
    changed.push({ entry, id, hash, parsed, facts: lawFacts(entry), sortOrder });
  }
  const removable = [...stored.keys()].filter((id) => !ids.includes(id));
  let articles = 0;
  if (changed.length || removable.length) {
    await db.transaction().execute(async (trx) => {
      await lockLibraryImport(trx);
      const now = nowIso();
      const docs: IndexableDocument[] = [];
      for (const p of changed) {
        await upsertLaw(trx, {
          id: p.id,
          title: p.entry.title,
          officialTitle: p.entry.official_title,
          category: p.entry.category,
          ...p.facts,
          versionDate: p.entry.version_date,
          statusNote: p.entry.notes,
          history: JSON.stringify(p.entry.history),
          preamble: p.parsed.preamble,
          appendix: p.parsed.appendix,
          sourceFile: p.entry.file,
          sortOrder: p.sortOrder,
          articleCount: p.parsed.articles.length,
          contentHash: p.hash,
          importedAt: now,
        });
        const rows: LawArticleTable[] = p.parsed.articles.map((a) => ({
          id: articleId(p.entry.title, a.number, a.suffix),
          lawId: p.id,
          number: a.number,
          suffix: a.suffix,
          label: a.label,
          partTitle: a.partTitle,
          subpartTitle: a.subpartTitle,
          chapterTitle: a.chapterTitle,
          sectionTitle: a.sectionTitle,
          text: a.text,
          ordinal: a.ordinal,
        }));
        await upsertArticles(trx, rows);
        await deleteStaleArticles(
          trx,
          p.id,
          rows.map((r) => r.id),
        );
        await removeDocumentGroup(trx, lawArticleEntityType, p.id);
        docs.push(...rows.map((r) => searchDocument(p, r)));
        articles += rows.length;
      }
      await indexDocuments(trx, docs);
      for (const id of removable) await removeDocumentGroup(trx, lawArticleEntityType, id);
      await deleteLawsExcept(trx, ids);
    });
    await optimiseSearchIndex(db);
  }
  const report = {
    laws: ids.length,
    imported: changed.length,
    skipped: ids.length - changed.length,
    removed: removable.length,
    articles,
    ms: Date.now() - started,
  };
  if (changed.length || removable.length) log?.info(report, 'law library imported');
  return report;
}
