import { localDateAt } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { fail } from '@tianping/server/http/errors';
import { findOrgById } from '@tianping/server/org/org.repository';
import { startWorkflow, transition } from '@tianping/server/workflow/workflow.service';
import { legalAidErrors } from '../contract/errors';
import { indexCase } from './application-intake.service';
import { loadForStep, matterText, orgNameOf, reloadUnchanged } from './application-review.service';
import { canTransfer } from './case.policy';
import { findCaseById, findParties, insertCase, insertParties } from './case.repository';
import { aidCaseWorkflow } from './case.workflow';
import { moveCase, syncDueDates, workflowPayload } from './case.workflow-payload';
import { documentBase, withReviewDocument } from './review-documents';

/**
 * 第三十八条: an application at the wrong centre is transferred — the case ends `transferred`, the
 * competent centre gets a new, linked case (its own number, the parties copied, a fresh 7-day review
 * from the day it receives it; a notice goes straight to `granted` with a fresh 3-day assignment), and the
 * applicant is served the transfer notice. One transaction; nothing written on failure.
 */
export async function transferCase(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  body: { targetOrgId: string; reason: string },
) {
  const c = await loadForStep(k.db, actor, id);
  if (!canTransfer(actor, c)) throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
  const target = await findOrgById(k.db, body.targetOrgId);
  if (!target || target.type !== 'legalAidCentre' || target.active !== 1 || target.id === c.orgId)
    throw fail(legalAidErrors, 'AID_TRANSFER_TARGET_INVALID', { field: 'targetOrgId' });
  const today = localDateAt(k.clock.now());
  const data = { ...documentBase(c, await orgNameOf(k.db, c.orgId), today, matterText(c)), target: target.name, reason: body.reason };
  return withReviewDocument(k, ctx, 'legalAid.transferNotice', data, async (trx, record) => {
    const fresh = await reloadUnchanged(trx, actor, c);
    const now = k.clock.now().toISOString();
    const { number } = await k.caseNumbers.allocate(trx, { orgId: target.id, caseType: 'legalAid', year: Number(today.slice(0, 4)) });
    const newIdValue = newId();
    await insertCase(trx, {
      ...fresh,
      id: newIdValue,
      caseNumber: number,
      orgId: target.id,
      regionCode: target.regionCode.slice(0, 6),
      state: 'received',
      receivedOn: today,
      receivedAt: now,
      reviewDueOn: null,
      assignDueOn: null,
      transferredFromCaseId: fresh.id,
      transferredToCaseId: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await insertParties(
      trx,
      (await findParties(trx, fresh.id)).map((p) => ({ ...p, id: newId(), caseId: newIdValue, createdAt: now })),
    );
    const notice = await trx.selectFrom('aidNotices').selectAll().where('caseId', '=', fresh.id).executeTakeFirst();
    if (notice)
      await trx
        .insertInto('aidNotices')
        .values({ ...notice, id: newId(), caseId: newIdValue, createdAt: now })
        .execute();
    const created = (await findCaseById(trx, newIdValue))!;
    const payload = workflowPayload(created, { effectiveDate: today });
    const inst = await startWorkflow(k, trx, ctx, aidCaseWorkflow, { entityId: newIdValue, orgId: target.id, payload });
    if (fresh.origin === 'notice') {
      await transition(k, trx, ctx, aidCaseWorkflow, inst, 'noticeReceived', payload);
      await trx.updateTable('aidCases').set({ state: 'granted', decidedOn: today }).where('id', '=', newIdValue).execute();
    }
    await syncDueDates(trx, (await findCaseById(trx, newIdValue))!);
    await indexCase(trx, created);
    const row = await moveCase(k, trx, ctx, fresh, 'transfer', {
      transferredToCaseId: newIdValue,
      closedOn: today,
      decisionReason: body.reason,
    });
    const documentId = await record(row);
    await k.audit.record(trx, ctx, {
      action: 'legalAid.case.transfer',
      entityType: 'aidCase',
      entityId: c.id,
      orgId: c.orgId,
      after: { targetOrgId: target.id, newCaseId: newIdValue, newCaseNumber: number, documentId },
      reason: body.reason,
    });
    await k.audit.record(trx, ctx, {
      action: 'legalAid.case.create',
      entityType: 'aidCase',
      entityId: newIdValue,
      orgId: target.id,
      after: { caseNumber: number, origin: fresh.origin, transferredFromCaseId: fresh.id },
    });
    return row;
  });
}
