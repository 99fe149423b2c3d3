import type { AppInstance, Kernel } from '@tianping/server/core/module';
import type { RouteAccess } from '@tianping/server/http/route-access';
import {
  caseIdParamsSchema,
  caseworkViewSchema,
  citizenCaseworkViewSchema,
  citizenRequestViewSchema,
  closureCreateSchema,
  complaintCreateSchema,
  complaintHandleSchema,
  complaintParamsSchema,
  progressCreateSchema,
  replacementDecisionSchema,
  replacementParamsSchema,
  replacementRequestSchema,
  terminationDecisionSchema,
  terminationReportSchema,
} from '../contract/casework';
import { registerCaseworkDocuments } from './casework-documents';
import { getCitizenCasework } from './citizen-casework.service';
import {
  decideReplacement,
  handleComplaint,
  recordComplaintByCitizen,
  recordComplaintByStaff,
  requestReplacementByCitizen,
  requestReplacementByStaff,
} from './casework-requests.service';
import { getCasework, logProgress } from './casework.service';
import { closeCase } from './closure.service';
import { objectionRoutes } from './objection.routes';
import { qualityRoutes } from './quality.routes';
import { actorOf, citizenOf } from './route-actors';
import { subsidyRoutes } from './subsidy.routes';
import { decideTermination, reportTermination } from './termination.service';

/**
 * The aided case after assignment (法律援助法 第四十八条、第五十条、第五十五条): the provider's work,
 * closure, termination, replacement requests and complaints; then objections (第四十九条), quality
 * (第五十七、五十九条) and subsidies (第五十二条) — AC's routes, registered by module.ts in one call.
 */

const tags = ['legalAid'];
const base = '/legal-aid/cases/:id';
const work = 'legalAid.case.work';
const centre: RouteAccess = { anyOf: ['legalAid.application.review', 'legalAid.assignment.manage'] };

export function caseworkRoutes(app: AppInstance, kernel: Kernel) {
  registerCaseworkDocuments(kernel);
  const view = { 200: caseworkViewSchema };
  const created = { 201: caseworkViewSchema };

  app.get(
    `${base}/casework`,
    {
      config: { access: { anyOf: ['legalAid.application.read', work] } },
      schema: { tags, summary: '案件承办情况 Casework of an aided case', params: caseIdParamsSchema, response: view },
    },
    async (req) => getCasework(kernel, actorOf(req), req.params.id),
  );

  app.post(
    `${base}/progress`,
    {
      config: { access: work },
      schema: {
        tags,
        summary: '记录办理进展、会见、开庭 Log progress',
        params: caseIdParamsSchema,
        body: progressCreateSchema,
        response: created,
      },
    },
    async (req, reply) => reply.status(201).send(await logProgress(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    `${base}/closure`,
    {
      config: { access: { anyOf: [work, 'legalAid.assignment.manage'] } },
      schema: {
        tags,
        summary: '结案报告 Closure report (第五十条)',
        params: caseIdParamsSchema,
        body: closureCreateSchema,
        response: view,
      },
    },
    async (req) => closeCase(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/termination-reports`,
    {
      config: { access: work },
      schema: {
        tags,
        summary: '报告终止情形 Report a ground of termination (第四十八条第二款)',
        params: caseIdParamsSchema,
        body: terminationReportSchema,
        response: created,
      },
    },
    async (req, reply) => reply.status(201).send(await reportTermination(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    `${base}/termination`,
    {
      config: { access: centre },
      schema: {
        tags,
        summary: '终止法律援助决定 Terminate (第四十八条)',
        params: caseIdParamsSchema,
        body: terminationDecisionSchema,
        response: view,
      },
    },
    async (req) => decideTermination(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/replacement-requests`,
    {
      config: { access: 'legalAid.application.intake' },
      schema: {
        tags,
        summary: '登记更换援助人员请求 Record a replacement request (第五十五条)',
        params: caseIdParamsSchema,
        body: replacementRequestSchema,
        response: created,
      },
    },
    async (req, reply) => reply.status(201).send(await requestReplacementByStaff(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    `${base}/replacement-requests/:rid/decision`,
    {
      config: { access: 'legalAid.assignment.manage' },
      schema: {
        tags,
        summary: '决定是否更换 Decide a replacement',
        params: replacementParamsSchema,
        body: replacementDecisionSchema,
        response: view,
      },
    },
    async (req) => decideReplacement(kernel, req.ctx, actorOf(req), req.params.id, req.params.rid, req.body),
  );

  app.post(
    `${base}/complaints`,
    {
      config: { access: 'legalAid.application.intake' },
      schema: {
        tags,
        summary: '登记投诉 Record a complaint (第五十五条)',
        params: caseIdParamsSchema,
        body: complaintCreateSchema,
        response: created,
      },
    },
    async (req, reply) => reply.status(201).send(await recordComplaintByStaff(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    `${base}/complaints/:cid/handling`,
    {
      config: { access: 'legalAid.quality.manage' },
      schema: {
        tags,
        summary: '投诉处理结果 Complaint handled (第五十六条)',
        params: complaintParamsSchema,
        body: complaintHandleSchema,
        response: view,
      },
    },
    async (req) => handleComplaint(kernel, req.ctx, actorOf(req), req.params.id, req.params.cid, req.body),
  );

  const citizenBase = '/citizen/legal-aid/cases/:id';
  app.get(
    `${citizenBase}/casework`,
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '受援人查看承办情况 The aided case in the portal',
        params: caseIdParamsSchema,
        response: { 200: citizenCaseworkViewSchema },
      },
    },
    async (req) => getCitizenCasework(kernel, citizenOf(req), req.params.id),
  );

  app.post(
    `${citizenBase}/replacement-request`,
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '受援人要求更换法律援助人员 Ask for another provider (第五十五条)',
        params: caseIdParamsSchema,
        body: replacementRequestSchema,
        response: { 201: citizenRequestViewSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await requestReplacementByCitizen(kernel, req.ctx, citizenOf(req), req.params.id, req.body)),
  );

  app.post(
    `${citizenBase}/complaints`,
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '受援人投诉 Complain (第五十五条)',
        params: caseIdParamsSchema,
        body: complaintCreateSchema,
        response: { 201: citizenRequestViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await recordComplaintByCitizen(kernel, req.ctx, citizenOf(req), req.params.id, req.body)),
  );

  objectionRoutes(app, kernel);
  qualityRoutes(app, kernel);
  subsidyRoutes(app, kernel);
}
