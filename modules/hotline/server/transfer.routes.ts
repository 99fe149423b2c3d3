import type { AppInstance, Kernel } from '@tianping/server/core/module';
import type { RouteAccess } from '@tianping/server/http/route-access';
import { ticketIdParamsSchema } from '../contract/tickets';
import {
  handoffTargetsSchema,
  transferCreateBodySchema,
  transferIdParamsSchema,
  transferListQuerySchema,
  transferListSchema,
  transferPageSchema,
  transferResultBodySchema,
  transferViewSchema,
} from '../contract/transfer';
import { actorOf, staffOf, tags } from './route-actor';
import { getTransfer, handoffTargets, listTicketTransfers, listTransfers } from './transfer-query.service';
import { recordTransferResult, transferTicket } from './transfer.service';

const readAccess: RouteAccess = { anyOf: ['hotline.ticket.read', 'hotline.ticket.handle', 'hotline.ticket.supervise'] };

/** One-click transfer (一键转接): targets, transfer, the ticket's transfers, the referral list and its results. */
export function transferRoutes(app: AppInstance, kernel: Kernel) {
  kernel.caseNumbers.register('hotlineTransfer', {
    template: '{orgAbbr}热线转〔{year}〕{seq}号',
    label: { zh: '12348热线转办', en: 'Hotline referral' },
  });

  app.get(
    '/hotline/handoff-targets',
    {
      config: { access: readAccess },
      schema: { tags, summary: '转接去向 Transfer destinations and their prefill fields', response: { 200: handoffTargetsSchema } },
    },
    async (req) => {
      staffOf(req);
      return handoffTargets(kernel);
    },
  );

  app.post(
    '/hotline/tickets/:id/transfers',
    {
      config: { access: 'hotline.ticket.handle' },
      schema: {
        tags,
        summary: '一键转接 Transfer a ticket (12345 alliance, notary, legal aid, mediation, reconsideration)',
        description:
          'legalAid/mediation/reconsideration: a pre-filled intake created in that module (kernel.handoffs); its 4xx passed through and the failed attempt kept on the ticket.',
        params: ticketIdParamsSchema,
        body: transferCreateBodySchema,
        response: { 201: transferViewSchema },
      },
    },
    async (req, reply) => {
      const actor = staffOf(req);
      const row = await transferTicket(kernel, req.ctx, actor, req.params.id, req.body);
      return reply.status(201).send(await getTransfer(kernel, actor, row.id));
    },
  );

  app.get(
    '/hotline/tickets/:id/transfers',
    {
      config: { access: readAccess },
      schema: {
        tags,
        summary: '工单的转接记录 Transfers of a ticket',
        params: ticketIdParamsSchema,
        response: { 200: transferListSchema },
      },
    },
    async (req) => listTicketTransfers(kernel, staffOf(req), req.params.id),
  );

  app.get(
    '/hotline/transfers',
    {
      config: {
        access: { anyOf: ['hotline.ticket.read', 'hotline.ticket.handle', 'hotline.ticket.supervise', 'hotline.transfer.report'] },
      },
      schema: {
        tags,
        summary: '转办列表 Transfers of the centres in scope',
        querystring: transferListQuerySchema,
        response: { 200: transferPageSchema },
      },
    },
    async (req) => listTransfers(kernel, actorOf(req), req.query),
  );

  app.patch(
    '/hotline/transfers/:id/result',
    {
      config: { access: { anyOf: ['hotline.ticket.handle', 'hotline.ticket.supervise', 'hotline.transfer.report'] } },
      schema: {
        tags,
        summary: '登记转办结果 Record the result of a 12345 / notary referral',
        description: 'Staff who handle or supervise, or the alliance’s API token with hotline.transfer.report.',
        params: transferIdParamsSchema,
        body: transferResultBodySchema,
        response: { 200: transferViewSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await recordTransferResult(kernel, req.ctx, actor, req.params.id, req.body);
      return getTransfer(kernel, actor, req.params.id);
    },
  );
}
