import type { AppInstance, Kernel } from '@tianping/server/core/module';
import type { RouteAccess } from '@tianping/server/http/route-access';
import {
  ticketAnswerBodySchema,
  ticketCreateBodySchema,
  ticketDetailSchema,
  ticketIdParamsSchema,
  ticketListQuerySchema,
  ticketListSchema,
} from '../contract/tickets';
import { getTicket, listTickets } from './ticket-query.service';
import { createTicket, updateTicketAnswer } from './ticket.service';
import { staffOf, tags } from './route-actor';

const readAccess: RouteAccess = { anyOf: ['hotline.ticket.read', 'hotline.ticket.handle'] };

/** Contact records (工单): record at the desk or for a visitor, list, detail, answer. */
export function ticketRoutes(app: AppInstance, kernel: Kernel) {
  app.post(
    '/hotline/tickets',
    {
      config: { access: 'hotline.ticket.handle' },
      schema: {
        tags,
        summary: '登记工单 Record a ticket (desk, walk-in, station)',
        description:
          'callId links the answered call (its centre, caller and talk time). 400 HOTLINE_CATEGORY_UNKNOWN / empty question (field).',
        body: ticketCreateBodySchema,
        response: { 201: ticketDetailSchema },
      },
    },
    async (req, reply) => {
      return reply.status(201).send(await createTicket(kernel, req.ctx, staffOf(req), req.body));
    },
  );

  app.get(
    '/hotline/tickets',
    {
      config: { access: readAccess },
      schema: {
        tags,
        summary: '工单列表 Tickets of the centres in scope',
        querystring: ticketListQuerySchema,
        response: { 200: ticketListSchema },
      },
    },
    async (req) => listTickets(kernel, staffOf(req), req.query),
  );

  app.get(
    '/hotline/tickets/:id',
    {
      config: { access: readAccess },
      schema: { tags, summary: '工单详情 Ticket detail', params: ticketIdParamsSchema, response: { 200: ticketDetailSchema } },
    },
    async (req) => getTicket(kernel, staffOf(req), req.params.id),
  );

  app.put(
    '/hotline/tickets/:id/answer',
    {
      config: { access: 'hotline.ticket.handle' },
      schema: {
        tags,
        summary: '填写或修改解答 Write or correct the answer',
        params: ticketIdParamsSchema,
        body: ticketAnswerBodySchema,
        response: { 200: ticketDetailSchema },
      },
    },
    async (req) => {
      const actor = staffOf(req);
      await updateTicketAnswer(kernel, req.ctx, actor, req.params.id, req.body);
      return getTicket(kernel, actor, req.params.id);
    },
  );
}
