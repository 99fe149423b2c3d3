import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import type { RouteAccess } from '@tianping/server/http/route-access';
import {
  campaignCreateSchema,
  campaignDetailSchema,
  campaignListQuerySchema,
  campaignPageSchema,
  campaignParamsSchema,
  campaignReportSchema,
  findingAssignSchema,
  findingConvertSchema,
  findingCreateSchema,
  findingListQuerySchema,
  findingPageSchema,
  findingParamsSchema,
  findingResolveSchema,
  findingSchema,
  reportDocumentSchema,
  versionBodySchema,
} from '../contract/campaign';
import { addFinding, assignFinding, convertFinding, listFindingPage, resolveFinding } from './campaign-findings.service';
import {
  campaignAttachmentOwner,
  campaignEntityType,
  campaignReport,
  campaignReportTemplate,
  generateReportDocument,
} from './campaign-report';
import { closeCampaign, createCampaign, getCampaign, listCampaignPage } from './campaign.service';

const tags = ['mediation'];
const read: RouteAccess = { anyOf: ['mediation.campaign.manage', 'mediation.committee.read'] };
const manage = 'mediation.campaign.manage';

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

/** 矛盾纠纷排查: campaigns per region and period, findings tracked to resolution, report per district. */
export function campaignRoutes(app: AppInstance, kernel: Kernel) {
  kernel.documentTemplates.register(campaignReportTemplate);
  kernel.attachmentOwners.register(campaignEntityType, campaignAttachmentOwner);

  app.get(
    '/mediation/campaigns',
    {
      config: { access: read },
      schema: {
        tags,
        summary: '矛盾纠纷排查活动列表 List campaigns',
        querystring: campaignListQuerySchema,
        response: { 200: campaignPageSchema },
      },
    },
    async (req) => listCampaignPage(kernel, actorOf(req), req.query),
  );

  app.post(
    '/mediation/campaigns',
    {
      config: { access: manage },
      schema: { tags, summary: '发起矛盾纠纷排查 Start a campaign', body: campaignCreateSchema, response: { 201: campaignDetailSchema } },
    },
    async (req, reply) => reply.status(201).send(await createCampaign(kernel, req.ctx, actorOf(req), req.body)),
  );

  app.get(
    '/mediation/campaigns/:id',
    {
      config: { access: read },
      schema: { tags, summary: '排查活动详情 Campaign detail', params: campaignParamsSchema, response: { 200: campaignDetailSchema } },
    },
    async (req) => getCampaign(kernel, actorOf(req), req.params.id),
  );

  app.post(
    '/mediation/campaigns/:id/close',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '结束排查活动 Close a campaign',
        params: campaignParamsSchema,
        body: versionBodySchema,
        response: { 200: campaignDetailSchema },
      },
    },
    async (req) => closeCampaign(kernel, req.ctx, actorOf(req), req.params.id, req.body.version),
  );

  app.get(
    '/mediation/campaigns/:id/findings',
    {
      config: { access: read },
      schema: {
        tags,
        summary: '排查发现的纠纷 Findings of a campaign',
        params: campaignParamsSchema,
        querystring: findingListQuerySchema,
        response: { 200: findingPageSchema },
      },
    },
    async (req) => listFindingPage(kernel, actorOf(req), req.params.id, req.query),
  );

  app.post(
    '/mediation/campaigns/:id/findings',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '登记排查发现的纠纷 Register a finding',
        params: campaignParamsSchema,
        body: findingCreateSchema,
        response: { 201: findingSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await addFinding(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/mediation/campaigns/:id/findings/:findingId/assign',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '分派纠纷 Assign a finding',
        params: findingParamsSchema,
        body: findingAssignSchema,
        response: { 200: findingSchema },
      },
    },
    async (req) => assignFinding(kernel, req.ctx, actorOf(req), req.params.id, req.params.findingId, req.body),
  );

  app.post(
    '/mediation/campaigns/:id/findings/:findingId/resolve',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '登记化解结果 Record the resolution',
        params: findingParamsSchema,
        body: findingResolveSchema,
        response: { 200: findingSchema },
      },
    },
    async (req) => resolveFinding(kernel, req.ctx, actorOf(req), req.params.id, req.params.findingId, req.body),
  );

  app.post(
    '/mediation/campaigns/:id/findings/:findingId/case',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '转入人民调解案件（主动调解） Turn a finding into a case',
        params: findingParamsSchema,
        body: findingConvertSchema,
        response: { 200: findingSchema },
      },
    },
    async (req) => convertFinding(kernel, req.ctx, actorOf(req), req.params.id, req.params.findingId, req.body),
  );

  app.get(
    '/mediation/campaigns/:id/report',
    {
      config: { access: read },
      schema: { tags, summary: '排查情况报告 Campaign report', params: campaignParamsSchema, response: { 200: campaignReportSchema } },
    },
    async (req) => campaignReport(kernel, actorOf(req), req.params.id),
  );

  app.post(
    '/mediation/campaigns/:id/report/document',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '生成排查情况报告文书 Generate the report document',
        params: campaignParamsSchema,
        response: { 201: reportDocumentSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await generateReportDocument(kernel, req.ctx, actorOf(req), req.params.id)),
  );
}
