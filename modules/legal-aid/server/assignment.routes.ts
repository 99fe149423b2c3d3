import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idSchema } from '@tianping/common/validation/schemas';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { unauthenticated } from '@tianping/server/http/errors';
import {
  assignBodySchema,
  assignResultSchema,
  assignmentSettingsBodySchema,
  assignmentSettingsSchema,
  proposalSchema,
} from '../contract/assignment';
import { loadAssignmentSettings, saveAssignmentSettings, settingsView } from './assignment-settings.service';
import { getProposal } from './assignment-proposal.service';
import { assignCase } from './assignment.service';

const tags = ['legalAid'];
const params = z.object({ id: idSchema });

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

/** The assignment proposal (fair rotation, conflict check, 第二十六条) and the assignment or replacement. */
export function assignmentRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/legal-aid/cases/:id/assignment-proposal',
    {
      config: { access: 'legalAid.assignment.manage' },
      schema: {
        tags,
        summary: '指派建议 Assignment proposal',
        description:
          'Ranked candidates with score parts (speciality, district, load, rotation position), conflict findings per candidate (score, which party matched which earlier client or opponent, why) and the seniority rule of 第二十六条. Weights and conflict levels are local rules (configurable), not law.',
        params,
        response: { 200: proposalSchema },
      },
    },
    async (req) => getProposal(kernel, actorOf(req), req.params.id),
  );

  app.post(
    '/legal-aid/cases/:id/assignment',
    {
      config: { access: 'legalAid.assignment.manage' },
      schema: {
        tags,
        summary: '指派或更换法律援助人员 Assign or replace the provider',
        description:
          'granted → assigned within 3 days (第四十三条第一款 / 第三十六条). 409 `AID_ASSIGNMENT_CONFLICT` (field providerId) for a conflicting provider without `overrideReason`; 409 `AID_ASSIGNMENT_SENIORITY` for a life/death case and a lawyer with fewer than three years of relevant practice (第二十六条, no override); `replacing: true` with a `reason` replaces the current provider.',
        params,
        body: assignBodySchema,
        response: { 200: assignResultSchema },
      },
    },
    async (req) => assignCase(kernel, req.ctx, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/legal-aid/assignment-settings',
    {
      config: { access: { anyOf: ['legalAid.assignment.manage', 'legalAid.settings.manage'] } },
      schema: { tags, summary: '指派建议的本地规则 Local rules of the proposal', response: { 200: assignmentSettingsSchema } },
    },
    async (req) => settingsView(actorOf(req), await loadAssignmentSettings(kernel.db)),
  );

  app.put(
    '/legal-aid/assignment-settings',
    {
      config: { access: 'legalAid.settings.manage' },
      schema: {
        tags,
        summary: '修改指派建议的本地规则 Edit the local rules',
        description: 'Rotation weights and conflict thresholds (not law). `version` 0 while the defaults apply; stale → 409.',
        body: assignmentSettingsBodySchema,
        response: { 200: assignmentSettingsSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await saveAssignmentSettings(kernel, req.ctx, actor, req.body);
      return settingsView(actor, await loadAssignmentSettings(kernel.db));
    },
  );
}
