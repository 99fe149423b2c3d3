import { idSchema, textSchema } from '@tianping/common/validation/schemas';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { fail } from '@tianping/server/http/errors';
import { findOrgById } from '@tianping/server/org/org.repository';
import { coreErrors } from '@tianping/common/errors/codes';
import { staffApplicationBodySchema } from '../contract/application';
import { createApplicationInTrx } from './application-intake.service';

/**
 * Hand-off into legal aid (`kernel.handoffs`, target `legalAid`): another module (the 12348 hotline's
 * one-click transfer) has this module record a PRE-FILLED application at the legal aid centre named, as
 * a walk-in application (the agent recorded the caller's answers), through this module's own intake
 * (`createApplicationInTrx`: eligibility, proofs, pledge, case number, 7-day review workflow 第四十三条)
 * inside the sender's transaction. Any refusal of the intake (AID_… 4xx with the field) rolls back both.
 * The centre's staff take it from there (the application's matter summary quotes the sender's reference).
 */
const prefillSchema = staffApplicationBodySchema
  .omit({
    origin: true,
    orgId: true,
    receivedOn: true,
    forwardedBy: true,
    forwarderKind: true,
    forwarderReceivedAt: true,
    forwardedAt: true,
    dutyServiceId: true,
    matterSummary: true,
  })
  .extend({
    /** The legal aid centre (组织类型 legalAidCentre) taking the application. */
    orgId: idSchema,
    /** Default: the caller's question as the sender recorded it. */
    matterSummary: textSchema(4000).optional(),
  });

const fields = [
  'orgId',
  'matterKind',
  'matterSummary',
  'applicant.name',
  'applicant.idNumber',
  'applicant.phone',
  'applicant.address',
  'opponents',
  'exemption',
  'householdSize',
  'monthlyIncomeYuan',
  'hardshipCheck',
  'pledgeSigned',
  'eventRegionCode',
] as const;

export function registerLegalAidHandoff(kernel: Kernel) {
  kernel.handoffs.register({
    target: 'legalAid',
    label: { zh: '法律援助申请（预填）', en: 'Legal aid application (pre-filled)' },
    schema: prefillSchema,
    fields,
    async create(trx, k, ctx, { actor, source, data }) {
      const centre = await findOrgById(trx, data.orgId);
      if (!centre) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
      // The sender acts for the centre receiving the application (as a duty lawyer's forwarding does).
      const onBehalf: ScopedActor = { ...actor, orgId: centre.id, orgPath: centre.path, scope: 'own' };
      const { orgId, matterSummary, ...answers } = data;
      const c = await createApplicationInTrx(k, trx, ctx, onBehalf, {
        ...answers,
        origin: 'walkIn',
        orgId,
        matterSummary: `【${source.reference}转来】${matterSummary ?? source.summary}`.slice(0, 4000),
      });
      return { entityType: 'aidCase', entityId: c.id, reference: c.caseNumber, path: `/workbench/legal-aid/cases/${c.id}` };
    },
  });
}
