import type { RequestContext, StaffActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { conflict, fail, forbidden, notFound } from '@tianping/server/http/errors';
import { indexDocument } from '@tianping/server/search/search.service';
import { categoryLabels, isKnownCategory } from '../contract/enums';
import { hotlineErrors } from '../contract/errors';
import type { ArticleBody, ArticleReviewBody, ArticleUpdateBody } from '../contract/knowledge';
import { canEditArticle, canReviewArticle, canSubmitArticle } from './article.presenter';
import { articleUrl, checkLawArticles, findArticle, workingVersion } from './article-query.service';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock'>;

async function setLinks(trx: Trx, articleId: string, ids: readonly string[]) {
  await trx.deleteFrom('hlArticleLaws').where('articleId', '=', articleId).execute();
  if (ids.length)
    await trx
      .insertInto('hlArticleLaws')
      .values(ids.map((lawArticleId, ordinal) => ({ articleId, lawArticleId, ordinal })))
      .execute();
}

function checkCategory(code: string) {
  if (!isKnownCategory(code)) throw fail(hotlineErrors, 'HOTLINE_CATEGORY_UNKNOWN', { field: 'category' });
}

/** A new article: version 1, a draft. */
export async function createArticle(k: Services, ctx: RequestContext, actor: StaffActor, body: ArticleBody): Promise<string> {
  checkCategory(body.category);
  const now = k.clock.now().toISOString();
  return k.db.transaction().execute(async (trx) => {
    const ids = await checkLawArticles(trx, body.lawArticleIds);
    const id = newId();
    const { lawArticleIds: _ids, ...text } = body;
    await trx
      .insertInto('hlArticles')
      .values({
        id,
        orgId: actor.orgId,
        ...text,
        state: 'draft',
        currentVersion: 1,
        publishedVersion: null,
        publishedTitle: null,
        publishedBody: null,
        publishedAt: null,
        createdBy: actor.userId,
        updatedBy: actor.userId,
        createdAt: now,
        updatedAt: now,
        version: 1,
      })
      .execute();
    await trx
      .insertInto('hlArticleVersions')
      .values({
        id: newId(),
        articleId: id,
        versionNo: 1,
        ...text,
        lawArticleIds: JSON.stringify(ids),
        reviewState: 'draft',
        editedBy: actor.userId,
        editedAt: now,
        reviewedBy: null,
        reviewedAt: null,
        reviewComment: null,
      })
      .execute();
    await setLinks(trx, id, ids);
    await k.audit.record(trx, ctx, {
      action: 'hotline.article.create',
      entityType: 'hlArticle',
      entityId: id,
      orgId: actor.orgId,
      after: { title: body.title, category: body.category, lawArticleIds: ids },
    });
    return id;
  });
}

/**
 * Saves the working text. A draft that was never submitted is overwritten in place; after a
 * review (rejected or published) the edit opens a new version. A published article stays online
 * with its published version until the new one is approved. In review → 409.
 */
export async function updateArticle(
  k: Services,
  ctx: RequestContext,
  actor: StaffActor,
  id: string,
  body: ArticleUpdateBody,
): Promise<void> {
  checkCategory(body.category);
  const now = k.clock.now().toISOString();
  await k.db.transaction().execute(async (trx) => {
    const a = await findArticle(trx, id);
    if (!a) throw notFound();
    if (!canEditArticle(actor, a)) throw fail(hotlineErrors, 'HOTLINE_ARTICLE_NOT_EDITABLE', { field: 'version' });
    if (a.version !== body.version) throw conflict({ field: 'version' });
    const ids = await checkLawArticles(trx, body.lawArticleIds);
    const v = await workingVersion(trx, a);
    const { lawArticleIds: _ids, version: _v, ...text } = body;
    const fields = { ...text, lawArticleIds: JSON.stringify(ids), editedBy: actor.userId, editedAt: now };
    let versionNo = a.currentVersion;
    if (v.reviewState === 'draft') await trx.updateTable('hlArticleVersions').set(fields).where('id', '=', v.id).execute();
    else {
      versionNo += 1;
      await trx
        .insertInto('hlArticleVersions')
        .values({
          id: newId(),
          articleId: a.id,
          versionNo,
          ...fields,
          reviewState: 'draft',
          reviewedBy: null,
          reviewedAt: null,
          reviewComment: null,
        })
        .execute();
    }
    const res = await trx
      .updateTable('hlArticles')
      .set({ ...text, state: 'draft', currentVersion: versionNo, updatedBy: actor.userId, updatedAt: now, version: a.version + 1 })
      .where('id', '=', a.id)
      .where('version', '=', a.version)
      .executeTakeFirst();
    if (!Number(res.numUpdatedRows)) throw conflict({ field: 'version' });
    await setLinks(trx, a.id, ids);
    await k.audit.record(trx, ctx, {
      action: 'hotline.article.update',
      entityType: 'hlArticle',
      entityId: a.id,
      orgId: a.orgId,
      before: { title: a.title, category: a.category, state: a.state, versionNo: a.currentVersion },
      after: { title: body.title, category: body.category, state: 'draft', versionNo },
    });
  });
}

/** Draft → in review. */
export async function submitArticle(k: Services, ctx: RequestContext, actor: StaffActor, id: string): Promise<void> {
  const now = k.clock.now().toISOString();
  await k.db.transaction().execute(async (trx) => {
    const a = await findArticle(trx, id);
    if (!a) throw notFound();
    if (!canSubmitArticle(actor, a)) throw fail(hotlineErrors, 'HOTLINE_ARTICLE_NOT_SUBMITTABLE');
    await trx
      .updateTable('hlArticles')
      .set({ state: 'inReview', updatedAt: now, version: a.version + 1 })
      .where('id', '=', a.id)
      .execute();
    await trx
      .updateTable('hlArticleVersions')
      .set({ reviewState: 'inReview' })
      .where('articleId', '=', a.id)
      .where('versionNo', '=', a.currentVersion)
      .execute();
    await k.audit.record(trx, ctx, {
      action: 'hotline.article.submit',
      entityType: 'hlArticle',
      entityId: a.id,
      orgId: a.orgId,
      after: { versionNo: a.currentVersion, state: 'inReview' },
    });
  });
}

/**
 * Approve → the version is published (suggestions and the core search use it); reject (with a
 * comment) → back to draft. The reviewer must not be the version's editor (403).
 */
export async function reviewArticle(
  k: Services,
  ctx: RequestContext,
  actor: StaffActor,
  id: string,
  body: ArticleReviewBody,
): Promise<void> {
  if (body.decision === 'reject' && !body.comment) throw fail(hotlineErrors, 'HOTLINE_REVIEW_COMMENT_REQUIRED', { field: 'comment' });
  const now = k.clock.now().toISOString();
  await k.db.transaction().execute(async (trx) => {
    const a = await findArticle(trx, id);
    if (!a) throw notFound();
    if (!actor.permissions.has('hotline.knowledge.review')) throw forbidden();
    if (a.state !== 'inReview') throw fail(hotlineErrors, 'HOTLINE_ARTICLE_NOT_IN_REVIEW');
    const v = await workingVersion(trx, a);
    if (!canReviewArticle(actor, a, v.editedBy)) throw fail(hotlineErrors, 'HOTLINE_ARTICLE_SELF_REVIEW');
    const approve = body.decision === 'approve';
    await trx
      .updateTable('hlArticleVersions')
      .set({
        reviewState: approve ? 'approved' : 'rejected',
        reviewedBy: actor.userId,
        reviewedAt: now,
        reviewComment: body.comment ?? null,
      })
      .where('id', '=', v.id)
      .execute();
    const published = approve ? { publishedVersion: v.versionNo, publishedTitle: v.title, publishedBody: v.body, publishedAt: now } : {};
    await trx
      .updateTable('hlArticles')
      .set({ state: approve ? 'published' : 'draft', ...published, updatedAt: now, version: a.version + 1 })
      .where('id', '=', a.id)
      .execute();
    if (approve) {
      const label = categoryLabels[v.category]?.zh ?? '';
      await indexDocument(trx, {
        entityType: 'hlArticle',
        entityId: a.id,
        orgId: a.orgId,
        title: v.title,
        body: `${v.question}\n${v.body}`,
        keywords: `12348 知识库 ${label}`,
        url: articleUrl(a.id),
        public: 1,
      });
    }
    await k.audit.record(trx, ctx, {
      action: approve ? 'hotline.article.approve' : 'hotline.article.reject',
      entityType: 'hlArticle',
      entityId: a.id,
      orgId: a.orgId,
      after: { versionNo: v.versionNo, decision: body.decision, comment: body.comment ?? null },
    });
  });
}
