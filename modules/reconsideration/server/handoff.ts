import { localDateAt } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import { idSchema, textSchema } from '@tianping/common/validation/schemas';
import { z } from 'zod';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { fail } from '@tianping/server/http/errors';
import { findOrgById } from '@tianping/server/org/org.repository';
import { actSchema, applicantSchema } from '../contract/intake';
import { createCaseInTrx } from './case-intake.service';

/**
 * Hand-off into administrative reconsideration (`kernel.handoffs`, target `reconsideration`): the 12348
 * hotline's one-click transfer records a PRE-FILLED intake at the reconsideration body named, channel
 * `oral` (行政复议法 第二十二条: the hotline took the application down as the caller stated it; the body
 * has the applicant confirm the record), received today, through this module's own intake
 * (`createCaseInTrx`: dates, timeliness 第二十条 flagged, respondent, one application per act, PII,
 * the 5-working-day review 第三十条) inside the sender's transaction. A refusal (RECON_… 4xx) rolls back both.
 */
const prefillSchema = z.strictObject({
  /** The reconsideration body (行政复议机关) taking the application. */
  orgId: idSchema,
  applicant: applicantSchema,
  respondentOrgId: idSchema.optional(),
  respondentName: textSchema(200).optional(),
  act: actSchema,
  requests: textSchema(4000),
  /** Default: the caller's question. */
  factsAndReasons: textSchema(20000).optional(),
});

export function registerReconsiderationHandoff(kernel: Kernel) {
  kernel.handoffs.register({
    target: 'reconsideration',
    label: { zh: '行政复议申请（预填）', en: 'Reconsideration intake (pre-filled)' },
    schema: prefillSchema,
    fields: ['orgId', 'applicant', 'respondentOrgId', 'respondentName', 'act', 'requests', 'factsAndReasons'],
    async create(trx, k, ctx, { actor, source, data }) {
      const body = await findOrgById(trx, data.orgId);
      if (!body) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
      // The sender acts for the body receiving the application (its intake checks the body's type).
      const onBehalf: ScopedActor = { ...actor, orgId: body.id, orgPath: body.path, scope: 'own' };
      const c = await createCaseInTrx(k, trx, ctx, onBehalf, {
        ...data,
        agents: [],
        partiesAgreeSimplified: false,
        factsAndReasons: `【${source.reference}转来】${data.factsAndReasons ?? source.summary}`.slice(0, 20000),
        channel: 'oral',
        receivedOn: localDateAt(k.clock.now()),
      });
      // The case number is allocated on acceptance (第三十条); until then the record id is the reference.
      return { entityType: 'reconCase', entityId: c.id, reference: c.caseNumber ?? c.id, path: `/workbench/reconsideration/cases/${c.id}` };
    },
  });
}
