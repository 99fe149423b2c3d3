import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { caseIdParamsSchema } from '../contract/casework';
import {
  drawCreateSchema,
  drawListQuerySchema,
  drawListSchema,
  drawParamsSchema,
  drawViewSchema,
  followupCreateSchema,
  followupViewSchema,
  qualityReviewCreateSchema,
  qualityViewSchema,
  rubricViewSchema,
  satisfactionSchema,
} from '../contract/quality';
import { actorOf, citizenOf } from './route-actors';
import { getQuality, rateService, recordFollowup, reviewCaseFile, rubricView } from './quality.service';
import { createDraw, getDraw, getDraws } from './sampling.service';

/** Quality (法律援助法 第五十七条、第五十九条): case-file review, follow-ups, satisfaction, reproducible sampling. */

const tags = ['legalAid'];
const manage = 'legalAid.quality.manage';

export function qualityRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/legal-aid/quality/rubric',
    { config: { access: manage }, schema: { tags, summary: '案卷评查标准 Review rubric', response: { 200: rubricViewSchema } } },
    async () => rubricView(),
  );

  app.get(
    '/legal-aid/cases/:id/quality',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '评查与回访 Reviews and follow-ups of a case',
        params: caseIdParamsSchema,
        response: { 200: qualityViewSchema },
      },
    },
    async (req) => getQuality(kernel, actorOf(req), req.params.id),
  );

  app.post(
    '/legal-aid/cases/:id/quality-reviews',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '案卷评查 Case-file review',
        params: caseIdParamsSchema,
        body: qualityReviewCreateSchema,
        response: { 201: qualityViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await reviewCaseFile(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/legal-aid/cases/:id/followups',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '回访受援人 Follow-up call',
        params: caseIdParamsSchema,
        body: followupCreateSchema,
        response: { 201: qualityViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await recordFollowup(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/citizen/legal-aid/cases/:id/satisfaction',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '评价法律援助服务 Rate the service',
        params: caseIdParamsSchema,
        body: satisfactionSchema,
        response: { 201: followupViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await rateService(kernel, req.ctx, citizenOf(req), req.params.id, req.body)),
  );

  app.get(
    '/legal-aid/sampling-draws',
    {
      config: { access: manage },
      schema: { tags, summary: '抽查记录 Sampling draws', querystring: drawListQuerySchema, response: { 200: drawListSchema } },
    },
    async (req) => getDraws(kernel, actorOf(req), req.query),
  );

  app.post(
    '/legal-aid/sampling-draws',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '随机抽查已办结案件 Draw closed cases for review',
        body: drawCreateSchema,
        response: { 201: drawViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createDraw(kernel, req.ctx, actorOf(req), req.body)),
  );

  app.get(
    '/legal-aid/sampling-draws/:did',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '抽查记录及复算方法 A draw and how to recompute it',
        params: drawParamsSchema,
        response: { 200: drawViewSchema },
      },
    },
    async (req) => getDraw(kernel, actorOf(req), req.params.did),
  );
}
