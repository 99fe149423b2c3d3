import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import {
  assignHandlerSchema,
  caseIdParamsSchema,
  citizenWithdrawalSchema,
  consultationParamsSchema,
  convertProcedureSchema,
  dismissSchema,
  handlingViewSchema,
  hearingParamsSchema,
  mediationSchema,
  reconSettingsSchema,
  reconSettingsUpdateSchema,
  recordConsultationSchema,
  recordHearingSchema,
  requestConsultationSchema,
  resumeSchema,
  scheduleHearingSchema,
  sendCopySchema,
  submitReplySchema,
  suspendSchema,
  terminateSchema,
  withdrawalRequestSchema,
  withdrawSchema,
} from '../contract/handling';
import { dismissCase, mediateCase, requestWithdrawal, terminateCase, withdrawCase } from './case-closure.service';
import { getHandling } from './case-handling.service';
import { recordConsultation, recordHearing, requestConsultation, scheduleHearing } from './case-hearing.service';
import { assignHandler, convertProcedure, sendCopy, submitReply } from './case-respondent.service';
import { resumeCase, suspendCase } from './case-suspension.service';
import { registerHandlingDocuments } from './handling-documents';
import { getReconSettings, updateReconSettings } from './handling-settings';

/**
 * Handling after acceptance (行政复议法 第三十六条至第五十五条、第七十三条、第七十四条). Every step
 * answers with the case's handling view (state, records, deadlines, abilities).
 */

const tags = ['reconsideration'];
const handle = 'reconsideration.case.handle';
const base = '/reconsideration/cases/:id';

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

export function handlingRoutes(app: AppInstance, kernel: Kernel) {
  registerHandlingDocuments(kernel);
  const view = { 200: handlingViewSchema };

  app.get(
    `${base}/handling`,
    {
      config: { access: { anyOf: ['reconsideration.case.read', 'reconsideration.reply.submit'] } },
      schema: { tags, summary: '案件审理情况 Handling of a case', params: caseIdParamsSchema, response: view },
    },
    async (req) => getHandling(kernel, actorOf(req), req.params.id),
  );

  app.post(
    `${base}/handler`,
    {
      config: { access: handle },
      schema: { tags, summary: '指定承办人 Assign the handler', params: caseIdParamsSchema, body: assignHandlerSchema, response: view },
    },
    async (req) => assignHandler(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/procedure`,
    {
      config: { access: 'reconsideration.decision.review' },
      schema: {
        tags,
        summary: '简易程序转普通程序 Convert to the ordinary procedure (第五十五条)',
        params: caseIdParamsSchema,
        body: convertProcedureSchema,
        response: view,
      },
    },
    async (req) => convertProcedure(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/copy`,
    {
      config: { access: handle },
      schema: {
        tags,
        summary: '发送申请书副本 Send the copy to the respondent (第四十八条)',
        params: caseIdParamsSchema,
        body: sendCopySchema,
        response: view,
      },
    },
    async (req) => sendCopy(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/reply`,
    {
      config: { access: 'reconsideration.reply.submit' },
      schema: {
        tags,
        summary: '被申请人书面答复 Respondent reply (第四十八条)',
        params: caseIdParamsSchema,
        body: submitReplySchema,
        response: view,
      },
    },
    async (req) => submitReply(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/hearings`,
    {
      config: { access: handle },
      schema: {
        tags,
        summary: '安排听取意见或听证 Schedule hearing the parties or a hearing (第四十九至五十一条)',
        params: caseIdParamsSchema,
        body: scheduleHearingSchema,
        response: { 201: handlingViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await scheduleHearing(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    `${base}/hearings/:hearingId/record`,
    {
      config: { access: handle },
      schema: { tags, summary: '听证笔录 Hearing record', params: hearingParamsSchema, body: recordHearingSchema, response: view },
    },
    async (req) => recordHearing(kernel, req.ctx, actorOf(req), req.params.id, req.params.hearingId, req.body),
  );

  app.post(
    `${base}/consultations`,
    {
      config: { access: handle },
      schema: {
        tags,
        summary: '提请行政复议委员会咨询 Consult the committee (第五十二条)',
        params: caseIdParamsSchema,
        body: requestConsultationSchema,
        response: { 201: handlingViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await requestConsultation(kernel, req.ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    `${base}/consultations/:cid/opinions`,
    {
      config: { access: handle },
      schema: {
        tags,
        summary: '记录委员会咨询意见 Record the committee’s opinions',
        params: consultationParamsSchema,
        body: recordConsultationSchema,
        response: view,
      },
    },
    async (req) => recordConsultation(kernel, req.ctx, actorOf(req), req.params.id, req.params.cid, req.body),
  );

  app.post(
    `${base}/suspend`,
    {
      config: { access: handle },
      schema: { tags, summary: '中止审理 Suspend (第三十九条)', params: caseIdParamsSchema, body: suspendSchema, response: view },
    },
    async (req) => suspendCase(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/resume`,
    {
      config: { access: handle },
      schema: { tags, summary: '恢复审理 Resume (第三十九条第二款)', params: caseIdParamsSchema, body: resumeSchema, response: view },
    },
    async (req) => resumeCase(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/terminate`,
    {
      config: { access: handle },
      schema: { tags, summary: '终止行政复议 Terminate (第四十一条)', params: caseIdParamsSchema, body: terminateSchema, response: view },
    },
    async (req) => terminateCase(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/withdraw`,
    {
      config: { access: handle },
      schema: { tags, summary: '准予撤回 Grant withdrawal (第七十四条)', params: caseIdParamsSchema, body: withdrawSchema, response: view },
    },
    async (req) => withdrawCase(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/dismiss`,
    {
      config: { access: handle },
      schema: { tags, summary: '驳回申请 Dismiss (第三十三条)', params: caseIdParamsSchema, body: dismissSchema, response: view },
    },
    async (req) => dismissCase(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    `${base}/mediation`,
    {
      config: { access: handle },
      schema: {
        tags,
        summary: '调解结案 Close by mediation (第七十三条)',
        params: caseIdParamsSchema,
        body: mediationSchema,
        response: view,
      },
    },
    async (req) => mediateCase(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/citizen/reconsideration/cases/:id/withdrawal',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '申请撤回行政复议申请 Ask to withdraw (第七十四条)',
        params: caseIdParamsSchema,
        body: withdrawalRequestSchema,
        response: { 201: citizenWithdrawalSchema },
      },
    },
    async (req, reply) => {
      if (req.actor?.kind !== 'citizen') throw unauthenticated();
      return reply.status(201).send(await requestWithdrawal(kernel, req.ctx, req.actor, req.params.id, req.body));
    },
  );

  app.get(
    '/reconsideration/settings',
    {
      config: { access: 'reconsideration.case.read' },
      schema: { tags, summary: '本地规则 Local rules (where the law is silent)', response: { 200: reconSettingsSchema } },
    },
    async () => getReconSettings(kernel.db),
  );

  app.put(
    '/reconsideration/settings',
    {
      config: { access: 'reconsideration.decision.review' },
      schema: { tags, summary: '修改本地规则 Change local rules', body: reconSettingsUpdateSchema, response: { 200: reconSettingsSchema } },
    },
    async (req) => updateReconSettings(kernel, req.ctx, actorOf(req), req.body),
  );
}
