import type { FastifyRequest } from 'fastify';
import type { CitizenActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import {
  citizenTicketListSchema,
  citizenTicketParamsSchema,
  publicSurveySchema,
  surveyAnswerBodySchema,
  surveyAnsweredSchema,
  surveySentSchema,
  surveyTokenParamsSchema,
  ticketCloseBodySchema,
  ticketReopenBodySchema,
} from '../contract/survey';
import { ticketDetailSchema, ticketIdParamsSchema } from '../contract/tickets';
import { staffOf, tags } from './route-actor';
import { answerSurveyAsCitizen, answerSurveyByToken, citizenTickets, publicSurvey } from './survey.service';
import { resendSurvey } from './survey-resend';
import { closeTicket, reopenTicket } from './ticket-close.service';
import { getTicket } from './ticket-query.service';

function citizenOf(req: FastifyRequest): CitizenActor {
  if (req.actor?.kind !== 'citizen') throw unauthenticated();
  return req.actor;
}

/** The survey link is guessed by nobody (HMAC), but answers are still rate-limited per address. */
const surveyRateLimit = { max: 30, timeWindow: '1 minute' };

/** Closing, reopening, the satisfaction survey (SMS link and portal). */
export function surveyRoutes(app: AppInstance, kernel: Kernel) {
  app.post(
    '/hotline/tickets/:id/close',
    {
      config: { access: { anyOf: ['hotline.ticket.handle', 'hotline.ticket.supervise'] } },
      schema: {
        tags,
        summary: '办结工单 Close a ticket (survey SMS to a mobile caller)',
        params: ticketIdParamsSchema,
        body: ticketCloseBodySchema,
        response: { 200: ticketDetailSchema },
      },
    },
    async (req) => {
      const actor = staffOf(req);
      await closeTicket(kernel, req.ctx, actor, req.params.id, req.body.version);
      return getTicket(kernel, actor, req.params.id);
    },
  );

  app.post(
    '/hotline/tickets/:id/reopen',
    {
      config: { access: 'hotline.ticket.supervise' },
      schema: {
        tags,
        summary: '重开工单 Reopen a closed ticket (supervisor)',
        params: ticketIdParamsSchema,
        body: ticketReopenBodySchema,
        response: { 200: ticketDetailSchema },
      },
    },
    async (req) => {
      const actor = staffOf(req);
      await reopenTicket(kernel, req.ctx, actor, req.params.id, req.body.reason);
      return getTicket(kernel, actor, req.params.id);
    },
  );

  app.post(
    '/hotline/tickets/:id/survey',
    {
      config: { access: { anyOf: ['hotline.ticket.handle', 'hotline.ticket.supervise'] } },
      schema: {
        tags,
        summary: '重发评价链接 Send the survey link again',
        params: ticketIdParamsSchema,
        response: { 200: surveySentSchema },
      },
    },
    async (req) => resendSurvey(kernel, req.ctx, staffOf(req), req.params.id),
  );

  app.get(
    '/hotline/public/surveys/:token',
    {
      config: { access: 'public', rateLimit: surveyRateLimit },
      schema: {
        tags,
        summary: '满意度评价页 Survey of a link (no sign-in)',
        description: '400/404 HOTLINE_SURVEY_INVALID for a forged link.',
        params: surveyTokenParamsSchema,
        response: { 200: publicSurveySchema },
      },
    },
    async (req) => publicSurvey(kernel, req.params.token),
  );

  app.post(
    '/hotline/public/surveys/:token',
    {
      config: { access: 'public', csrfExempt: true, rateLimit: surveyRateLimit },
      schema: {
        tags,
        summary: '提交满意度评价 Answer the survey (single use)',
        description: 'Reused → 409 HOTLINE_SURVEY_USED; forged → 400 HOTLINE_SURVEY_INVALID; expired → 410 HOTLINE_SURVEY_EXPIRED.',
        params: surveyTokenParamsSchema,
        body: surveyAnswerBodySchema,
        response: { 200: surveyAnsweredSchema },
      },
    },
    async (req) => answerSurveyByToken(kernel, req.ctx, req.params.token, req.body),
  );

  app.get(
    '/citizen/hotline/tickets',
    {
      config: { access: 'citizen' },
      schema: { tags, summary: '我的热线咨询 My hotline contacts', response: { 200: citizenTicketListSchema } },
    },
    async (req) => citizenTickets(kernel, citizenOf(req)),
  );

  app.post(
    '/citizen/hotline/tickets/:id/survey',
    {
      config: { access: 'citizen' },
      schema: {
        tags,
        summary: '评价我的热线咨询 Rate my contact',
        params: citizenTicketParamsSchema,
        body: surveyAnswerBodySchema,
        response: { 200: surveyAnsweredSchema },
      },
    },
    async (req) => answerSurveyAsCitizen(kernel, req.ctx, citizenOf(req), req.params.id, req.body),
  );
}
