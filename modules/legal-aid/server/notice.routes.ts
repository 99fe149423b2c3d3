import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import { caseDetailSchema, caseIdParamsSchema } from '../contract/case';
import { noticeBodySchema, noticeListQuerySchema, noticeListSchema, noticeViewSchema, paperNoticeBodySchema } from '../contract/notice';
import { getCase } from './case-query.service';
import { getOwnNotice, listOwnNotices, receiveNotice } from './notice-intake.service';

const tags = ['legalAid'];

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

/**
 * Mandatory-defence notices (第二十五、二十八、三十六条): courts, procuratorates and police through their API
 * token (`legalAid.notice.submit`; the sender is the token's organisation, which sees only its own
 * notices and, as the reply, the assigned lawyer); staff enter paper notices.
 */
export function noticeRoutes(app: AppInstance, kernel: Kernel) {
  app.post(
    '/legal-aid/notices',
    {
      config: { access: 'legalAid.notice.submit' },
      schema: {
        tags,
        summary: '发送通知辩护 Send a mandatory-defence notice (token)',
        description:
          'Bearer token of a court, procuratorate or police organ. 201 the notice; 409 AID_NOTICE_DUPLICATE for the same document number.',
        body: noticeBodySchema,
        response: { 201: noticeViewSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const c = await receiveNotice(kernel, req.ctx, actor, req.body);
      return reply.status(201).send(await getOwnNotice(kernel, actor, c.id));
    },
  );

  app.get(
    '/legal-aid/notices',
    {
      config: { access: 'legalAid.notice.submit' },
      schema: {
        tags,
        summary: '本机关发送的通知 Own notices (token)',
        querystring: noticeListQuerySchema,
        response: { 200: noticeListSchema },
      },
    },
    async (req) => listOwnNotices(kernel, actorOf(req), req.query.page, req.query.pageSize),
  );

  app.get(
    '/legal-aid/notices/:id',
    {
      config: { access: 'legalAid.notice.submit' },
      schema: {
        tags,
        summary: '通知及回复（指派的律师）Own notice and the reply (assigned lawyer)',
        params: caseIdParamsSchema,
        response: { 200: noticeViewSchema },
      },
    },
    async (req) => getOwnNotice(kernel, actorOf(req), req.params.id),
  );

  app.post(
    '/legal-aid/paper-notices',
    {
      config: { access: 'legalAid.application.intake' },
      schema: {
        tags,
        summary: '登记纸质通知 Enter a paper notice (staff)',
        body: paperNoticeBodySchema,
        response: { 201: caseDetailSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const c = await receiveNotice(kernel, req.ctx, actor, req.body);
      return reply.status(201).send(await getCase(kernel, actor, c.id));
    },
  );
}
