import { piiErrors, type PiiRevealInput } from '@tianping/common/contract/pii';
import type { RequestContext, ScopedActor } from '../access/actor';
import type { Kernel } from '../core/module';
import { fail, notFound } from '../http/errors';

export const revealAction = 'pii.value.reveal';

/**
 * Reveals one personal-data field of one record: the module's revealer loads it through its
 * scoped repository, and the reveal is audited (who, which record and field, why) in the
 * same transaction — if the audit write fails, nothing is revealed. The value itself is
 * never written to the audit log.
 */
export async function revealPii(
  kernel: Pick<Kernel, 'db' | 'audit' | 'piiRevealers'>,
  ctx: RequestContext,
  actor: ScopedActor,
  input: PiiRevealInput,
): Promise<{ value: string | null }> {
  const revealer = kernel.piiRevealers.get(input.entityType);
  if (!revealer) throw fail(piiErrors, 'PII_ENTITY_UNKNOWN', { field: 'entityType' });
  if (!Object.hasOwn(revealer.fields, input.field)) throw fail(piiErrors, 'PII_FIELD_UNKNOWN', { field: 'field' });
  return kernel.db.transaction().execute(async (trx) => {
    const found = await revealer.load(trx, actor, input.entityId, input.field);
    if (!found) throw notFound();
    await kernel.audit.record(trx, ctx, {
      action: revealAction,
      entityType: input.entityType,
      entityId: input.entityId,
      orgId: found.orgId,
      reason: input.reason,
      after: { revealedField: input.field },
    });
    return { value: found.value };
  });
}
