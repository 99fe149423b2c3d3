import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { notFound, unauthenticated } from '@tianping/server/http/errors';
import type { RouteAccess } from '@tianping/server/http/route-access';
import {
  forwardBodySchema,
  forwardResultSchema,
  monthlyQuerySchema,
  monthlyStatsSchema,
  rosterBodySchema,
  rosterListSchema,
  rosterQuerySchema,
  serviceBodySchema,
  serviceListQuerySchema,
  serviceListSchema,
  stationBodySchema,
  stationIdParamsSchema,
  rosterEntryParamsSchema,
  stationListSchema,
  stationPatchSchema,
  stationViewSchema,
} from '../contract/duty';
import { forwardApplication } from './duty-forwarding.service';
import { serviceView, stationView } from './duty.presenter';
import { findStationInScope, findVisit, listRoster, listServices, listStations } from './duty.repository';
import {
  addRosterEntries,
  createStation,
  monthRange,
  patchStation,
  recordService,
  removeRosterEntry,
  stationMonthly,
} from './duty.service';

const tags = ['legalAid'];
const dutyAccess: RouteAccess = { anyOf: ['legalAid.duty.manage', 'legalAid.case.work'] };

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

async function station(kernel: Kernel, actor: ScopedActor, id: string) {
  const s = await findStationInScope(kernel.db, actor, id);
  if (!s) throw notFound();
  return stationView(actor, s);
}

/** Duty lawyers (值班律师, 第十四、三十、三十七条): stations, rosters, services, monthly statistics. */
export function dutyRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/legal-aid/duty/stations',
    { config: { access: dutyAccess }, schema: { tags, summary: '值班律师工作站 Duty stations', response: { 200: stationListSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return { items: (await listStations(kernel.db, actor)).map((s) => stationView(actor, s)) };
    },
  );

  app.post(
    '/legal-aid/duty/stations',
    {
      config: { access: 'legalAid.duty.manage' },
      schema: {
        tags,
        summary: '设立值班律师工作站 Create a station (第十四条)',
        body: stationBodySchema,
        response: { 201: stationViewSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await createStation(kernel, req.ctx, actor, req.body);
      return reply.status(201).send(await station(kernel, actor, id));
    },
  );

  app.patch(
    '/legal-aid/duty/stations/:id',
    {
      config: { access: 'legalAid.duty.manage' },
      schema: {
        tags,
        summary: '修改或停用工作站 Update or deactivate a station',
        params: stationIdParamsSchema,
        body: stationPatchSchema,
        response: { 200: stationViewSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await patchStation(kernel, req.ctx, actor, req.params.id, req.body);
      return station(kernel, actor, req.params.id);
    },
  );

  app.delete(
    '/legal-aid/duty/stations/:id/roster/:entryId',
    {
      config: { access: 'legalAid.duty.manage' },
      schema: { tags, summary: '删除排班 Remove a roster entry', params: rosterEntryParamsSchema, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await removeRosterEntry(kernel, req.ctx, actorOf(req), req.params.id, req.params.entryId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/legal-aid/duty/stations/:id/roster',
    {
      config: { access: dutyAccess },
      schema: {
        tags,
        summary: '排班 Roster',
        params: stationIdParamsSchema,
        querystring: rosterQuerySchema,
        response: { 200: rosterListSchema },
      },
    },
    async (req) => {
      const s = await station(kernel, actorOf(req), req.params.id);
      return { items: await listRoster(kernel.db, s.id, req.query.from, req.query.to) };
    },
  );

  app.post(
    '/legal-aid/duty/stations/:id/roster',
    {
      config: { access: 'legalAid.duty.manage' },
      schema: {
        tags,
        summary: '排班 Add roster entries',
        params: stationIdParamsSchema,
        body: rosterBodySchema,
        response: { 201: z.object({ added: z.number().int() }) },
      },
    },
    async (req, reply) => {
      const added = await addRosterEntries(kernel, req.ctx, actorOf(req), req.params.id, req.body);
      return reply.status(201).send({ added });
    },
  );

  app.get(
    '/legal-aid/duty/services',
    {
      config: { access: dutyAccess },
      schema: {
        tags,
        summary: '值班法律帮助记录 Services of a month',
        querystring: serviceListQuerySchema,
        response: { 200: serviceListSchema },
      },
    },
    async (req) => {
      const s = await station(kernel, actorOf(req), req.query.stationId);
      const { from, to } = monthRange(req.query.month);
      return { items: (await listServices(kernel.db, s.id, from, to)).map(serviceView) };
    },
  );

  app.post(
    '/legal-aid/duty/services',
    {
      config: { access: dutyAccess },
      schema: {
        tags,
        summary: '登记值班法律帮助 Record a service (第三十条)',
        description:
          'One visit, one or more kinds of help (consultation, procedure advice, coercive-measure change, case opinion, presence at a guilty-plea signing). The lawyer must be on the roster that day (409 `AID_DUTY_NOT_ON_ROSTER`).',
        body: serviceBodySchema,
        response: { 201: serviceListSchema },
      },
    },
    async (req, reply) => {
      const visitId = await recordService(kernel, req.ctx, actorOf(req), req.body);
      return reply.status(201).send({ items: (await findVisit(kernel.db, visitId)).map(serviceView) });
    },
  );

  app.post(
    '/legal-aid/duty/applications',
    {
      config: { access: dutyAccess },
      schema: {
        tags,
        summary: '值班律师转交法律援助申请 Forward an application (第三十九条第二款)',
        description:
          'Creates a forwarded application (AA intake: origin `forwarded`, forwarder `dutyLawyer`, flagged when later than 24 hours) at the centre running the station, and records the service `applicationForwarded`.',
        body: forwardBodySchema,
        response: { 201: forwardResultSchema },
      },
    },
    async (req, reply) => {
      const r = await forwardApplication(kernel, req.ctx, actorOf(req), req.body);
      const [service] = await findVisit(kernel.db, r.serviceId);
      return reply
        .status(201)
        .send({ caseId: r.caseId, caseNumber: r.caseNumber, forwardedLate: r.forwardedLate, service: serviceView(service!) });
    },
  );

  app.get(
    '/legal-aid/duty/stations/:id/monthly',
    {
      config: { access: dutyAccess },
      schema: {
        tags,
        summary: '工作站月度统计 Monthly statistics of a station',
        params: stationIdParamsSchema,
        querystring: monthlyQuerySchema,
        response: { 200: monthlyStatsSchema },
      },
    },
    async (req) => stationMonthly(kernel, actorOf(req), req.params.id, req.query.month),
  );
}
