import type { FastifyRequest } from 'fastify';
import { isScoped, type CitizenActor, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import {
  assessRiskSchema,
  caseIdParamsSchema,
  citizenHandlingViewSchema,
  handlingViewSchema,
  type HandlingView,
  rateMediationSchema,
  recordFollowupSchema,
  recordPerformanceSchema,
  recordSessionSchema,
} from '../contract/handling';
import {
  agreementDraftSchema,
  agreementDraftViewSchema,
  applyConfirmationSchema,
  confirmationParamsSchema,
  courtAcceptanceSchema,
  courtRulingSchema,
  failMediationSchema,
  recordAgreementSchema,
  withdrawMediationSchema,
} from '../contract/outcome';
import { draftAgreement } from './agreement-draft.service';
import { recordAgreement } from './agreement.service';
import { applyConfirmation, recordCourtAcceptance, recordCourtRuling } from './confirmation.service';
import { reminderSettingsRoutes } from './handling-settings';
import { getHandling } from './handling-steps';
import { registerOutcomeDocuments } from './outcome-documents';
import { failMediation, withdrawMediation } from './outcome.service';
import { citizenHandling, rateMediation, recordFollowup, recordPerformance } from './performance.service';
import { assessRisk } from './risk.service';
import { recordSession } from './session.service';

/**
 * Handling and outcomes of a mediation case (人民调解法 第二十条、第二十三条、第二十五条至第三十三条;
 * 民事诉讼法 第二百零五、二百零六条). Every staff step answers with the handling view (records,
 * confirmation window, abilities); the citizen sees their own case and rates the service.
 */

const tags = ['mediation'];
const handle = 'mediation.case.handle';
const base = '/mediation/cases/:id';

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

function citizenOf(req: FastifyRequest): CitizenActor {
  if (req.actor?.kind !== 'citizen') throw unauthenticated();
  return req.actor;
}

export function handlingRoutes(app: AppInstance, kernel: Kernel) {
  registerOutcomeDocuments(kernel);
  reminderSettingsRoutes(app, kernel);
  const view = { 200: handlingViewSchema };
  const params = caseIdParamsSchema;

  app.get(
    `${base}/handling`,
    {
      config: { access: 'mediation.case.read' },
      schema: { tags, summary: '调解办理情况 Handling of a mediation case', params, response: view },
    },
    async (req) => getHandling(kernel, actorOf(req), req.params.id),
  );

  const steps = [
    ['sessions', '记录调解（第二十条、第二十三条、第二十七条） Record a session', recordSessionSchema, recordSession],
    ['risks', '风险研判与预防措施（第二十五条） Assess risk / report to the police', assessRiskSchema, assessRisk],
    ['agreement', '调解协议（第二十八条至第三十条） Record the agreement', recordAgreementSchema, recordAgreement],
    ['failure', '调解不成，终止调解（第二十六条） Mediation failed', failMediationSchema, failMediation],
    ['withdrawal', '当事人要求终止调解（第二十三条） End at a party’s request', withdrawMediationSchema, withdrawMediation],
    ['performance', '协议履行情况（第三十一条） Record performance', recordPerformanceSchema, recordPerformance],
    ['followups', '回访 Record a follow-up visit', recordFollowupSchema, recordFollowup],
    ['confirmations', '司法确认申请（第三十三条） Apply for judicial confirmation', applyConfirmationSchema, applyConfirmation],
  ] as const;
  for (const [path, summary, body, run] of steps) {
    app.post(`${base}/${path}`, { config: { access: handle }, schema: { tags, summary, params, body, response: view } }, async (req) =>
      (run as (...a: unknown[]) => Promise<HandlingView>)(kernel, req.ctx, actorOf(req), req.params.id, req.body),
    );
  }

  app.post(
    `${base}/agreement/draft`,
    {
      config: { access: handle },
      schema: {
        tags,
        summary: '生成调解协议书供签署（第二十九条） Generate the agreement for signing',
        params,
        body: agreementDraftSchema,
        response: { 201: agreementDraftViewSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await draftAgreement(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    `${base}/confirmations/:confirmationId/acceptance`,
    {
      config: { access: handle },
      schema: {
        tags,
        summary: '法院受理情况（民事诉讼法第二百零五条） Court acceptance',
        params: confirmationParamsSchema,
        body: courtAcceptanceSchema,
        response: view,
      },
    },
    async (req) => recordCourtAcceptance(kernel, req.ctx, actorOf(req), req.params.id, req.params.confirmationId, req.body),
  );

  app.post(
    `${base}/confirmations/:confirmationId/ruling`,
    {
      config: { access: handle },
      schema: {
        tags,
        summary: '法院裁定（民事诉讼法第二百零六条） Court ruling',
        params: confirmationParamsSchema,
        body: courtRulingSchema,
        response: view,
      },
    },
    async (req) => recordCourtRuling(kernel, req.ctx, actorOf(req), req.params.id, req.params.confirmationId, req.body),
  );

  app.get(
    '/citizen/mediation/cases/:id/handling',
    {
      config: { access: 'citizen' },
      schema: { tags, summary: '我的调解：调解、协议、履行、司法确认 My mediation', params, response: { 200: citizenHandlingViewSchema } },
    },
    async (req) => citizenHandling(kernel, citizenOf(req), req.params.id),
  );

  app.post(
    '/citizen/mediation/cases/:id/satisfaction',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '评价调解服务 Rate the mediation',
        params,
        body: rateMediationSchema,
        response: { 200: citizenHandlingViewSchema },
      },
    },
    async (req) => rateMediation(kernel, req.ctx, citizenOf(req), req.params.id, req.body),
  );
}
