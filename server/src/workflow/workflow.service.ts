import { parseLocalDate, type LocalDate } from '@tianping/common/calendar/index';
import { workflowErrors } from '@tianping/common/contract/workflow';
import { isScoped, type RequestContext } from '../access/actor';
import type { DbOrTrx, Trx } from '../db/database';
import { newId } from '../db/ids';
import { conflict, fail } from '../http/errors';
import { fromStates, type TodoSpec, type WorkflowContext, type WorkflowDef } from './workflow.define';
import { activeTimerDefs, openStateTimers, todayOf, type WorkflowServices } from './workflow-timers.service';
import {
  closeLiveTimers,
  closeOpenTodos,
  findInstanceByEntity,
  insertInstance,
  insertTodo,
  updateInstance,
  type InstanceRow,
} from './workflow.repository';

export interface TransitionPayload extends Record<string, unknown> {
  /** The day the event legally happened (e.g. 收到申请之日) when it is not today. */
  effectiveDate?: string;
}

function eventDateOf(k: WorkflowServices, payload: TransitionPayload): LocalDate {
  return payload.effectiveDate ? parseLocalDate(payload.effectiveDate) : todayOf(k);
}

function contextOf(k: WorkflowServices, trx: Trx, ctx: RequestContext, inst: InstanceRow, payload: TransitionPayload): WorkflowContext {
  return {
    kernel: k,
    trx,
    ctx,
    actor: isScoped(ctx.actor) ? ctx.actor : null,
    instance: {
      id: inst.id,
      entityType: inst.entityType,
      entityId: inst.entityId,
      orgId: inst.orgId,
      state: inst.state,
      events: JSON.parse(inst.events) as Record<string, LocalDate>,
    },
    payload,
    eventDate: eventDateOf(k, payload),
  };
}

/** Enters `state`: opens its timers and, when the state names someone to act, their todo item. */
async function enterState(k: WorkflowServices, wf: WorkflowDef, c: WorkflowContext, state: string) {
  const due = await openStateTimers(k, c.trx, wf, c, state);
  const spec = wf.states[state]?.todo?.({ ...c, instance: { ...c.instance, state } });
  const todos = spec ? (Array.isArray(spec) ? spec : [spec]) : [];
  for (const todo of todos as TodoSpec[])
    await insertTodo(c.trx, {
      id: newId(),
      assigneeUserId: 'userId' in todo.assignee ? todo.assignee.userId : null,
      assigneeOrgId: 'orgId' in todo.assignee ? todo.assignee.orgId : null,
      instanceId: c.instance.id,
      entityType: c.instance.entityType,
      entityId: c.instance.entityId,
      state,
      titleZh: todo.titleZh,
      titleEn: todo.titleEn,
      url: todo.url,
      dueDate: due,
      status: 'open',
      createdAt: k.clock.now().toISOString(),
      closedAt: null,
    });
}

/** Creates the workflow instance of a case in the initial state (timers and todo of that state opened). */
export async function startWorkflow(
  k: WorkflowServices,
  trx: Trx,
  ctx: RequestContext,
  wf: WorkflowDef,
  input: { entityId: string; orgId: string; payload?: TransitionPayload },
): Promise<InstanceRow> {
  const now = k.clock.now().toISOString();
  const payload = input.payload ?? {};
  const row: InstanceRow = {
    id: newId(),
    entityType: wf.entityType,
    entityId: input.entityId,
    workflowId: wf.id,
    state: wf.initial,
    orgId: input.orgId,
    events: JSON.stringify({ start: eventDateOf(k, payload) }),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await insertInstance(trx, row);
  await enterState(k, wf, contextOf(k, trx, ctx, row, payload), wf.initial);
  await k.audit.record(trx, ctx, {
    action: 'workflow.instance.start',
    entityType: wf.entityType,
    entityId: input.entityId,
    orgId: input.orgId,
    after: { workflow: wf.id, state: wf.initial },
  });
  return row;
}

export async function loadInstance(trx: DbOrTrx, wf: WorkflowDef, entityId: string): Promise<InstanceRow | undefined> {
  return findInstanceByEntity(trx, wf.id, wf.entityType, entityId);
}

/**
 * Fires `name` on the instance, inside the caller's transaction: checks the state, the actor's
 * permission and the guard; writes the new state (optimistically, by version); closes the timers
 * and todo items of the state left, opens those of the state entered; runs the effect; audits.
 */
export async function transition(
  k: WorkflowServices,
  trx: Trx,
  ctx: RequestContext,
  wf: WorkflowDef,
  inst: InstanceRow,
  name: string,
  payload: TransitionPayload = {},
): Promise<InstanceRow> {
  const t = wf.transitions.find((x) => x.name === name);
  if (!t) throw fail(workflowErrors, 'WORKFLOW_UNKNOWN_TRANSITION', { field: 'transition' });
  if (!fromStates(t).includes(inst.state)) throw fail(workflowErrors, 'WORKFLOW_TRANSITION_NOT_ALLOWED');
  const c = contextOf(k, trx, ctx, inst, payload);
  const permissions: readonly string[] = typeof t.permission === 'string' ? [t.permission] : t.permission;
  const allowed = c.actor
    ? permissions.some((key) => c.actor!.permissions.has(key))
    : ctx.actor === null
      ? t.allowSystem === true
      : ctx.actor.kind === 'citizen' && t.allowCitizen === true;
  if (!allowed) throw fail(workflowErrors, 'WORKFLOW_PERMISSION_DENIED');
  const verdict = t.guard ? await t.guard(c) : true;
  if (verdict !== true) {
    throw fail(workflowErrors, 'WORKFLOW_GUARD_FAILED', {
      issues: [{ field: 'transition', code: 'WORKFLOW_GUARD_FAILED', message: verdict.zh, messageEn: verdict.en }],
    });
  }
  const now = k.clock.now().toISOString();
  const events = { ...c.instance.events, [name]: c.eventDate };
  if (!(await updateInstance(trx, inst.id, inst.version, { state: t.to, events: JSON.stringify(events), updatedAt: now })))
    throw conflict();
  const entered: WorkflowContext = { ...c, instance: { ...c.instance, state: t.to, events } };
  // Timers the state entered also declares (and that still apply) run on across the transition.
  const carried = wf.states[t.to]?.final ? [] : activeTimerDefs(wf, t.to, entered).map((d) => d.key);
  const closedTimers = await closeLiveTimers(trx, inst.id, now, carried);
  const closedTodos = await closeOpenTodos(trx, inst.id, now);
  if (!wf.states[t.to]?.final) await enterState(k, wf, entered, t.to);
  await t.effect?.(entered);
  await k.audit.record(trx, ctx, {
    action: 'workflow.instance.transition',
    entityType: inst.entityType,
    entityId: inst.entityId,
    orgId: inst.orgId,
    before: { state: inst.state, version: inst.version },
    after: { state: t.to, version: inst.version + 1, transition: name, closedTimers, closedTodos },
  });
  return { ...inst, state: t.to, events: JSON.stringify(events), version: inst.version + 1, updatedAt: now };
}
