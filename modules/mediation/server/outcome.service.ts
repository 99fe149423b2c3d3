import type { z } from 'zod';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import type { HandlingView } from '../contract/handling';
import type { failMediationSchema, withdrawMediationSchema } from '../contract/outcome';
import { listParties } from './case.repository';
import { auditCase, checkDate, closeCase, createdBy, handlingView, loadCase, medFail, requireState, todayOf } from './handling-steps';
import { insertOutcome } from './handling.repository';
import { failureNoticeTemplate, issuerOf, recipientsOf, withdrawalNoticeTemplate, withOutcomeDocument } from './outcome-documents';

/**
 * Ending a case without agreement: failure (人民调解法 第二十六条 — mediation ends and the parties are
 * told of arbitration, administrative and judicial channels) and a party's request to end it
 * (第二十三条, withdrawal). The notice is generated and served to the parties in the same transaction.
 */

async function endCase(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  kind: 'failed' | 'withdrawn',
  input: { reason: string; closedOn?: string; partyId?: string },
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, kind === 'failed' ? ['mediating'] : ['received', 'accepted', 'mediating']);
  const closedOn = input.closedOn ?? todayOf(k);
  checkDate(k, closedOn, 'closedOn', c.receivedOn);
  const parties = await listParties(k.db, c.id);
  const party = input.partyId ? parties.find((p) => p.id === input.partyId) : undefined;
  if (input.partyId && !party) throw medFail('MED_PARTY_UNKNOWN', 'partyId');
  const reason = party ? `${party.name}：${input.reason}` : input.reason;
  const template = kind === 'failed' ? failureNoticeTemplate : withdrawalNoticeTemplate;
  const data = {
    issuer: await issuerOf(k.db, c),
    recipient: recipientsOf(parties),
    date: closedOn,
    caseNumber: c.caseNumber,
    title: c.title,
    reason,
    closedOn,
  };
  const row = await withOutcomeDocument(k, ctx, template.id, data, async (trx, record) => {
    const attachmentId = await record(c, parties);
    const outcomeId = newId();
    await insertOutcome(trx, {
      id: outcomeId,
      caseId: c.id,
      kind,
      reason,
      closedOn,
      noticeAttachmentId: attachmentId,
      createdBy: createdBy(actor),
      createdAt: k.clock.now().toISOString(),
    });
    await auditCase(
      k,
      trx,
      ctx,
      c,
      kind === 'failed' ? 'mediation.case.fail' : 'mediation.case.withdraw',
      {
        outcomeId,
        closedOn,
        partyId: party?.id ?? null,
        noticeAttachmentId: attachmentId,
      },
      reason,
    );
    return closeCase(k, trx, ctx, c, kind === 'failed' ? 'fail' : 'withdraw', { outcome: kind, closedOn, closingReason: reason });
  });
  return handlingView(k, actor, row);
}

export function failMediation(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, input: z.infer<typeof failMediationSchema>) {
  return endCase(k, ctx, actor, id, 'failed', input);
}

export function withdrawMediation(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: z.infer<typeof withdrawMediationSchema>,
) {
  return endCase(k, ctx, actor, id, 'withdrawn', input);
}
