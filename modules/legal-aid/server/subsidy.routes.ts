import type { AppInstance, Kernel } from '@tianping/server/core/module';
import type { RouteAccess } from '@tianping/server/http/route-access';
import {
  scheduleEntryCreateSchema,
  scheduleEntryViewSchema,
  scheduleListSchema,
  scheduleQuerySchema,
  subsidyDecisionSchema,
  subsidyIdParamsSchema,
  subsidyListQuerySchema,
  subsidyListSchema,
  subsidyPaymentSchema,
  subsidyViewSchema,
} from '../contract/subsidy';
import { actorOf } from './route-actors';
import { addScheduleEntry, decideSubsidy, getSubsidies, listSchedule, recordPayment } from './subsidy.service';

/** 法律援助补贴 (法律援助法 第五十二条): the schedule, the subsidies computed at closure, approval and payment. */

const tags = ['legalAid'];
const manage = 'legalAid.subsidy.manage';
const either: RouteAccess = { anyOf: [manage, 'legalAid.subsidy.approve'] };

export function subsidyRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/legal-aid/subsidy-schedules',
    {
      config: { access: either },
      schema: { tags, summary: '补贴标准 Subsidy schedule', querystring: scheduleQuerySchema, response: { 200: scheduleListSchema } },
    },
    async (req) => listSchedule(kernel, req.query),
  );

  app.post(
    '/legal-aid/subsidy-schedules',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '新增补贴标准（自生效日起替代原标准） Add an amount from a date',
        body: scheduleEntryCreateSchema,
        response: { 201: scheduleEntryViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await addScheduleEntry(kernel, req.ctx, actorOf(req), req.body)),
  );

  app.get(
    '/legal-aid/subsidies',
    {
      config: { access: either },
      schema: { tags, summary: '补贴列表 Subsidies', querystring: subsidyListQuerySchema, response: { 200: subsidyListSchema } },
    },
    async (req) => getSubsidies(kernel, actorOf(req), req.query),
  );

  app.post(
    '/legal-aid/subsidies/:sid/decision',
    {
      config: { access: 'legalAid.subsidy.approve' },
      schema: {
        tags,
        summary: '审批补贴 Approve a subsidy',
        params: subsidyIdParamsSchema,
        body: subsidyDecisionSchema,
        response: { 200: subsidyViewSchema },
      },
    },
    async (req) => decideSubsidy(kernel, req.ctx, actorOf(req), req.params.sid, req.body),
  );

  app.post(
    '/legal-aid/subsidies/:sid/payment',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '登记支付 Record the payment',
        params: subsidyIdParamsSchema,
        body: subsidyPaymentSchema,
        response: { 200: subsidyViewSchema },
      },
    },
    async (req) => recordPayment(kernel, req.ctx, actorOf(req), req.params.sid, req.body),
  );
}
