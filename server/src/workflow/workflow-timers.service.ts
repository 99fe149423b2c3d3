import { addDays, localDateAt, parseLocalDate, type Extension, type LocalDate } from '@tianping/common/calendar/index';
import { workflowErrors } from '@tianping/common/contract/workflow';
import type { RequestContext } from '../access/actor';
import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';
import { newId } from '../db/ids';
import { fail } from '../http/errors';
import { platformHolidayCalendar } from './holiday-calendar.source';
import { timerDeadline, type StoredPeriod, type StoredSuspension } from './timer-deadline';
import type { TimerDef, WorkflowContext, WorkflowDef } from './workflow.define';
import { insertTimer, listLiveTimers, setOpenTodoDueDate, updateTimer, type InstanceRow, type TimerRow } from './workflow.repository';

export type WorkflowServices = Pick<Kernel, 'db' | 'audit' | 'clock'>;

/** "Today" for statutory periods is the date in Beijing. */
export function todayOf(k: Pick<Kernel, 'clock'>): LocalDate {
  return localDateAt(k.clock.now());
}

function storedPeriod(def: TimerDef): StoredPeriod {
  return typeof def.period === 'string'
    ? { statutoryPeriodId: def.period }
    : { rule: def.period, labelZh: def.labelZh, labelEn: def.labelEn };
}

/** The timers `state` declares that run in context `c` (their `when` holds). */
export function activeTimerDefs(wf: WorkflowDef, state: string, c: WorkflowContext): readonly TimerDef[] {
  const defs = (wf.timers as Record<string, readonly TimerDef[]> | undefined)?.[state] ?? [];
  return defs.filter((def) => def.when?.(c) ?? true);
}

/**
 * Opens the timers of `state` that are not already running (a timer carried over from the state
 * left keeps running), each from its anchor day. Returns the earliest due date of the running timers.
 */
export async function openStateTimers(
  k: WorkflowServices,
  trx: Trx,
  wf: WorkflowDef,
  c: WorkflowContext,
  state: string,
): Promise<LocalDate | null> {
  const calendar = await platformHolidayCalendar(trx);
  const live = await listLiveTimers(trx, c.instance.id);
  const running = new Set(live.map((t) => t.key));
  const instanceId = c.instance.id;
  const enteredOn = c.eventDate;
  const events = c.instance.events;
  let earliest: LocalDate | null = null;
  for (const t of live) if (t.status === 'open' && (!earliest || t.dueDate < earliest)) earliest = parseLocalDate(t.dueDate);
  for (const def of activeTimerDefs(wf, state, c)) {
    if (running.has(def.key)) continue;
    const start = def.anchor === 'enteredState' ? enteredOn : (events[def.anchor] ?? enteredOn);
    const period = storedPeriod(def);
    const result = timerDeadline(period, start, [], [], calendar);
    await insertTimer(trx, {
      id: newId(),
      instanceId,
      key: def.key,
      state,
      period: JSON.stringify(period),
      startDate: start,
      dueDate: result.dueDate,
      status: 'open',
      explanation: JSON.stringify(result),
      calendarVersion: result.calendarVersion,
      suspensions: '[]',
      extensions: '[]',
      escalatedStatus: null,
      openedAt: k.clock.now().toISOString(),
      closedAt: null,
    });
    if (!earliest || result.dueDate < earliest) earliest = result.dueDate;
  }
  return earliest;
}

async function recompute(trx: Trx, timer: TimerRow, suspensions: StoredSuspension[], extensions: Extension[], status: TimerRow['status']) {
  const result = timerDeadline(
    JSON.parse(timer.period) as StoredPeriod,
    parseLocalDate(timer.startDate),
    suspensions,
    extensions,
    await platformHolidayCalendar(trx),
  );
  const patch = {
    suspensions: JSON.stringify(suspensions),
    extensions: JSON.stringify(extensions),
    dueDate: result.dueDate,
    explanation: JSON.stringify(result),
    calendarVersion: result.calendarVersion,
    status,
    // A moved due date may change the deadline status: escalation looks at it afresh.
    escalatedStatus: result.dueDate === timer.dueDate ? timer.escalatedStatus : null,
  };
  await updateTimer(trx, timer.id, patch);
  return { ...timer, ...patch };
}

