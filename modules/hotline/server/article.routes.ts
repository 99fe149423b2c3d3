import { z } from 'zod';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import type { RouteAccess } from '@tianping/server/http/route-access';
import {
  articleBodySchema,
  articleDetailSchema,
  articleIdParamsSchema,
  articleListQuerySchema,
  articleListSchema,
  articleReviewBodySchema,
  articleUpdateBodySchema,
  articleVersionsSchema,
} from '../contract/knowledge';
import { articleVersions, getArticle, listArticles } from './article-query.service';
import { createArticle, reviewArticle, submitArticle, updateArticle } from './article.service';
import { staffOf, tags } from './route-actor';

/** Everyone at the hotline may read published articles; editors and reviewers also see drafts. */
const readAccess: RouteAccess = {
  anyOf: [
    'hotline.knowledge.edit',
    'hotline.knowledge.review',
    'hotline.ticket.handle',
    'hotline.ticket.read',
    'hotline.consultation.answer',
  ],
};

/** Knowledge base (热线知识库): FAQ articles, edit → review → publish, versions. */
export function articleRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/hotline/articles',
    {
      config: { access: readAccess },
      schema: {
        tags,
        summary: '知识库条目列表 Knowledge-base articles',
        querystring: articleListQuerySchema,
        response: { 200: articleListSchema },
      },
    },
    async (req) => listArticles(kernel, staffOf(req), req.query),
  );

  app.post(
    '/hotline/articles',
    {
      config: { access: 'hotline.knowledge.edit' },
      schema: {
        tags,
        summary: '新建知识条目 New article (draft)',
        description: '400 HOTLINE_CATEGORY_UNKNOWN (category), HOTLINE_LAW_ARTICLE_UNKNOWN (lawArticleIds.N).',
        body: articleBodySchema,
        response: { 201: articleDetailSchema },
      },
    },
    async (req, reply) => {
      const actor = staffOf(req);
      const id = await createArticle(kernel, req.ctx, actor, req.body);
      return reply.status(201).send(await getArticle(kernel, actor, id));
    },
  );

  app.get(
    '/hotline/articles/:id',
    {
      config: { access: readAccess },
      schema: { tags, summary: '知识条目详情 Article', params: articleIdParamsSchema, response: { 200: articleDetailSchema } },
    },
    async (req) => getArticle(kernel, staffOf(req), req.params.id),
  );

  app.put(
    '/hotline/articles/:id',
    {
      config: { access: 'hotline.knowledge.edit' },
      schema: {
        tags,
        summary: '修改知识条目 Edit (a new version after a review)',
        description: '409 HOTLINE_ARTICLE_NOT_EDITABLE while in review; 409 CONFLICT stale version.',
        params: articleIdParamsSchema,
        body: articleUpdateBodySchema,
        response: { 200: articleDetailSchema },
      },
    },
    async (req) => {
      const actor = staffOf(req);
      await updateArticle(kernel, req.ctx, actor, req.params.id, req.body);
      return getArticle(kernel, actor, req.params.id);
    },
  );

  app.post(
    '/hotline/articles/:id/submit',
    {
      config: { access: 'hotline.knowledge.edit' },
      schema: {
        tags,
        summary: '提交审核 Submit for review',
        params: articleIdParamsSchema,
        body: z.strictObject({}).optional(),
        response: { 200: articleDetailSchema },
      },
    },
    async (req) => {
      const actor = staffOf(req);
      await submitArticle(kernel, req.ctx, actor, req.params.id);
      return getArticle(kernel, actor, req.params.id);
    },
  );

  app.post(
    '/hotline/articles/:id/review',
    {
      config: { access: 'hotline.knowledge.review' },
      schema: {
        tags,
        summary: '审核 Review: approve (publish) or reject',
        description:
          '403 HOTLINE_ARTICLE_SELF_REVIEW (own version); 409 HOTLINE_ARTICLE_NOT_IN_REVIEW; 400 HOTLINE_REVIEW_COMMENT_REQUIRED.',
        params: articleIdParamsSchema,
        body: articleReviewBodySchema,
        response: { 200: articleDetailSchema },
      },
    },
    async (req) => {
      const actor = staffOf(req);
      await reviewArticle(kernel, req.ctx, actor, req.params.id, req.body);
      return getArticle(kernel, actor, req.params.id);
    },
  );

  app.get(
    '/hotline/articles/:id/versions',
    {
      config: { access: { anyOf: ['hotline.knowledge.edit', 'hotline.knowledge.review'] } },
      schema: { tags, summary: '版本记录 Versions', params: articleIdParamsSchema, response: { 200: articleVersionsSchema } },
    },
    async (req) => articleVersions(kernel, staffOf(req), req.params.id),
  );
}
