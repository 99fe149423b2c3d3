import {
  calendarYearCreateSchema,
  calendarYearDetailSchema,
  calendarYearListSchema,
  calendarYearParamsSchema,
  calendarYearUpdateSchema,
  deadlineRequestSchema,
  deadlineResponseSchema,
  statutoryPeriodListSchema,
} from '@tianping/common/contract/calendar';
import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '../access/actor';
import type { AppInstance, Kernel } from '../core/module';
import { unauthenticated } from '../http/errors';
import { correctCalendarYear, enterCalendarYear } from './calendar-admin.service';
import { getCalendarYear, listCalendarYears } from './calendar-query.service';
import { calculateDeadline } from './deadline.service';
import { statutoryPeriodCatalogue } from './periods.presenter';

const tags = ['calendar'];
const manage = 'calendar.year.manage' as const;

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

export function calendarRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/calendar/years',
    {
      config: { access: 'staff' },
      schema: { tags, summary: '节假日日历年度 Holiday calendar years', response: { 200: calendarYearListSchema } },
    },
    async () => listCalendarYears(kernel.db),
  );

  app.get(
    '/calendar/years/:year',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: '年度放假安排 A year’s schedule',
        params: calendarYearParamsSchema,
        response: { 200: calendarYearDetailSchema },
      },
    },
    async (req) => getCalendarYear(kernel.db, req.params.year),
  );

  app.post(
    '/calendar/years',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '录入年度放假安排 Enter a year’s schedule',
        body: calendarYearCreateSchema,
        response: { 201: calendarYearDetailSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await enterCalendarYear(kernel, req.ctx, actorOf(req), req.body)),
  );

  app.put(
    '/calendar/years/:year',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '更正年度放假安排 Correct a year’s schedule',
        params: calendarYearParamsSchema,
        body: calendarYearUpdateSchema,
        response: { 200: calendarYearDetailSchema },
      },
    },
    async (req) => correctCalendarYear(kernel, req.ctx, actorOf(req), req.params.year, req.body),
  );

  app.get(
    '/calendar/periods',
    {
      config: { access: 'staff' },
      schema: { tags, summary: '法定期间目录 Statutory period catalogue', response: { 200: statutoryPeriodListSchema } },
    },
    async () => statutoryPeriodCatalogue(),
  );

  app.post(
    '/calendar/deadline',
    {
      config: { access: 'staff' },
      schema: { tags, summary: '期限计算 Compute a deadline', body: deadlineRequestSchema, response: { 200: deadlineResponseSchema } },
    },
    async (req) => calculateDeadline(kernel.db, req.body),
  );
}
