import type { AppInstance, Kernel } from '@tianping/server/core/module';
import {
  callbackCompleteBodySchema,
  callbackCreateBodySchema,
  callbackIdParamsSchema,
  callbackListQuerySchema,
  callbackPageSchema,
  callbackViewSchema,
} from '../contract/callback';
import {
  followUpDrawBodySchema,
  followUpDrawDetailSchema,
  followUpDrawListQuerySchema,
  followUpDrawPageSchema,
  followUpDrawSchema,
  followUpIdParamsSchema,
  followUpListQuerySchema,
  followUpPageSchema,
  followUpRecordBodySchema,
  followUpViewSchema,
} from '../contract/followup';
import { ticketIdParamsSchema } from '../contract/tickets';
import { completeCallback, listCallbacks, scheduleCallback } from './callback.service';
import { drawFollowUps, getFollowUpDraw, listFollowUpDraws } from './followup-draw.service';
import { listFollowUps, recordFollowUp } from './followup.service';
import { staffOf, tags } from './route-actor';

/** Callbacks (回拨) and follow-up visits (回访). */
export function callbackRoutes(app: AppInstance, kernel: Kernel) {
  app.post(
    '/hotline/tickets/:id/callbacks',
    {
      config: { access: { anyOf: ['hotline.ticket.handle', 'hotline.ticket.supervise'] } },
      schema: {
        tags,
        summary: '安排回拨 Schedule a callback',
        description: 'dueAt default: now + callbackDueHours (local setting). The ticket becomes callbackPending.',
        params: ticketIdParamsSchema,
        body: callbackCreateBodySchema,
        response: { 201: callbackViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await scheduleCallback(kernel, req.ctx, staffOf(req), req.params.id, req.body)),
  );

  app.get(
    '/hotline/callbacks',
    {
      config: { access: { anyOf: ['hotline.ticket.read', 'hotline.ticket.handle', 'hotline.ticket.supervise'] } },
      schema: {
        tags,
        summary: '回拨待办 Callbacks (mine, overdue)',
        querystring: callbackListQuerySchema,
        response: { 200: callbackPageSchema },
      },
    },
    async (req) => listCallbacks(kernel, staffOf(req), req.query),
  );

  app.post(
    '/hotline/callbacks/:id/complete',
    {
      config: { access: { anyOf: ['hotline.ticket.handle', 'hotline.ticket.supervise'] } },
      schema: {
        tags,
        summary: '登记回拨结果 Complete a callback',
        params: callbackIdParamsSchema,
        body: callbackCompleteBodySchema,
        response: { 200: callbackViewSchema },
      },
    },
    async (req) => completeCallback(kernel, req.ctx, staffOf(req), req.params.id, req.body),
  );

  app.post(
    '/hotline/followups/draw',
    {
      config: { access: 'hotline.ticket.supervise' },
      schema: {
        tags,
        summary: '回访抽样 Draw closed tickets for follow-up visits (reproducible)',
        body: followUpDrawBodySchema,
        response: { 201: followUpDrawSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await drawFollowUps(kernel, req.ctx, staffOf(req), req.body)),
  );

  app.get(
    '/hotline/followups/draws',
    {
      config: { access: { anyOf: ['hotline.ticket.supervise', 'hotline.ticket.read'] } },
      schema: {
        tags,
        summary: '回访抽样记录 Follow-up draws',
        querystring: followUpDrawListQuerySchema,
        response: { 200: followUpDrawPageSchema },
      },
    },
    async (req) => listFollowUpDraws(kernel, staffOf(req), req.query),
  );

  app.get(
    '/hotline/followups/draws/:id',
    {
      config: { access: { anyOf: ['hotline.ticket.supervise', 'hotline.ticket.read'] } },
      schema: {
        tags,
        summary: '回访抽样复核 A follow-up draw with its recomputation',
        description:
          'verified: recomputed now from the stored published value, instant and population (null: drawn before the population was stored).',
        params: followUpIdParamsSchema,
        response: { 200: followUpDrawDetailSchema },
      },
    },
    async (req) => getFollowUpDraw(kernel, staffOf(req), req.params.id),
  );

  app.get(
    '/hotline/followups',
    {
      config: { access: { anyOf: ['hotline.ticket.supervise', 'hotline.ticket.read'] } },
      schema: { tags, summary: '回访任务 Follow-up visits', querystring: followUpListQuerySchema, response: { 200: followUpPageSchema } },
    },
    async (req) => listFollowUps(kernel, staffOf(req), req.query),
  );

  app.post(
    '/hotline/followups/:id/record',
    {
      config: { access: 'hotline.ticket.supervise' },
      schema: {
        tags,
        summary: '登记回访结果 Record a follow-up visit',
        description: 'A dissatisfied answer reopens the closed ticket to the supervisors.',
        params: followUpIdParamsSchema,
        body: followUpRecordBodySchema,
        response: { 200: followUpViewSchema },
      },
    },
    async (req) => recordFollowUp(kernel, req.ctx, staffOf(req), req.params.id, req.body),
  );
}
