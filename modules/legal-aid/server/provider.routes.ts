import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { notFound, unauthenticated } from '@tianping/server/http/errors';
import type { RouteAccess } from '@tianping/server/http/route-access';
import {
  historyEntryBodySchema,
  providerBodySchema,
  providerDetailSchema,
  providerIdParamsSchema,
  providerListQuerySchema,
  providerPageSchema,
  providerPatchSchema,
} from '../contract/provider';
import { providerDetail, providerView } from './provider.presenter';
import { findProviderInScope, listHistory, listProviders } from './provider.repository';
import { addHistoryEntry, createProvider, patchProvider } from './provider.service';

const tags = ['legalAid'];
const readers: RouteAccess = { anyOf: ['legalAid.provider.manage', 'legalAid.assignment.manage', 'legalAid.duty.manage'] };

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

async function detail(kernel: Kernel, actor: ScopedActor, id: string) {
  const row = await findProviderInScope(kernel.db, actor, id);
  if (!row) throw notFound();
  return providerDetail(kernel, actor, row, await listHistory(kernel.db, id));
}

/** The providers registry (法律援助人员, 第十二、十三、十六、十七条) and their earlier clients and opponents. */
export function providerRoutes(app: AppInstance, kernel: Kernel) {
  // The provider's ID number is masked in every view; revealed through POST /api/pii/reveal (reason recorded).
  kernel.piiRevealers.register('aidProvider', {
    fields: { idNumber: { zh: '身份证号码', en: 'ID number' } },
    async load(trx, actor, entityId, field) {
      const p = field === 'idNumber' ? await findProviderInScope(trx, actor, entityId) : undefined;
      return p ? { value: kernel.pii.decrypt(p.idNumberEnc), orgId: p.orgId } : undefined;
    },
  });

  app.get(
    '/legal-aid/providers',
    {
      config: { access: readers },
      schema: { tags, summary: '法律援助人员名册 Providers', querystring: providerListQuerySchema, response: { 200: providerPageSchema } },
    },
    async (req) => {
      const actor = actorOf(req);
      const { items, total } = await listProviders(kernel.db, actor, req.query);
      return { items: items.map((r) => providerView(kernel, actor, r)), total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    '/legal-aid/providers/:id',
    {
      config: { access: readers },
      schema: { tags, summary: '法律援助人员详情 Provider', params: providerIdParamsSchema, response: { 200: providerDetailSchema } },
    },
    async (req) => detail(kernel, actorOf(req), req.params.id),
  );

  app.post(
    '/legal-aid/providers',
    {
      config: { access: 'legalAid.provider.manage' },
      schema: { tags, summary: '登记法律援助人员 Register a provider', body: providerBodySchema, response: { 201: providerDetailSchema } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await createProvider(kernel, req.ctx, actor, req.body);
      return reply.status(201).send(await detail(kernel, actor, id));
    },
  );

  app.patch(
    '/legal-aid/providers/:id',
    {
      config: { access: 'legalAid.provider.manage' },
      schema: {
        tags,
        summary: '修改法律援助人员 Update a provider',
        params: providerIdParamsSchema,
        body: providerPatchSchema,
        response: { 200: providerDetailSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await patchProvider(kernel, req.ctx, actor, req.params.id, req.body);
      return detail(kernel, actor, req.params.id);
    },
  );

  app.post(
    '/legal-aid/providers/:id/history',
    {
      config: { access: 'legalAid.provider.manage' },
      schema: {
        tags,
        summary: '登记曾代理的当事人或对方当事人 Add an earlier client or opponent',
        description: 'Read by the conflict check of every assignment proposal (律师法 第三十九条); assignments add entries automatically.',
        params: providerIdParamsSchema,
        body: historyEntryBodySchema,
        response: { 201: providerDetailSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await addHistoryEntry(kernel, req.ctx, actor, req.params.id, req.body);
      return reply.status(201).send(await detail(kernel, actor, req.params.id));
    },
  );
}
