import { addDays, diffDays, isAfter, parseLocalDate, type Extension, type LocalDate } from '@tianping/common/calendar/index';
import type { CitizenActor, RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { fail, notFound } from '@tianping/server/http/errors';
import { extendTimer } from '@tianping/server/workflow/workflow-timers.service';
import { loadInstance } from '@tianping/server/workflow/workflow.service';
import { reconsiderationErrors } from '../contract/errors';
import { recordCaseDocument } from './case-documents';
import { findCaseInScope, findCaseOfCitizen, type CaseRow } from './case.repository';
import { reconCaseWorkflow } from './case.workflow';
import { findOpenCorrection, insertCorrection, updateCorrection } from './case-list.repository';
import { documentBase, fire, inScope, invalidStep, openTimerDue, save, todayOf, withDocument } from './case-step';

/** 补正通知 (第三十一条第一款): every item at once; the applicant has 10 working days from receiving it. */
export async function requestCorrection(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, items: string[]) {
  if (items.length === 0) throw fail(reconsiderationErrors, 'RECON_CORRECTION_ITEMS_REQUIRED', { field: 'items' });
  return withDocument(k, (render) =>
    k.db.transaction().execute(async (trx) => {
      const c = await inScope(trx, actor, id, 'received');
      const today = todayOf(k);
      await fire(k, trx, ctx, c, 'requestCorrection', today);
      const dueOn = (await openTimerDue(trx, c.id, ['correction']))!;
      const saved = await save(trx, c, { state: 'correcting' }, k.clock.now().toISOString());
      await insertCorrection(trx, {
        id: newId(),
        caseId: c.id,
        items: JSON.stringify(items),
        noticeOn: today,
        dueOn,
        extendedTo: null,
        correctedOn: null,
        response: null,
        status: 'open',
        createdBy: actor.kind === 'staff' ? actor.userId : actor.tokenId,
        createdAt: k.clock.now().toISOString(),
      });
      const rendered = await render('reconsideration.correctionNotice', { ...(await documentBase(trx, saved, today)), items, dueOn });
      await recordCaseDocument(trx, k, ctx, saved, rendered, { serve: true });
      await k.audit.record(trx, ctx, {
        action: 'reconsideration.correction.request',
        entityType: 'reconCase',
        entityId: c.id,
        orgId: c.orgId,
        before: { state: c.state },
        after: { state: 'correcting', items, dueOn },
      });
      return saved;
    }),
  );
}

/** 有正当理由的，可以延长合理的补正期限 (第三十一条第二款). */
export async function extendCorrection(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { extendTo?: string; days?: number; reason: string },
) {
  if ((input.extendTo === undefined) === (input.days === undefined))
    throw fail(reconsiderationErrors, 'RECON_EXTENSION_TARGET_INVALID', { field: 'extendTo' });
  return k.db.transaction().execute(async (trx) => {
    const c = await inScope(trx, actor, id, 'correcting');
    const correction = await findOpenCorrection(trx, c.id);
    const inst = await loadInstance(trx, reconCaseWorkflow, c.id);
    const current = await openTimerDue(trx, c.id, ['correction']);
    if (!correction || !inst || !current) throw invalidStep();
    const today = todayOf(k);
    const legalBasis = { law: '行政复议法', article: '第三十一条第二款' };
    let extension: Extension;
    if (input.extendTo) {
      const target = parseLocalDate(input.extendTo);
      if (!isAfter(target, parseLocalDate(current)))
        throw fail(reconsiderationErrors, 'RECON_EXTENSION_TARGET_INVALID', { field: 'extendTo' });
      extension = { amount: diffDays(parseLocalDate(current), target), unit: 'day', approvedOn: today, legalBasis };
    } else {
      extension = { amount: input.days!, unit: 'workday', approvedOn: today, legalBasis };
    }
    const after = await extendTimer(k, trx, ctx, inst, 'correction', extension, input.reason);
    await updateCorrection(trx, correction.id, { extendedTo: after.dueDate });
    const saved = await save(trx, c, {}, k.clock.now().toISOString());
    await k.audit.record(trx, ctx, {
      action: 'reconsideration.correction.extend',
      entityType: 'reconCase',
      entityId: c.id,
      orgId: c.orgId,
      before: { dueOn: current },
      after: { dueOn: after.dueDate },
      reason: input.reason,
    });
    return saved;
  });
}

/** The applicant's correction (recorded by staff or submitted in the portal): the 5-day review restarts from its receipt. */
async function correctInTrx(k: Kernel, trx: Trx, ctx: RequestContext, c: CaseRow, response: string, receivedOn: LocalDate) {
  if (c.state !== 'correcting') throw invalidStep();
  const correction = await findOpenCorrection(trx, c.id);
  if (!correction) throw invalidStep();
  if (isAfter(receivedOn, todayOf(k))) throw fail(reconsiderationErrors, 'RECON_DATE_IN_FUTURE', { field: 'receivedOn' });
  if (isAfter(parseLocalDate(correction.noticeOn), receivedOn))
    throw fail(reconsiderationErrors, 'RECON_DATE_IN_FUTURE', { field: 'receivedOn' });
  await fire(k, trx, ctx, c, 'submitCorrection', receivedOn);
  await updateCorrection(trx, correction.id, { status: 'corrected', correctedOn: receivedOn, response });
  const saved = await save(trx, c, { state: 'received' }, k.clock.now().toISOString());
  await k.audit.record(trx, ctx, {
    action: 'reconsideration.correction.submit',
    entityType: 'reconCase',
    entityId: c.id,
    orgId: c.orgId,
    before: { state: 'correcting' },
    after: { state: 'received', correctedOn: receivedOn, response },
  });
  return saved;
}

export async function recordCorrection(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { response: string; receivedOn: string },
) {
  return k.db.transaction().execute(async (trx) => {
    const c = await findCaseInScope(trx, actor, id);
    if (!c) throw notFound();
    return correctInTrx(k, trx, ctx, c, input.response, parseLocalDate(input.receivedOn));
  });
}

export async function submitCitizenCorrection(k: Kernel, ctx: RequestContext, actor: CitizenActor, id: string, response: string) {
  return k.db.transaction().execute(async (trx) => {
    const c = await findCaseOfCitizen(trx, actor.citizenId, id);
    if (!c) throw notFound();
    return correctInTrx(k, trx, ctx, c, response, todayOf(k));
  });
}

/** 视为放弃 (第三十一条第二款) from the day after the correction period lapsed. Inside `trx`; the job calls it. */
export async function abandonInTrx(k: Kernel, trx: Trx, ctx: RequestContext, c: CaseRow, dueOn: string) {
  const effective = addDays(parseLocalDate(dueOn), 1);
  await fire(k, trx, ctx, c, 'abandon', effective);
  const correction = await findOpenCorrection(trx, c.id);
  if (correction) await updateCorrection(trx, correction.id, { status: 'abandoned' });
  await save(trx, c, { state: 'abandoned', closedOn: effective, outcome: 'abandoned' }, k.clock.now().toISOString());
  await k.audit.record(trx, ctx, {
    action: 'reconsideration.case.abandon',
    entityType: 'reconCase',
    entityId: c.id,
    orgId: c.orgId,
    before: { state: 'correcting' },
    after: { state: 'abandoned', closedOn: effective },
    reason: '补正期限届满未补正，视为放弃行政复议申请（行政复议法第三十一条第二款）',
  });
}
