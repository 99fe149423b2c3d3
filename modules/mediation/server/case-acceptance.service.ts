import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { fail } from '@tianping/server/http/errors';
import { mediationErrors } from '../contract/errors';
import type { AcceptBody, DeclineBody, DesignateBody, RecusalBody } from '../contract/intake';
import { listParties, type CaseRow } from './case.repository';
import { recordCaseDocument, withDocument } from './case-documents';
import { fire, inScope, save, targetDue, todayOf } from './case-step';
import { noticeBase } from './consent-documents';
import { findMediator } from './mediator.repository';
import { recordReferralOutcome } from './referral-outcome';
import { readTargets, targetDaysFor } from './settings';

/** A mediator who may be designated on the case: active, of the case's committee, not recused from it. */
async function checkMediator(trx: Trx, c: CaseRow, mediatorId: string, field: string) {
  const m = await findMediator(trx, mediatorId);
  if (!m || m.orgId !== c.orgId || m.status !== 'active') throw fail(mediationErrors, 'MED_MEDIATOR_UNKNOWN', { field });
  const recused = await trx
    .selectFrom('medRecusals')
    .select('id')
    .where('caseId', '=', c.id)
    .where('mediatorId', '=', mediatorId)
    .executeTakeFirst();
  if (recused) throw fail(mediationErrors, 'MED_MEDIATOR_RECUSED', { field });
  return m;
}

/**
 * 第十九条: the parties' choice — the mediator every party that chose one agreed on. Returns the
 * id when the parties chose (all choosing parties the same mediator), else null.
 */
async function partiesChoice(trx: Trx, caseId: string): Promise<string | null> {
  const chosen = [...new Set((await listParties(trx, caseId)).map((p) => p.chosenMediatorId).filter((x): x is string => !!x))];
  return chosen.length === 1 ? chosen[0]! : null;
}

/**
 * 受理: the committee accepts the dispute, designates the mediator (or the parties' chosen one,
 * 第十九条) and the time target starts (local rule per source and kind, settings). Consent is
 * collected next (第十七条).
 */
export async function acceptCase(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, input: AcceptBody): Promise<CaseRow> {
  return k.db.transaction().execute(async (trx) => {
    const c = await inScope(trx, actor, id, ['received']);
    const choice = await partiesChoice(trx, c.id);
    const mediatorId = input.mediatorId ?? (input.chosenByParties ? choice : null);
    if (input.chosenByParties && !mediatorId) throw fail(mediationErrors, 'MED_MEDIATOR_UNKNOWN', { field: 'mediatorId' });
    if (mediatorId) await checkMediator(trx, c, mediatorId, 'mediatorId');
    const today = todayOf(k);
    const targetDays = targetDaysFor(await readTargets(trx), c.source, c.kind);
    const chosen = mediatorId !== null && (input.chosenByParties || mediatorId === choice);
    const patched: CaseRow = { ...c, mediatorId, targetDays, mediatorChosenByParties: chosen ? 1 : 0 };
    await fire(k, trx, ctx, patched, 'accept', today);
    const due = await targetDue(trx, c.id);
    const saved = await save(
      trx,
      c,
      { state: 'accepted', acceptedOn: today, mediatorId, mediatorChosenByParties: chosen ? 1 : 0, targetDays, targetDueOn: due },
      k.clock.now().toISOString(),
    );
    await k.audit.record(trx, ctx, {
      action: 'mediation.case.accept',
      entityType: 'medCase',
      entityId: c.id,
      orgId: c.orgId,
      before: { state: c.state },
      after: { state: 'accepted', acceptedOn: today, mediatorId, chosenByParties: chosen, targetDays, targetDueOn: due },
    });
    return saved;
  });
}

