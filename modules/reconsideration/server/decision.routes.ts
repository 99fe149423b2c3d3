import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import {
  approvalInputSchema,
  caseIdParamsSchema,
  decisionViewSchema,
  draftInputSchema,
  draftParamsSchema,
  draftPatchSchema,
  extensionInputSchema,
  issueInputSchema,
  letterInputSchema,
  letterParamsSchema,
  letterReportInputSchema,
  publishedDecisionSchema,
  publishedPageSchema,
  publishedParamsSchema,
  publishedQuerySchema,
} from '../contract/decision';
import { issueDecision, recordApproval } from './case-approval.service';
import { createDraft, editDraft, submitDraft } from './case-decision.service';
import { extendDecisionPeriod } from './case-extension.service';
import { getPublishedDecision, listPublishedDecisions, publishDecision } from './case-publication.service';
import { decisionTemplate, extensionNoticeTemplate, opinionLetterTemplate, suggestionLetterTemplate } from './decision-documents';
import { decisionAccess } from './decision.policy';
import { getDecision } from './decision-support';
import { issueLetter, recordLetterReport } from './opinion-letter.service';

const tags = ['reconsideration'];
const base = '/reconsideration/cases/:id';

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

/** The decision stage of a case (行政复议法 第六十一条至第七十九条) and the public list of published decisions. */
export function decisionRoutes(app: AppInstance, kernel: Kernel) {
  kernel.documentTemplates.register(decisionTemplate);
  kernel.documentTemplates.register(extensionNoticeTemplate);
  kernel.documentTemplates.register(opinionLetterTemplate);
  kernel.documentTemplates.register(suggestionLetterTemplate);
  const view = { 200: decisionViewSchema };

  app.get(
    `${base}/decision`,
    {
      config: { access: { anyOf: [...decisionAccess.read.anyOf] } },
      schema: {
        tags,
        summary: '复议决定：期限、草稿与审批 Decision clock, drafts and approvals',
        params: caseIdParamsSchema,
        response: view,
      },
    },
    async (req) => getDecision(kernel, actorOf(req), req.params.id),
  );

  app.post(
    `${base}/extension`,
    {
      config: { access: decisionAccess.review },
      schema: {
        tags,
        summary: '延长审理期限 Extend the decision period (Art. 62(1))',
        description:
          'Ordinary procedure only (409 RECON_EXTENSION_NOT_ALLOWED for simplified: convert under Art. 55 first); at most 30 days in total (400 RECON_EXTENSION_EXCEEDED). Serves the 延期审理通知书 on the applicant.',
        params: caseIdParamsSchema,
        body: extensionInputSchema,
        response: view,
      },
    },
    async (req) => extendDecisionPeriod(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/decision-drafts`,
    {
      config: { access: decisionAccess.draft },
      schema: {
        tags,
        summary: '拟制复议决定 Draft a decision',
        params: caseIdParamsSchema,
        body: draftInputSchema,
        response: { 201: decisionViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createDraft(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.patch(
    `${base}/decision-drafts/:draftId`,
    {
      config: { access: decisionAccess.draft },
      schema: { tags, summary: '修改决定草稿 Edit a draft', params: draftParamsSchema, body: draftPatchSchema, response: view },
    },
    async (req) => editDraft(kernel, req.ctx, actorOf(req), req.params.id, req.params.draftId, req.body),
  );

  app.post(
    `${base}/decision-drafts/:draftId/submit`,
    {
      config: { access: decisionAccess.draft },
      schema: { tags, summary: '提交审批 Submit a draft for approval', params: draftParamsSchema, response: view },
    },
    async (req) => submitDraft(kernel, req.ctx, actorOf(req), req.params.id, req.params.draftId),
  );

  app.post(
    `${base}/decision-drafts/:draftId/approvals`,
    {
      config: { access: { anyOf: [decisionAccess.review, decisionAccess.approve] } },
      schema: {
        tags,
        summary: '审批复议决定 Approve or return a draft (Art. 61(1))',
        description:
          'officeHead needs decision.review; authorityHead / collective (the draft’s route) need decision.approve; in order (409 RECON_APPROVAL_OUT_OF_ORDER), one step per person (409 RECON_APPROVAL_SAME_PERSON). Returning needs decision.review.',
        params: draftParamsSchema,
        body: approvalInputSchema,
        response: view,
      },
    },
    async (req) => recordApproval(kernel, req.ctx, actorOf(req), req.params.id, req.params.draftId, req.body),
  );

  app.post(
    `${base}/decision-drafts/:draftId/issue`,
    {
      config: { access: decisionAccess.approve },
      schema: {
        tags,
        summary: '签发并送达复议决定书 Issue and serve the decision',
        description: '409 RECON_DECISION_NOT_APPROVED without the complete approval chain.',
        params: draftParamsSchema,
        body: issueInputSchema,
        response: view,
      },
    },
    async (req) => issueDecision(kernel, req.ctx, actorOf(req), req.params.id, req.params.draftId, req.body),
  );

  app.post(
    `${base}/decision-drafts/:draftId/publish`,
    {
      config: { access: decisionAccess.review },
      schema: { tags, summary: '公开复议决定书 Publish an issued decision (Art. 79)', params: draftParamsSchema, response: view },
    },
    async (req) => publishDecision(kernel, req.ctx, actorOf(req), req.params.id, req.params.draftId),
  );

  app.post(
    `${base}/opinion-letters`,
    {
      config: { access: decisionAccess.review },
      schema: {
        tags,
        summary: '制发意见书或建议书 Issue an opinion (Art. 76) or suggestion letter',
        params: caseIdParamsSchema,
        body: letterInputSchema,
        response: { 201: decisionViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await issueLetter(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    `${base}/opinion-letters/:letterId/report`,
    {
      config: { access: { anyOf: [decisionAccess.handle, decisionAccess.review] } },
      schema: {
        tags,
        summary: '登记意见书纠正情况报送 Record the report on an opinion letter',
        params: letterParamsSchema,
        body: letterReportInputSchema,
        response: view,
      },
    },
    async (req) => recordLetterReport(kernel, req.ctx, actorOf(req), req.params.id, req.params.letterId, req.body),
  );

  app.get(
    '/reconsideration/published-decisions',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '公开的行政复议决定书 Published decisions',
        querystring: publishedQuerySchema,
        response: { 200: publishedPageSchema },
      },
    },
    async (req) => listPublishedDecisions(kernel, req.query),
  );

  app.get(
    '/reconsideration/published-decisions/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '公开的行政复议决定书全文 A published decision',
        params: publishedParamsSchema,
        response: { 200: publishedDecisionSchema },
      },
    },
    async (req) => getPublishedDecision(kernel, req.params.id),
  );
}
