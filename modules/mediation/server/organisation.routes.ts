import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import type { RouteAccess } from '@tianping/server/http/route-access';
import {
  committeeCandidatesSchema,
  committeeCreateSchema,
  committeeDetailSchema,
  committeeListQuerySchema,
  committeePageSchema,
  committeeParamsSchema,
  committeeUpdateSchema,
  disciplineCreateSchema,
  mediatorCreateSchema,
  mediatorDetailSchema,
  mediatorListQuerySchema,
  mediatorPageSchema,
  mediatorParamsSchema,
  mediatorUpdateSchema,
  trainingCreateSchema,
} from '../contract/organisation';
import { committeeCandidates, createCommittee, getCommittee, listCommitteePage, updateCommitteeRecord } from './committee.service';
import { addDiscipline, addTraining, createMediator, getMediator, listMediatorPage, updateMediatorRecord } from './mediator.service';

const tags = ['mediation'];
/** Who may read committees and mediators: readers and those who manage them. */
const read: RouteAccess = { anyOf: ['mediation.committee.read', 'mediation.committee.manage', 'mediation.mediator.manage'] };
const manageCommittee = 'mediation.committee.manage';
const manageMediator = 'mediation.mediator.manage';

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

/** 人民调解法 第七–第十六条: committees with their members, mediators with training and discipline. */
export function organisationRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/mediation/committees',
    {
      config: { access: read },
      schema: {
        tags,
        summary: '人民调解委员会列表 List committees',
        querystring: committeeListQuerySchema,
        response: { 200: committeePageSchema },
      },
    },
    async (req) => listCommitteePage(kernel, actorOf(req), req.query),
  );

  app.get(
    '/mediation/committee-candidates',
    {
      config: { access: manageCommittee },
      schema: {
        tags,
        summary: '可登记为调委会的组织 Organisations that can be registered as committees',
        querystring: z.strictObject({ q: z.string().trim().min(1).max(100).optional() }),
        response: { 200: committeeCandidatesSchema },
      },
    },
    async (req) => committeeCandidates(kernel, actorOf(req), req.query.q),
  );

  app.get(
    '/mediation/committees/:orgId',
    {
      config: { access: read },
      schema: {
        tags,
        summary: '人民调解委员会详情 Committee detail',
        params: committeeParamsSchema,
        response: { 200: committeeDetailSchema },
      },
    },
    async (req) => getCommittee(kernel, actorOf(req), req.params.orgId),
  );

  app.post(
    '/mediation/committees',
    {
      config: { access: manageCommittee },
      schema: {
        tags,
        summary: '登记人民调解委员会 Register a committee',
        body: committeeCreateSchema,
        response: { 201: committeeDetailSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createCommittee(kernel, req.ctx, actorOf(req), req.body)),
  );

  app.put(
    '/mediation/committees/:orgId',
    {
      config: { access: manageCommittee },
      schema: {
        tags,
        summary: '变更人民调解委员会及委员 Update a committee and its members',
        params: committeeParamsSchema,
        body: committeeUpdateSchema,
        response: { 200: committeeDetailSchema },
      },
    },
    async (req) => updateCommitteeRecord(kernel, req.ctx, actorOf(req), req.params.orgId, req.body),
  );

  app.get(
    '/mediation/mediators',
    {
      config: { access: read },
      schema: {
        tags,
        summary: '人民调解员列表 List mediators',
        querystring: mediatorListQuerySchema,
        response: { 200: mediatorPageSchema },
      },
    },
    async (req) => listMediatorPage(kernel, actorOf(req), req.query),
  );

  app.get(
    '/mediation/mediators/:id',
    {
      config: { access: read },
      schema: { tags, summary: '人民调解员详情 Mediator detail', params: mediatorParamsSchema, response: { 200: mediatorDetailSchema } },
    },
    async (req) => getMediator(kernel, actorOf(req), req.params.id),
  );

  app.post(
    '/mediation/mediators',
    {
      config: { access: manageMediator },
      schema: { tags, summary: '登记人民调解员 Register a mediator', body: mediatorCreateSchema, response: { 201: mediatorDetailSchema } },
    },
    async (req, reply) => reply.status(201).send(await createMediator(kernel, req.ctx, actorOf(req), req.body)),
  );

  app.patch(
    '/mediation/mediators/:id',
    {
      config: { access: manageMediator },
      schema: {
        tags,
        summary: '变更人民调解员 Update a mediator',
        params: mediatorParamsSchema,
        body: mediatorUpdateSchema,
        response: { 200: mediatorDetailSchema },
      },
    },
    async (req) => updateMediatorRecord(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/mediation/mediators/:id/trainings',
    {
      config: { access: manageMediator },
      schema: {
        tags,
        summary: '登记业务培训（第十四条） Record a training',
        params: mediatorParamsSchema,
        body: trainingCreateSchema,
        response: { 201: mediatorDetailSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await addTraining(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/mediation/mediators/:id/disciplines',
    {
      config: { access: manageMediator },
      schema: {
        tags,
        summary: '登记批评教育、责令改正、罢免或解聘（第十五条） Record discipline',
        params: mediatorParamsSchema,
        body: disciplineCreateSchema,
        response: { 201: mediatorDetailSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await addDiscipline(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );
}