/** 不予受理 with the reason, the parties told of the channels that can take the dispute (第十八条、第二十六条). */
export async function declineCase(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, input: DeclineBody) {
  return withDocument(k, (render) =>
    k.db.transaction().execute(async (trx) => {
      const c = await inScope(trx, actor, id, ['received']);
      const today = todayOf(k);
      await fire(k, trx, ctx, c, 'decline', today);
      const saved = await save(
        trx,
        c,
        { state: 'declined', closedOn: today, outcome: 'declined', closingReason: input.reason },
        k.clock.now().toISOString(),
      );
      const parties = await listParties(trx, c.id);
      const rendered = await render('mediation.declineNotice', {
        ...(await noticeBase(trx, saved, parties, today)),
        reason: input.reason,
        ...(input.otherChannels ? { otherChannels: input.otherChannels } : {}),
      });
      await recordCaseDocument(trx, k, ctx, saved, rendered, { serve: true, parties });
      await recordReferralOutcome(trx, k, saved, ctx);
      await k.audit.record(trx, ctx, {
        action: 'mediation.case.decline',
        entityType: 'medCase',
        entityId: c.id,
        orgId: c.orgId,
        before: { state: c.state },
        after: { state: 'declined', closedOn: today },
        reason: input.reason,
      });
      return saved;
    }),
  );
}

/** Designates (or changes) the mediator of an accepted or mediating case (第十九条: the parties' choice is recorded). */
export async function designateMediator(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, input: DesignateBody) {
  return k.db.transaction().execute(async (trx) => {
    const c = await inScope(trx, actor, id, ['accepted', 'mediating']);
    await checkMediator(trx, c, input.mediatorId, 'mediatorId');
    const patched: CaseRow = { ...c, mediatorId: input.mediatorId, mediatorChosenByParties: input.chosenByParties ? 1 : 0 };
    await fire(k, trx, ctx, patched, c.state === 'accepted' ? 'designateMediator' : 'redesignateMediator', todayOf(k));
    const saved = await save(
      trx,
      c,
      { mediatorId: input.mediatorId, mediatorChosenByParties: input.chosenByParties ? 1 : 0 },
      k.clock.now().toISOString(),
    );
    await k.audit.record(trx, ctx, {
      action: 'mediation.case.designateMediator',
      entityType: 'medCase',
      entityId: c.id,
      orgId: c.orgId,
      before: { mediatorId: c.mediatorId },
      after: { mediatorId: input.mediatorId, chosenByParties: input.chosenByParties },
    });
    return saved;
  });
}

/**
 * 回避: a mediator steps aside (self or at a party's request), reason recorded; if it is the
 * designated mediator, the case has none until the replacement (given here, or designated later).
 */
export async function recuseMediator(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, input: RecusalBody) {
  return k.db.transaction().execute(async (trx) => {
    const c = await inScope(trx, actor, id, ['accepted', 'mediating']);
    const m = await findMediator(trx, input.mediatorId);
    if (!m || m.orgId !== c.orgId) throw fail(mediationErrors, 'MED_MEDIATOR_UNKNOWN', { field: 'mediatorId' });
    if (input.replacementMediatorId === input.mediatorId)
      throw fail(mediationErrors, 'MED_MEDIATOR_RECUSED', { field: 'replacementMediatorId' });
    const today = todayOf(k);
    await trx
      .insertInto('medRecusals')
      .values({
        id: newId(),
        caseId: c.id,
        mediatorId: input.mediatorId,
        reason: input.reason,
        requestedBy: input.requestedBy,
        recordedBy: actor.kind === 'staff' ? actor.userId : actor.tokenId,
        recordedOn: today,
        createdAt: k.clock.now().toISOString(),
      })
      .execute();
    if (input.replacementMediatorId) await checkMediator(trx, c, input.replacementMediatorId, 'replacementMediatorId');
    const current = c.mediatorId === input.mediatorId;
    const mediatorId = current ? (input.replacementMediatorId ?? null) : (input.replacementMediatorId ?? c.mediatorId);
    const patched: CaseRow = { ...c, mediatorId, mediatorChosenByParties: mediatorId === c.mediatorId ? c.mediatorChosenByParties : 0 };
    await fire(k, trx, ctx, patched, c.state === 'accepted' ? 'designateMediator' : 'redesignateMediator', today);
    const saved = await save(trx, c, { mediatorId, mediatorChosenByParties: patched.mediatorChosenByParties }, k.clock.now().toISOString());
    await k.audit.record(trx, ctx, {
      action: 'mediation.case.recuse',
      entityType: 'medCase',
      entityId: c.id,
      orgId: c.orgId,
      before: { mediatorId: c.mediatorId },
      after: { recusedMediatorId: input.mediatorId, requestedBy: input.requestedBy, mediatorId },
      reason: input.reason,
    });
    return saved;
  });
}
