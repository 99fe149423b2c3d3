import type { Updateable } from 'kysely';
import type { RequestContext } from '@tianping/server/access/actor';
import type { Trx } from '@tianping/server/db/database';
import { conflict, fail } from '@tianping/server/http/errors';
import { loadInstance, transition } from '@tianping/server/workflow/workflow.service';
import type { WorkflowServices } from '@tianping/server/workflow/workflow-timers.service';
import { legalAidErrors } from '../contract/errors';
import { aidCaseWorkflow, type AidWorkflowPayload } from './case.workflow';
import { findCaseById, updateCase, type CaseRow } from './case.repository';
import type { AidCaseTable } from './tables';

/** The payload every transition of an aid case carries (timers and todo items are chosen from it). */
export function workflowPayload(c: CaseRow, extra: Partial<AidWorkflowPayload> & Record<string, unknown> = {}): AidWorkflowPayload {
  return {
    origin: c.origin,
    urgent: c.urgent === 1,
    paperworkDone: c.paperworkCompletedOn !== null,
    assigneeUserId: c.assigneeUserId,
    label: `${c.caseNumber} ${c.applicantName}`,
    ...extra,
  };
}

/**
 * Fires a transition of the case's workflow inside `trx` with the patched row as payload, writes the
 * patch and the new state (optimistic: a concurrent change → 409) and copies the running timers' due
 * dates onto the row. Returns the row as written.
 */
export async function moveCase(
  k: WorkflowServices,
  trx: Trx,
  ctx: RequestContext,
  c: CaseRow,
  name: string,
  patch: Updateable<AidCaseTable>,
  extra: Record<string, unknown> = {},
): Promise<CaseRow> {
  const inst = await loadInstance(trx, aidCaseWorkflow, c.id);
  if (!inst) throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
  const t = aidCaseWorkflow.transitions.find((x) => x.name === name);
  if (!t || !(typeof t.from === 'string' ? [t.from] : t.from).includes(c.state as never))
    throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
  const moved = await transition(k, trx, ctx, aidCaseWorkflow, inst, name, workflowPayload({ ...c, ...patch } as CaseRow, extra));
  if (!(await updateCase(trx, c.id, c.version, { ...patch, state: moved.state, updatedAt: k.clock.now().toISOString() }))) throw conflict();
  const row = (await findCaseById(trx, c.id))!;
  await syncDueDates(trx, row);
  return (await findCaseById(trx, c.id))!;
}

/** Copies the running review / assignment timers' due dates onto the case row (lists, statistics). */
export async function syncDueDates(trx: Trx, c: CaseRow): Promise<void> {
  const timers = await trx
    .selectFrom('workflowTimers as t')
    .innerJoin('workflowInstances as i', 'i.id', 't.instanceId')
    .select(['t.key', 't.dueDate'])
    .where('i.entityType', '=', 'aidCase')
    .where('i.entityId', '=', c.id)
    .where('t.status', '=', 'open')
    .execute();
  const due = (key: string) => timers.find((t) => t.key === key)?.dueDate ?? null;
  const review = due('review');
  const assign = due('assign');
  const patch: Updateable<AidCaseTable> = {};
  if (review && review !== c.reviewDueOn) patch.reviewDueOn = review;
  if (assign && assign !== c.assignDueOn) patch.assignDueOn = assign;
  if (Object.keys(patch).length) await trx.updateTable('aidCases').set(patch).where('id', '=', c.id).execute();
}
