import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { z } from 'zod';
import { caseIdParamsSchema } from '../contract/casework';
import {
  citizenObjectionSchema,
  citizenObjectionViewSchema,
  objectionDecisionSchema,
  objectionListQuerySchema,
  objectionListSchema,
  objectionParamsSchema,
  objectionViewSchema,
  staffObjectionSchema,
} from '../contract/objection';
import { actorOf, citizenOf } from './route-actors';
import {
  caseObjections,
  citizenObjections,
  decideObjection,
  fileCitizenObjection,
  getObjection,
  getObjections,
  recordStaffObjection,
} from './objection.service';

/** 异议 (法律援助法 第四十九条): filed in the portal or recorded by staff; the justice bureau decides within 5 days. */

const tags = ['legalAid'];
const decide = 'legalAid.objection.decide';

export function objectionRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/legal-aid/objections',
    {
      config: { access: decide },
      schema: {
        tags,
        summary: '异议审查列表 Objections to review',
        querystring: objectionListQuerySchema,
        response: { 200: objectionListSchema },
      },
    },
    async (req) => getObjections(kernel, actorOf(req), req.query),
  );

  app.get(
    '/legal-aid/objections/:oid',
    {
      config: { access: decide },
      schema: { tags, summary: '异议详情 Objection', params: objectionParamsSchema, response: { 200: objectionViewSchema } },
    },
    async (req) => getObjection(kernel, actorOf(req), req.params.oid),
  );

  app.post(
    '/legal-aid/objections/:oid/decision',
    {
      config: { access: decide },
      schema: {
        tags,
        summary: '异议审查决定：维持或责令改正 Decide an objection (第四十九条第二款)',
        params: objectionParamsSchema,
        body: objectionDecisionSchema,
        response: { 200: objectionViewSchema },
      },
    },
    async (req) => decideObjection(kernel, req.ctx, actorOf(req), req.params.oid, req.body),
  );

  app.get(
    '/legal-aid/cases/:id/objections',
    {
      config: { access: { anyOf: ['legalAid.application.read', decide] } },
      schema: { tags, summary: '本案异议 Objections of a case', params: caseIdParamsSchema, response: { 200: objectionListSchema } },
    },
    async (req) => caseObjections(kernel, actorOf(req), req.params.id),
  );

  app.post(
    '/legal-aid/cases/:id/objections',
    {
      config: { access: { anyOf: ['legalAid.application.intake', decide] } },
      schema: {
        tags,
        summary: '登记异议 Record an objection (第四十九条第一款)',
        params: caseIdParamsSchema,
        body: staffObjectionSchema,
        response: { 201: objectionViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await recordStaffObjection(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/citizen/legal-aid/cases/:id/objection',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '提出异议 Object to a denial or termination (第四十九条)',
        params: caseIdParamsSchema,
        body: citizenObjectionSchema,
        response: { 201: citizenObjectionViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await fileCitizenObjection(kernel, req.ctx, citizenOf(req), req.params.id, req.body)),
  );

  app.get(
    '/citizen/legal-aid/cases/:id/objections',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '我的异议 My objections on a case',
        params: caseIdParamsSchema,
        response: { 200: z.object({ items: z.array(citizenObjectionViewSchema) }) },
      },
    },
    async (req) => citizenObjections(kernel, citizenOf(req), req.params.id),
  );
}
