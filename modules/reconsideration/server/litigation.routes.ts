import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import {
  litigationCreateSchema,
  litigationDetailSchema,
  litigationIdParamsSchema,
  litigationListQuerySchema,
  litigationPageSchema,
  litigationSchema,
  litigationUpdateSchema,
} from '../contract/litigation';
import { createLitigation, getLitigation, listLitigationPage, updateLitigationRecord } from './litigation.service';

const tags = ['reconsideration'];
const read = 'reconsideration.litigation.read';
const manage = 'reconsideration.litigation.manage';

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

/** 行政应诉: lawsuits where a body of the city is defendant (行政诉讼法 第二十六条、第六十七条). */
export function litigationRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/reconsideration/litigations',
    {
      config: { access: read },
      schema: {
        tags,
        summary: '行政应诉案件列表 List litigation responses',
        querystring: litigationListQuerySchema,
        response: { 200: litigationPageSchema },
      },
    },
    async (req) => listLitigationPage(kernel, actorOf(req), req.query),
  );

  app.get(
    '/reconsideration/litigations/:id',
    {
      config: { access: read },
      schema: {
        tags,
        summary: '行政应诉案件详情 Litigation response detail',
        params: litigationIdParamsSchema,
        response: { 200: litigationDetailSchema },
      },
    },
    async (req) => getLitigation(kernel, actorOf(req), req.params.id),
  );

  app.post(
    '/reconsideration/litigations',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '登记行政应诉案件 Record a lawsuit',
        body: litigationCreateSchema,
        response: { 201: litigationSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createLitigation(kernel, req.ctx, actorOf(req), req.body)),
  );

  app.patch(
    '/reconsideration/litigations/:id',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '更新行政应诉案件 Update a lawsuit (defence, hearings, outcome)',
        params: litigationIdParamsSchema,
        body: litigationUpdateSchema,
        response: { 200: litigationSchema },
      },
    },
    async (req) => updateLitigationRecord(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );
}
