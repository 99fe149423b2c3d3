import type { AppInstance, Kernel } from '@tianping/server/core/module';
import {
  publicQaIdParamsSchema,
  publicQaListSchema,
  publicQaQuerySchema,
  publicQaReviewBodySchema,
  publicQaSchema,
  publicQaStaffQuerySchema,
  staffPublicQaListSchema,
  staffPublicQaSchema,
} from '../contract/consultation';
import { getPublicQa, listPublicQa, listStaffPublicQa, reviewPublicQa } from './public-qa.service';
import { staffOf, tags } from './route-actor';

/** Public Q&A: review in the workbench, read without login in the portal. */
export function publicQaRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/hotline/public-qa',
    {
      config: { access: { anyOf: ['hotline.knowledge.review', 'hotline.consultation.answer'] } },
      schema: {
        tags,
        summary: '公开问答审核列表 Proposed and published Q&A',
        querystring: publicQaStaffQuerySchema,
        response: { 200: staffPublicQaListSchema },
      },
    },
    async (req) => listStaffPublicQa(kernel.db, staffOf(req), req.query),
  );

  app.post(
    '/hotline/public-qa/:id/review',
    {
      config: { access: 'hotline.knowledge.review' },
      schema: {
        tags,
        summary: '审核公开问答 Publish or reject',
        params: publicQaIdParamsSchema,
        body: publicQaReviewBodySchema,
        response: { 200: staffPublicQaSchema },
      },
    },
    async (req) => reviewPublicQa(kernel, req.ctx, staffOf(req), req.params.id, req.body),
  );

  app.get(
    '/hotline/public/qa',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '公开问答 Published Q&A (no login)',
        querystring: publicQaQuerySchema,
        response: { 200: publicQaListSchema },
      },
    },
    async (req) => listPublicQa(kernel.db, req.query),
  );

  app.get(
    '/hotline/public/qa/:id',
    {
      config: { access: 'public' },
      schema: { tags, summary: '公开问答详情 Published Q&A', params: publicQaIdParamsSchema, response: { 200: publicQaSchema } },
    },
    async (req) => getPublicQa(kernel.db, req.params.id),
  );
}