async function syncTodoDueDate(trx: Trx, instanceId: string) {
  const live = (await listLiveTimers(trx, instanceId)).filter((t) => t.status === 'open');
  await setOpenTodoDueDate(trx, instanceId, live[0]?.dueDate ?? null);
}

async function auditTimer(
  k: WorkflowServices,
  trx: Trx,
  ctx: RequestContext,
  inst: InstanceRow,
  action: string,
  before: TimerRow,
  after: TimerRow,
  reason?: string,
) {
  const view = (t: TimerRow) => ({
    key: t.key,
    status: t.status,
    dueDate: t.dueDate,
    suspensions: t.suspensions,
    extensions: t.extensions,
  });
  await k.audit.record(trx, ctx, {
    action,
    entityType: inst.entityType,
    entityId: inst.entityId,
    orgId: inst.orgId,
    before: view(before),
    after: view(after),
    reason: reason ?? null,
  });
}

/** 中止: the open timers stop from `from` (inclusive) until resumed. */
export async function suspendTimers(
  k: WorkflowServices,
  trx: Trx,
  ctx: RequestContext,
  inst: InstanceRow,
  input: { kind: StoredSuspension['kind']; from: string; reason?: string },
) {
  const live = await listLiveTimers(trx, inst.id);
  if (live.length === 0) throw fail(workflowErrors, 'WORKFLOW_TIMER_NOT_FOUND');
  if (live.some((t) => t.status === 'suspended')) throw fail(workflowErrors, 'WORKFLOW_TIMER_SUSPENDED');
  for (const timer of live) {
    const suspensions = [
      ...(JSON.parse(timer.suspensions) as StoredSuspension[]),
      { kind: input.kind, from: parseLocalDate(input.from), to: null },
    ];
    const after = await recompute(trx, timer, suspensions, JSON.parse(timer.extensions) as Extension[], 'suspended');
    await auditTimer(k, trx, ctx, inst, 'workflow.timer.suspend', timer, after, input.reason);
  }
  await syncTodoDueDate(trx, inst.id);
}

/** 恢复: the timers count again from `on`; the suspended days (`from` … `on − 1`) are excluded. */
export async function resumeTimers(
  k: WorkflowServices,
  trx: Trx,
  ctx: RequestContext,
  inst: InstanceRow,
  input: { on: string; reason?: string },
) {
  const suspended = (await listLiveTimers(trx, inst.id)).filter((t) => t.status === 'suspended');
  if (suspended.length === 0) throw fail(workflowErrors, 'WORKFLOW_TIMER_NOT_SUSPENDED');
  const lastSuspendedDay = addDays(parseLocalDate(input.on), -1);
  for (const timer of suspended) {
    const suspensions = (JSON.parse(timer.suspensions) as StoredSuspension[]).map((s) =>
      s.to === null ? { ...s, to: lastSuspendedDay } : s,
    );
    const after = await recompute(trx, timer, suspensions, JSON.parse(timer.extensions) as Extension[], 'open');
    await auditTimer(k, trx, ctx, inst, 'workflow.timer.resume', timer, after, input.reason);
  }
  await syncTodoDueDate(trx, inst.id);
}

/** 延长: an approved extension of one open timer. */
export async function extendTimer(
  k: WorkflowServices,
  trx: Trx,
  ctx: RequestContext,
  inst: InstanceRow,
  key: string,
  extension: Extension,
  reason?: string,
) {
  const timer = (await listLiveTimers(trx, inst.id)).find((t) => t.key === key);
  if (!timer) throw fail(workflowErrors, 'WORKFLOW_TIMER_NOT_FOUND');
  const extensions = [...(JSON.parse(timer.extensions) as Extension[]), extension];
  const after = await recompute(trx, timer, JSON.parse(timer.suspensions) as StoredSuspension[], extensions, timer.status);
  await auditTimer(k, trx, ctx, inst, 'workflow.timer.extend', timer, after, reason);
  await syncTodoDueDate(trx, inst.id);
  return after;
}
