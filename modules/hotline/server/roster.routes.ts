import { z } from 'zod';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import type { RouteAccess } from '@tianping/server/http/route-access';
import {
  eligibleStaffQuerySchema,
  eligibleStaffSchema,
  rosterBodySchema,
  rosterIdParamsSchema,
  rosterListSchema,
  rosterRangeQuerySchema,
  rosterViewSchema,
  workloadSchema,
} from '../contract/rosters';
import { hotlineSettingsSchema, hotlineSettingsViewSchema } from '../contract/settings';
import { addRoster, eligibleStaff, listRosters, removeRoster, workload } from './roster.service';
import { getHotlineSettings, updateHotlineSettings } from './settings';
import { staffOf, tags } from './route-actor';

const readAccess: RouteAccess = { anyOf: ['hotline.ticket.read', 'hotline.ticket.handle', 'hotline.ticket.supervise'] };

/** Duty rosters (值班排班), workload, and the service-level settings (local rules). */
export function rosterRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/hotline/rosters',
    {
      config: { access: readAccess },
      schema: { tags, summary: '值班排班 Duty rota', querystring: rosterRangeQuerySchema, response: { 200: rosterListSchema } },
    },
    async (req) => listRosters(kernel, staffOf(req), req.query),
  );

  app.get(
    '/hotline/rosters/eligible-staff',
    {
      config: { access: 'hotline.ticket.supervise' },
      schema: {
        tags,
        summary: '可排班人员 Staff who may be put on a shift',
        description: 'Active staff holding the hotline agent or lawyer permissions at a centre in scope (or ?orgId).',
        querystring: eligibleStaffQuerySchema,
        response: { 200: eligibleStaffSchema },
      },
    },
    async (req) => eligibleStaff(kernel, staffOf(req), req.query),
  );

  app.post(
    '/hotline/rosters',
    {
      config: { access: 'hotline.ticket.supervise' },
      schema: { tags, summary: '安排值班 Put someone on a shift', body: rosterBodySchema, response: { 201: rosterViewSchema } },
    },
    async (req, reply) => reply.status(201).send(await addRoster(kernel, req.ctx, staffOf(req), req.body)),
  );

  app.delete(
    '/hotline/rosters/:id',
    {
      config: { access: 'hotline.ticket.supervise' },
      schema: { tags, summary: '取消值班 Remove a shift', params: rosterIdParamsSchema, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await removeRoster(kernel, req.ctx, staffOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/hotline/rosters/workload',
    {
      config: { access: { anyOf: ['hotline.ticket.supervise', 'hotline.ticket.read'] } },
      schema: { tags, summary: '工作量 Workload per person', querystring: rosterRangeQuerySchema, response: { 200: workloadSchema } },
    },
    async (req) => workload(kernel, staffOf(req), req.query),
  );

  app.get(
    '/hotline/settings',
    {
      config: { access: { anyOf: ['hotline.ticket.read', 'hotline.ticket.handle', 'hotline.settings.manage'] } },
      schema: { tags, summary: '热线服务时限（本地规则）Service levels (local rules)', response: { 200: hotlineSettingsViewSchema } },
    },
    async (req) => {
      staffOf(req);
      return getHotlineSettings(kernel.db);
    },
  );

  app.put(
    '/hotline/settings',
    {
      config: { access: 'hotline.settings.manage' },
      schema: {
        tags,
        summary: '调整服务时限 Change the service levels (city scope)',
        body: hotlineSettingsSchema,
        response: { 200: hotlineSettingsViewSchema },
      },
    },
    async (req) => updateHotlineSettings(kernel, req.ctx, staffOf(req), req.body),
  );
}
