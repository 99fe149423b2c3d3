import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import type { RouteAccess } from '@tianping/server/http/route-access';
import { eligibilityResultSchema, precheckBodySchema, staffApplicationBodySchema } from '../contract/application';
import {
  caseDetailSchema,
  caseIdParamsSchema,
  caseListQuerySchema,
  casePageSchema,
  denyBodySchema,
  grantBodySchema,
  materialsAnswerBodySchema,
  materialsRequestBodySchema,
  paperworkBodySchema,
  transferBodySchema,
} from '../contract/case';
import {
  hardshipStandardBodySchema,
  hardshipStandardListSchema,
  hardshipStandardViewSchema,
  hardshipVerificationSchema,
} from '../contract/hardship';
import { requestMaterials, staffRecordMaterials } from './application-correction.service';
import { createApplication } from './application-intake.service';
import { completePaperwork, denyCase, grantCase } from './application-review.service';
import { registerCasePii } from './case.pii';
import { getCase, listCases } from './case-query.service';
import { createStandard, listStandards, precheck, verifyHardship } from './hardship.service';
import { registerReviewDocuments } from './review-documents';
import { transferCase } from './transfer.service';

const tags = ['legalAid'];

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

type StepAccess = 'legalAid.application.review' | 'legalAid.application.intake';

/** Staff intake, the 7-day review, the case list and detail, hardship standards (法律援助法 第三十四至四十四条). */
export function applicationRoutes(app: AppInstance, kernel: Kernel) {
  registerCasePii(kernel);
  registerReviewDocuments(kernel);

  app.post(
    '/legal-aid/precheck',
    {
      config: { access: { anyOf: ['legalAid.application.intake', 'legalAid.application.review'] } },
      schema: { tags, summary: '法律援助条件预审 Pre-check (staff)', body: precheckBodySchema, response: { 200: eligibilityResultSchema } },
    },
    async (req) => precheck(kernel, req.body, true),
  );

  app.post(
    '/legal-aid/applications',
    {
      config: { access: 'legalAid.application.intake' },
      schema: {
        tags,
        summary: '登记法律援助申请 Record a walk-in or forwarded application',
        description: 'Forwarded (第三十九条) needs forwarder, kind and both instants; later than 24 hours is flagged, not refused.',
        body: staffApplicationBodySchema,
        response: { 201: caseDetailSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const c = await createApplication(kernel, req.ctx, actor, req.body);
      return reply.status(201).send(await getCase(kernel, actor, c.id));
    },
  );

  const readers: RouteAccess = { anyOf: ['legalAid.application.read', 'legalAid.case.work'] };
  app.get(
    '/legal-aid/cases',
    {
      config: { access: readers },
      schema: { tags, summary: '法律援助案件 Cases and review queue', querystring: caseListQuerySchema, response: { 200: casePageSchema } },
    },
    async (req) => listCases(kernel, actorOf(req), req.query),
  );
  app.get(
    '/legal-aid/cases/:id',
    {
      config: { access: readers },
      schema: { tags, summary: '案件详情 Case detail', params: caseIdParamsSchema, response: { 200: caseDetailSchema } },
    },
    async (req) => getCase(kernel, actorOf(req), req.params.id),
  );

  const step = <B extends z.ZodType>(
    path: string,
    access: StepAccess,
    summary: string,
    body: B,
    run: (actor: ScopedActor, req: FastifyRequest<{ Params: { id: string }; Body: z.infer<B> }>) => Promise<unknown>,
  ) =>
    app.post(
      `/legal-aid/cases/:id/${path}`,
      { config: { access }, schema: { tags, summary, params: caseIdParamsSchema, body, response: { 200: caseDetailSchema } } },
      async (req) => {
        const actor = actorOf(req);
        await run(actor, req as unknown as FastifyRequest<{ Params: { id: string }; Body: z.infer<B> }>);
        return getCase(kernel, actor, (req.params as { id: string }).id);
      },
    );

  step('grant', 'legalAid.application.review', '给予法律援助 Grant (第四十三条)', grantBodySchema, (a, r) =>
    grantCase(kernel, r.ctx, a, r.params.id, r.body),
  );
  step('deny', 'legalAid.application.review', '不予法律援助 Deny with reasons (第四十三条)', denyBodySchema, (a, r) =>
    denyCase(kernel, r.ctx, a, r.params.id, r.body),
  );
  step(
    'materials-request',
    'legalAid.application.review',
    '补充材料通知 Request missing materials (第四十三条第二款)',
    materialsRequestBodySchema,
    (a, r) => requestMaterials(kernel, r.ctx, a, r.params.id, r.body),
  );
  step('materials', 'legalAid.application.intake', '登记补充材料 Record materials received on paper', materialsAnswerBodySchema, (a, r) =>
    staffRecordMaterials(kernel, r.ctx, a, r.params.id, r.body),
  );
  step('transfer', 'legalAid.application.review', '移送有管辖权的机构 Transfer (第三十八条)', transferBodySchema, (a, r) =>
    transferCase(kernel, r.ctx, a, r.params.id, r.body),
  );
  step('paperwork', 'legalAid.application.review', '先行援助补办手续 Paperwork completed (第四十四条)', paperworkBodySchema, (a, r) =>
    completePaperwork(kernel, r.ctx, a, r.params.id, r.body.note),
  );

  app.post(
    '/legal-aid/cases/:id/hardship-verification',
    {
      config: { access: 'legalAid.application.review' },
      schema: {
        tags,
        summary: '信息共享查询核查经济困难 Verify hardship by data sharing (第四十一条)',
        description: 'Until the data-sharing platform is connected, the answer comes from a development stub and says so (`stub: true`).',
        params: caseIdParamsSchema,
        response: { 200: hardshipVerificationSchema },
      },
    },
    async (req) => verifyHardship(kernel, req.ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/legal-aid/hardship-standards',
    {
      config: { access: { anyOf: ['legalAid.settings.manage', 'legalAid.application.read'] } },
      schema: { tags, summary: '经济困难标准 Hardship standards (第三十四条)', response: { 200: hardshipStandardListSchema } },
    },
    async () => listStandards(kernel),
  );
  app.post(
    '/legal-aid/hardship-standards',
    {
      config: { access: 'legalAid.settings.manage' },
      schema: {
        tags,
        summary: '新增经济困难标准 Add a hardship standard',
        description: 'A new standard ends the open one of the region the day before; overlaps → 409 AID_STANDARD_OVERLAP.',
        body: hardshipStandardBodySchema,
        response: { 201: hardshipStandardViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createStandard(kernel, req.ctx, actorOf(req), req.body)),
  );
}
