import { localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import { idSchema, regionCodeSchema, textSchema } from '@tianping/common/validation/schemas';
import { z } from 'zod';
import type { Kernel } from '@tianping/server/core/module';
import { disputeKindSchema } from '../contract/enums';
import { partyInputSchema } from '../contract/intake';
import { registerCaseInTrx } from './case-intake.service';
import { checkDuplicateAtIntake } from './duplicates.service';

/**
 * Hand-off into people's mediation (`kernel.handoffs`, target `mediation`): the 12348 hotline's one-click
 * transfer registers a PRE-FILLED mediation request at the committee named, source `hotline` (external
 * reference = the ticket number), through this module's own intake (`registerCaseInTrx`: parties with
 * both sides (人民调解法 第十七条), duplicate check, case number, workflow `received`) inside the sender's
 * transaction. A refusal (MED_… 4xx with the field) rolls back both; the committee accepts or declines
 * the request there (第十八条).
 */
const prefillSchema = z.strictObject({
  /** The committee (人民调解委员会, or the 司法所 hosting one). */
  orgId: idSchema,
  kind: disputeKindSchema,
  /** Default: 12348热线转来 + the ticket number. */
  title: textSchema(200).optional(),
  /** Default: the caller's question. */
  facts: textSchema(20000).optional(),
  amountYuan: z.number().nonnegative().max(1e12).optional(),
  parties: z.array(partyInputSchema).min(2).max(30),
  incidentRegionCode: regionCodeSchema.optional(),
  confirmNotDuplicate: z.boolean().optional(),
  notDuplicateReason: textSchema(500).optional(),
});

export function registerMediationHandoff(kernel: Kernel) {
  kernel.handoffs.register({
    target: 'mediation',
    label: { zh: '人民调解申请（预填）', en: 'Mediation request (pre-filled)' },
    schema: prefillSchema,
    fields: ['orgId', 'kind', 'title', 'facts', 'amountYuan', 'parties', 'incidentRegionCode'],
    async create(trx, k, ctx, { source, data }) {
      const input = {
        kind: data.kind,
        title: data.title ?? `12348热线转来（${source.reference}）`,
        facts: data.facts ?? source.summary,
        amountYuan: data.amountYuan ?? null,
        parties: data.parties,
        incidentRegionCode: data.incidentRegionCode ?? null,
        source: 'hotline' as const,
        receivedOn: localDateAt(k.clock.now()) as LocalDate,
        referrerName: '12348公共法律服务热线',
        externalRef: source.reference,
      };
      await checkDuplicateAtIntake(trx, k, {
        ...input,
        confirmNotDuplicate: data.confirmNotDuplicate,
        notDuplicateReason: data.notDuplicateReason,
      });
      const c = await registerCaseInTrx(k, trx, ctx, { ...input, committeeOrgId: data.orgId });
      return { entityType: 'medCase', entityId: c.id, reference: c.caseNumber, path: `/workbench/mediation/cases/${c.id}` };
    },
  });
}
