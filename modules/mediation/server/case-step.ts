import { localDateAt } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { listLiveTimers } from '@tianping/server/workflow/workflow.repository';
import { loadInstance, transition } from '@tianping/server/workflow/workflow.service';
import { mediationErrors } from '../contract/errors';
import { findCaseById, findCaseInScope, updateCase, type CaseRow } from './case.repository';
import { medCaseWorkflow } from './case.workflow';
import { payloadFor } from './case.workflow-payload';

/** Shared steps of the case services (acceptance, consent; MC's handling and outcomes use them too). */

export const invalidStep = () => fail(mediationErrors, 'MED_INVALID_TRANSITION');
export const todayOf = (k: Pick<Kernel, 'clock'>) => localDateAt(k.clock.now());

/** The case in the actor's scope (404 outside it), in one of `states` (409 otherwise). */
export async function inScope(trx: Trx, actor: ScopedActor, id: string, states: readonly string[]): Promise<CaseRow> {
  const c = await findCaseInScope(trx, actor, id);
  if (!c) throw notFound();
  if (!states.includes(c.state)) throw invalidStep();
  return c;
}

/** Fires workflow transition `name` for the case (payload from the row as it will be after the step). */
export async function fire(k: Kernel, trx: Trx, ctx: RequestContext, c: CaseRow, name: string, effectiveDate: string) {
  const inst = await loadInstance(trx, medCaseWorkflow, c.id);
  if (!inst) throw notFound();
  return transition(k, trx, ctx, medCaseWorkflow, inst, name, await payloadFor(trx, c, { effectiveDate }));
}

/** Optimistic write of the case row (409 CONFLICT when it moved on); returns the row re-read. */
export async function save(trx: Trx, c: CaseRow, patch: Partial<CaseRow>, now: string): Promise<CaseRow> {
  if (!(await updateCase(trx, c.id, c.version, { ...patch, updatedAt: now }))) throw conflict();
  return (await findCaseById(trx, c.id))!;
}

/** The due date of the running time target (timer `target`), or null. */
export async function targetDue(trx: Trx, caseId: string): Promise<string | null> {
  const inst = await loadInstance(trx, medCaseWorkflow, caseId);
  const live = inst ? await listLiveTimers(trx, inst.id) : [];
  return live.find((t) => t.key === 'target' && t.status === 'open')?.dueDate ?? null;
}
