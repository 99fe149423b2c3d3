import {
  orgCreateSchema,
  orgIdParamsSchema,
  orgListQuerySchema,
  orgMoveSchema,
  orgPageSchema,
  orgReasonSchema,
  orgSchema,
  orgTreeQuerySchema,
  orgTreeSchema,
  orgTypeListSchema,
  orgTypes,
  orgUpdateSchema,
} from '@tianping/common/contract/org';
import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '../access/actor';
import type { AppInstance, Kernel } from '../core/module';
import { unauthenticated } from '../http/errors';
import { orgAccess } from './org.policy';
import { getOrganisation, getOrganisationTree, listOrganisations } from './org-query.service';
import { activateOrganisation, deactivateOrganisation } from './org-status.service';
import { createOrganisation, moveOrganisation, updateOrganisation } from './org-write.service';

const tags = ['org'];

/** Routes declaring a permission only admit staff and tokens, which always act in a scope. */
function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

export function orgRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/orgs',
    {
      config: { access: orgAccess.read },
      schema: { tags, summary: '组织机构列表 List organisations', querystring: orgListQuerySchema, response: { 200: orgPageSchema } },
    },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return listOrganisations(kernel.db, actorOf(req), filter, { page, pageSize });
    },
  );

  app.get(
    '/orgs/tree',
    {
      config: { access: orgAccess.read },
      schema: { tags, summary: '组织机构树 Organisation tree', querystring: orgTreeQuerySchema, response: { 200: orgTreeSchema } },
    },
    async (req) => getOrganisationTree(kernel.db, actorOf(req), req.query),
  );

  app.get(
    '/orgs/types',
    {
      config: { access: orgAccess.read },
      schema: { tags, summary: '机构类型 Organisation types', response: { 200: orgTypeListSchema } },
    },
    async () => orgTypes.map((t) => ({ code: t.code, zh: t.zh, en: t.en })),
  );

  app.get(
    '/orgs/:id',
    {
      config: { access: orgAccess.read },
      schema: { tags, summary: '组织机构详情 Organisation detail', params: orgIdParamsSchema, response: { 200: orgSchema } },
    },
    async (req) => getOrganisation(kernel.db, actorOf(req), req.params.id),
  );

  app.post(
    '/orgs',
    {
      config: { access: orgAccess.create },
      schema: { tags, summary: '新建组织机构 Create an organisation', body: orgCreateSchema, response: { 201: orgSchema } },
    },
    async (req, reply) => reply.status(201).send(await createOrganisation(kernel, req.ctx, actorOf(req), req.body)),
  );

  app.patch(
    '/orgs/:id',
    {
      config: { access: orgAccess.update },
      schema: {
        tags,
        summary: '修改组织机构 Edit an organisation',
        params: orgIdParamsSchema,
        body: orgUpdateSchema,
        response: { 200: orgSchema },
      },
    },
    async (req) => updateOrganisation(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/orgs/:id/move',
    {
      config: { access: orgAccess.update },
      schema: {
        tags,
        summary: '移动组织机构 Move an organisation',
        params: orgIdParamsSchema,
        body: orgMoveSchema,
        response: { 200: orgSchema },
      },
    },
    async (req) => moveOrganisation(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/orgs/:id/deactivate',
    {
      config: { access: orgAccess.deactivate },
      schema: {
        tags,
        summary: '停用组织机构 Deactivate an organisation',
        params: orgIdParamsSchema,
        body: orgReasonSchema,
        response: { 200: orgSchema },
      },
    },
    async (req) => deactivateOrganisation(kernel, req.ctx, actorOf(req), req.params.id, req.body.reason),
  );

  app.post(
    '/orgs/:id/activate',
    {
      config: { access: orgAccess.deactivate },
      schema: {
        tags,
        summary: '启用组织机构 Activate an organisation',
        params: orgIdParamsSchema,
        body: orgReasonSchema,
        response: { 200: orgSchema },
      },
    },
    async (req) => activateOrganisation(kernel, req.ctx, actorOf(req), req.params.id, req.body.reason),
  );
}
