import {
  lawArticleDetailSchema,
  lawArticleIdParamsSchema,
  lawArticleListSchema,
  lawArticlesQuerySchema,
  lawCategoryListSchema,
  lawCiteQuerySchema,
  lawDetailSchema,
  lawIdParamsSchema,
  lawListQuerySchema,
  lawPageSchema,
  lawSearchQuerySchema,
  lawSearchResultSchema,
} from '@tianping/common/contract/laws';
import type { AppInstance, Kernel } from '../core/module';
import { searchLaws } from './law-search.service';
import { articleDetail, citeArticle, lawArticleRange, lawCategories, lawDetail, lawPage } from './laws.service';

/** The law library is public: the portal shows it to everyone, the workbench to staff. */
const open = { access: 'public' as const };
/** Full-text search is the one costly public query: bounded per client address. */
const searchRateLimit = { max: 120, timeWindow: '1 minute' };
const tags = ['laws'];

export function lawsRoutes(app: AppInstance, kernel: Kernel) {
  const db = kernel.db;
  app.get(
    '/laws',
    {
      config: open,
      schema: { tags, summary: '法律法规列表 List laws', querystring: lawListQuerySchema, response: { 200: lawPageSchema } },
    },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return lawPage(db, filter, page, pageSize);
    },
  );
  app.get(
    '/laws/categories',
    { config: open, schema: { tags, summary: '法律法规类别 Law categories with counts', response: { 200: lawCategoryListSchema } } },
    async () => lawCategories(db),
  );
  app.get(
    '/laws/search',
    {
      config: { ...open, rateLimit: searchRateLimit },
      schema: { tags, summary: '条文检索 Search articles', querystring: lawSearchQuerySchema, response: { 200: lawSearchResultSchema } },
    },
    async (req) => searchLaws(db, req.actor, req.query),
  );
  app.get(
    '/laws/cite',
    {
      config: open,
      schema: {
        tags,
        summary: '按法名和条号引用条文 Resolve a citation',
        querystring: lawCiteQuerySchema,
        response: { 200: lawArticleDetailSchema },
      },
    },
    async (req) => citeArticle(db, req.query.law, req.query.article),
  );
  app.get(
    '/laws/articles/:articleId',
    {
      config: open,
      schema: { tags, summary: '条文 One article', params: lawArticleIdParamsSchema, response: { 200: lawArticleDetailSchema } },
    },
    async (req) => articleDetail(db, req.params.articleId),
  );
  app.get(
    '/laws/:id',
    {
      config: open,
      schema: { tags, summary: '法律法规详情与目录 Law with outline', params: lawIdParamsSchema, response: { 200: lawDetailSchema } },
    },
    async (req) => lawDetail(db, req.params.id),
  );
  app.get(
    '/laws/:id/articles',
    {
      config: open,
      schema: {
        tags,
        summary: '条文区间 Articles by number range',
        params: lawIdParamsSchema,
        querystring: lawArticlesQuerySchema,
        response: { 200: lawArticleListSchema },
      },
    },
    async (req) => lawArticleRange(db, req.params.id, req.query.from, req.query.to),
  );
}
