import { computeDeadline, deadlineInputFor, officialHolidayCalendar, parseLocalDate } from '@tianping/common/calendar/index';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import type { Trx } from '../db/database';
import type { AppError } from '../http/errors';
import { testActor, testCaseWorkflow as wf, testContext } from './test-workflow';
import { extendTimer, resumeTimers, suspendTimers } from './workflow-timers.service';
import { loadInstance, startWorkflow, transition } from './workflow.service';
import { listTimers } from './workflow.repository';

describe('workflow state machine (test-only workflow, National Day 2025)', async () => {
  const t = await buildTestApp();
  const k = t.kernel;
  const clerk = await loginAs(t, { permissions: [] });
  const actor = testActor(clerk, ['test.case.accept', 'test.case.decide']);
  const ctx = testContext(actor);
  let seq = 0;
  const start = (effectiveDate = '2025-09-26') =>
    k.db
      .transaction()
      .execute((trx) => startWorkflow(k, trx, ctx, wf, { entityId: `case-${++seq}`, orgId: clerk.orgId, payload: { effectiveDate } }));
  const fire = (entityId: string, name: string, payload: Record<string, unknown> = {}, c = ctx) =>
    k.db.transaction().execute(async (trx) => transition(k, trx, c, wf, (await loadInstance(trx, wf, entityId))!, name, payload));
  const failure = async (p: Promise<unknown>) => {
    const err = (await p.then(
      () => undefined,
      (e: unknown) => e,
    )) as AppError | undefined;
    expect(err, 'expected a failure').toBeDefined();
    return err!;
  };
  const todos = (instanceId: string) =>
    k.db.selectFrom('todoItems').selectAll().where('instanceId', '=', instanceId).orderBy('createdAt').execute();

  it('rejects a definition with an unknown state, event or statutory period', async () => {
    const { defineWorkflow } = await import('./workflow.define');
    const base = { id: 'x', entityType: 'x', initial: 'a' as const, states: { a: { labelZh: 'a', labelEn: 'a' } } };
    expect(() => defineWorkflow({ ...base, transitions: [{ name: 't', from: 'a', to: 'b' as 'a', permission: 'x.y.z' }] })).toThrow(
      /unknown state "b"/,
    );
    expect(() =>
      defineWorkflow({
        ...base,
        transitions: [],
        timers: { a: [{ key: 'k', period: 'no.such.period', anchor: 'enteredState', labelZh: '', labelEn: '' }] },
      }),
    ).toThrow(/unknown statutory period/);
    expect(() =>
      defineWorkflow({
        ...base,
        transitions: [],
        timers: { a: [{ key: 'k', period: 'reconsideration.acceptanceReview', anchor: 'nope', labelZh: '', labelEn: '' }] },
      }),
    ).toThrow(/unknown event "nope"/);
  });

  it('starts in the initial state with its timer over National Day and an organisation todo', async () => {
    const inst = await start('2025-09-26');
    expect(inst.state).toBe('received');
    const [timer] = await listTimers(k.db, inst.id);
    // 5 working days from Friday 26 September 2025: the make-up Sunday 28 September counts, 1–8 October do not.
    expect(timer).toMatchObject({ key: 'review', status: 'open', startDate: '2025-09-26', dueDate: '2025-10-10' });
    expect(timer!.calendarVersion).toContain('cn-official');
    expect(JSON.parse(timer!.explanation).steps.some((s: { kind: string }) => s.kind === 'holidaySkipped')).toBe(true);
    expect(await todos(inst.id)).toMatchObject([
      { assigneeOrgId: clerk.orgId, assigneeUserId: null, status: 'open', dueDate: '2025-10-10' },
    ]);
    const audit = await k.db.selectFrom('auditEvents').select('action').where('entityId', '=', inst.entityId).execute();
    expect(audit.map((a) => a.action)).toEqual(['workflow.instance.start']);
  });

  it('409 with a clear code for a transition not allowed in the state; 400 for an unknown one', async () => {
    const inst = await start();
    const err = await failure(fire(inst.entityId, 'decide'));
    expect(err).toMatchObject({ status: 409, code: 'WORKFLOW_TRANSITION_NOT_ALLOWED' });
    expect(err.def.zh).toBe('当前状态下不能执行该操作');
    expect(await failure(fire(inst.entityId, 'appeal'))).toMatchObject({ status: 400, code: 'WORKFLOW_UNKNOWN_TRANSITION' });
  });

  it('403 without the transition permission; system only where allowed', async () => {
    const inst = await start();
    const weak = testContext(testActor(clerk, ['test.case.decide']));
    expect(await failure(fire(inst.entityId, 'accept', { materialsComplete: true }, weak))).toMatchObject({
      status: 403,
      code: 'WORKFLOW_PERMISSION_DENIED',
    });
    expect(await failure(fire(inst.entityId, 'reject', {}, testContext(null)))).toMatchObject({ code: 'WORKFLOW_PERMISSION_DENIED' });
  });

  it('409 when the guard fails, with its reason; nothing changes', async () => {
    const inst = await start();
    const err = await failure(fire(inst.entityId, 'accept', { materialsComplete: false }));
    expect(err).toMatchObject({ status: 409, code: 'WORKFLOW_GUARD_FAILED' });
    expect(err.extra.issues?.[0]).toMatchObject({ message: '申请材料不齐全，请先补正' });
    expect((await listTimers(k.db, inst.id))[0]!.status).toBe('open');
  });

  it('accepts: closes the review timer and todo, opens the decision timer from the accept day, audits', async () => {
    const inst = await start('2025-07-30');
    const after = await fire(inst.entityId, 'accept', { materialsComplete: true, effectiveDate: '2025-08-02', handlerId: clerk.userId });
    expect(after).toMatchObject({ state: 'accepted', version: 2 });
    const timers = await listTimers(k.db, inst.id);
    expect(timers.map((x) => [x.key, x.status])).toEqual([
      ['review', 'closed'],
      ['decision', 'open'],
    ]);
    // 60 days from 2 August end on 1 October (National Day): the next working day is 9 October.
    expect(timers[1]).toMatchObject({ startDate: '2025-08-02', dueDate: '2025-10-09' });
    const items = await todos(inst.id);
    expect(items.map((x) => [x.status, x.assigneeUserId, x.dueDate])).toEqual([
      ['done', null, '2025-08-06'],
      ['open', clerk.userId, '2025-10-09'],
    ]);
    const audit = await k.db
      .selectFrom('auditEvents')
      .select(['action', 'diff'])
      .where('entityId', '=', inst.entityId)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['workflow.instance.start', 'workflow.instance.transition']);
    expect(JSON.parse(audit[1]!.diff!).state).toEqual(['received', 'accepted']);
    const stale = await failure(k.db.transaction().execute((trx) => transition(k, trx, ctx, wf, { ...inst, state: 'accepted' }, 'decide')));
    expect(stale).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(await fire(inst.entityId, 'decide')).toMatchObject({ state: 'decided' });
    expect((await listTimers(k.db, inst.id)).every((x) => x.status === 'closed')).toBe(true);
    expect((await todos(inst.id)).every((x) => x.status === 'done')).toBe(true);
  });

  it('suspension (中止) excludes its days and extension (延长) adds to the due date, recomputed and audited', async () => {
    const inst = await start('2025-07-30');
    await fire(inst.entityId, 'accept', { materialsComplete: true, effectiveDate: '2025-08-02' });
    const load = async (trx: Trx) => (await loadInstance(trx, wf, inst.entityId))!;
    await k.db
      .transaction()
      .execute(async (trx) => suspendTimers(k, trx, ctx, await load(trx), { kind: 'suspension', from: '2025-09-01' }));
    expect((await listTimers(k.db, inst.id))[1]).toMatchObject({ status: 'suspended', dueDate: '2025-10-09' });
    expect(
      await failure(
        k.db.transaction().execute(async (trx) => suspendTimers(k, trx, ctx, await load(trx), { kind: 'suspension', from: '2025-09-02' })),
      ),
    ).toMatchObject({
      code: 'WORKFLOW_TIMER_SUSPENDED',
    });
    await k.db.transaction().execute(async (trx) => resumeTimers(k, trx, ctx, await load(trx), { on: '2025-09-11' }));
    const excluded = [{ kind: 'suspension' as const, from: parseLocalDate('2025-09-01'), to: parseLocalDate('2025-09-10') }];
    const expected = computeDeadline(
      deadlineInputFor('reconsideration.decisionOrdinary', parseLocalDate('2025-08-02'), { excluded }),
      officialHolidayCalendar,
    );
    const resumed = (await listTimers(k.db, inst.id))[1]!;
    expect(resumed).toMatchObject({ status: 'open', dueDate: expected.dueDate });
    expect(resumed.dueDate > '2025-10-09').toBe(true);
    const extension = {
      amount: 30,
      unit: 'day' as const,
      approvedOn: parseLocalDate('2025-09-20'),
      legalBasis: { law: '行政复议法', article: '第六十二条第一款' },
    };
    const extended = await k.db.transaction().execute(async (trx) => extendTimer(k, trx, ctx, await load(trx), 'decision', extension));
    const withExtension = computeDeadline(
      deadlineInputFor('reconsideration.decisionOrdinary', parseLocalDate('2025-08-02'), { excluded, extensions: [extension] }),
      officialHolidayCalendar,
    );
    expect(extended.dueDate).toBe(withExtension.dueDate);
    expect((await todos(inst.id)).find((x) => x.status === 'open')!.dueDate).toBe(withExtension.dueDate);
    const actions = await k.db.selectFrom('auditEvents').select('action').where('entityId', '=', inst.entityId).orderBy('seq').execute();
    expect(actions.map((a) => a.action).slice(-3)).toEqual(['workflow.timer.suspend', 'workflow.timer.resume', 'workflow.timer.extend']);
    expect(
      await failure(k.db.transaction().execute(async (trx) => resumeTimers(k, trx, ctx, await load(trx), { on: '2025-09-12' }))),
    ).toMatchObject({
      code: 'WORKFLOW_TIMER_NOT_SUSPENDED',
    });
  });
});
