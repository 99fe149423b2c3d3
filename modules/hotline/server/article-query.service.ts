import type { StaffActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { fail, notFound } from '@tianping/server/http/errors';
import { hotlineErrors } from '../contract/errors';
import { versionReviewLabels, type ArticleDetail, type ArticleListQuery } from '../contract/knowledge';
import type { LawRef } from '../contract/suggest';
import { articleDetailView, articleListItem, type ArticleRow } from './article.presenter';
import { lawLink } from './suggest.service';

/** Reading the knowledge base: list, detail, versions; law references of articles and answers. */

/** The URL of an article in the workbench (search hits open it). */
export const articleUrl = (id: string) => `/workbench/hotline/knowledge/${id}`;

export function isEditor(actor: StaffActor) {
  return actor.permissions.has('hotline.knowledge.edit') || actor.permissions.has('hotline.knowledge.review');
}

/** Every id must be an article of the law library (400 with the index of the first unknown one). */
export async function checkLawArticles(db: DbOrTrx, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = new Set((await db.selectFrom('lawArticles').select('id').where('id', 'in', unique).execute()).map((r) => r.id));
  const bad = ids.findIndex((id) => !found.has(id));
  if (bad >= 0) throw fail(hotlineErrors, 'HOTLINE_LAW_ARTICLE_UNKNOWN', { field: `lawArticleIds.${bad}` });
  return unique;
}

export async function lawRefsOf(db: DbOrTrx, ids: readonly string[]): Promise<LawRef[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('lawArticles as a')
    .innerJoin('laws as l', 'l.id', 'a.lawId')
    .select(['a.id', 'a.lawId', 'a.label', 'l.title', 'l.officialTitle'])
    .where('a.id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [
          {
            articleId: r.id,
            lawId: r.lawId,
            lawTitle: r.title,
            articleLabel: r.label,
            citation: `《${r.officialTitle}》${r.label}`,
            link: lawLink(r.lawId, r.id),
          },
        ]
      : [];
  });
}

export async function findArticle(db: DbOrTrx, id: string): Promise<ArticleRow | undefined> {
  return db.selectFrom('hlArticles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function workingVersion(db: DbOrTrx, a: ArticleRow) {
  return db
    .selectFrom('hlArticleVersions')
    .selectAll()
    .where('articleId', '=', a.id)
    .where('versionNo', '=', a.currentVersion)
    .executeTakeFirstOrThrow();
}

async function linkedIds(db: DbOrTrx, articleId: string) {
  const rows = await db.selectFrom('hlArticleLaws').select('lawArticleId').where('articleId', '=', articleId).orderBy('ordinal').execute();
  return rows.map((r) => r.lawArticleId);
}

/** Staff who only answer (no edit/review permission) see published articles only. */
export async function getArticle(k: Pick<Kernel, 'db'>, actor: StaffActor, id: string): Promise<ArticleDetail> {
  const a = await findArticle(k.db, id);
  if (!a || (!isEditor(actor) && a.publishedVersion === null)) throw notFound();
  const v = await workingVersion(k.db, a);
  return articleDetailView(actor, a, await lawRefsOf(k.db, await linkedIds(k.db, a.id)), v);
}

export async function listArticles(k: Pick<Kernel, 'db'>, actor: StaffActor, q: ArticleListQuery) {
  let query = k.db.selectFrom('hlArticles');
  if (!isEditor(actor)) query = query.where('publishedVersion', 'is not', null);
  if (q.state) query = query.where('state', '=', q.state);
  if (q.category) query = query.where((eb) => eb.or([eb('category', '=', q.category!), eb('category', 'like', `${q.category}.%`)]));
  if (q.q) {
    const like = `%${q.q}%`;
    query = query.where((eb) => eb.or([eb('title', 'like', like), eb('question', 'like', like), eb('body', 'like', like)]));
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('updatedAt', 'desc')
    .orderBy('id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map(articleListItem), total: Number(total.n), page: q.page, pageSize: q.pageSize };
}

export async function articleVersions(k: Pick<Kernel, 'db'>, actor: StaffActor, id: string) {
  const a = await findArticle(k.db, id);
  if (!a || !isEditor(actor)) throw notFound();
  const rows = await k.db
    .selectFrom('hlArticleVersions as v')
    .leftJoin('users as e', 'e.id', 'v.editedBy')
    .leftJoin('users as r', 'r.id', 'v.reviewedBy')
    .selectAll('v')
    .select(['e.displayName as editedByName', 'r.displayName as reviewedByName'])
    .where('v.articleId', '=', id)
    .orderBy('v.versionNo', 'desc')
    .execute();
  return {
    items: rows.map((r) => ({
      versionNo: r.versionNo,
      category: r.category,
      title: r.title,
      question: r.question,
      body: r.body,
      lawArticleIds: JSON.parse(r.lawArticleIds) as string[],
      reviewState: r.reviewState as 'draft' | 'inReview' | 'approved' | 'rejected',
      reviewStateLabel: versionReviewLabels[r.reviewState as 'draft'],
      editedBy: r.editedBy,
      editedByName: r.editedByName ?? null,
      editedAt: r.editedAt,
      reviewedBy: r.reviewedBy,
      reviewedByName: r.reviewedByName ?? null,
      reviewedAt: r.reviewedAt,
      reviewComment: r.reviewComment,
      published: r.versionNo === a.publishedVersion,
    })),
  };
}
