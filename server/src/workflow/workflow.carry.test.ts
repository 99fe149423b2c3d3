import { parseLocalDate } from '@tianping/common/calendar/index';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { testActor, testContext } from './test-workflow';
import { defineWorkflow } from './workflow.define';
import { extendTimer } from './workflow-timers.service';
import { listTimers } from './workflow.repository';
import { loadInstance, startWorkflow, transition } from './workflow.service';

/**
 * A decision period that runs from acceptance across handling, suspension and approval, a timer
 * chosen by `when` (simplified vs ordinary), and a state naming two people to act.
 */
const wf = defineWorkflow({
  id: 'test.carry',
  entityType: 'testCarry',
  initial: 'handling',
  states: {
    handling: {
      labelZh: '审理',
      labelEn: 'Handling',
      todo: (c) => [
        { assignee: { orgId: c.instance.orgId }, titleZh: '审理', titleEn: 'Handle', url: '/x' },
        ...(typeof c.payload.agencyOrgId === 'string'
          ? [{ assignee: { orgId: c.payload.agencyOrgId }, titleZh: '答复', titleEn: 'Reply', url: '/y' }]
          : []),
      ],
    },
    approving: { labelZh: '审批', labelEn: 'Approving' },
    done: { labelZh: '结案', labelEn: 'Done', final: true },
  },
  transitions: [
    { name: 'submit', from: 'handling', to: 'approving', permission: 'test.carry.act' },
    { name: 'return', from: 'approving', to: 'handling', permission: 'test.carry.act' },
    { name: 'convert', from: 'handling', to: 'handling', permission: 'test.carry.act' },
    { name: 'finish', from: 'approving', to: 'done', permission: 'test.carry.act' },
  ],
  timers: {
    handling: [
      {
        key: 'decisionOrdinary',
        period: 'reconsideration.decisionOrdinary',
        anchor: 'start',
        labelZh: '决定期限',
        labelEn: 'Decision',
        when: (c) => c.payload.procedure !== 'simplified',
      },
      {
        key: 'decisionSimplified',
        period: 'reconsideration.decisionSimplified',
        anchor: 'start',
        labelZh: '决定期限（简易）',
        labelEn: 'Decision (simplified)',
        when: (c) => c.payload.procedure === 'simplified',
      },
    ],
    approving: [
      {
        key: 'decisionOrdinary',
        period: 'reconsideration.decisionOrdinary',
        anchor: 'start',
        labelZh: '决定期限',
        labelEn: 'Decision',
        when: (c) => c.payload.procedure !== 'simplified',
      },
    ],
  },
});

describe('workflow timers across states, conditional timers, several todo items', async () => {
  const t = await buildTestApp();
  const k = t.kernel;
  const clerk = await loginAs(t, { permissions: [] });
  const ctx = testContext(testActor(clerk, ['test.carry.act']));
  const fire = (entityId: string, name: string, payload: Record<string, unknown> = {}) =>
    k.db.transaction().execute(async (trx) => transition(k, trx, ctx, wf, (await loadInstance(trx, wf, entityId))!, name, payload));

  it('keeps a timer declared on both states, with its extension, and closes it at the end', async () => {
    const inst = await k.db
      .transaction()
      .execute((trx) => startWorkflow(k, trx, ctx, wf, { entityId: 'c1', orgId: clerk.orgId, payload: { effectiveDate: '2025-11-20' } }));
    const [first] = await listTimers(k.db, inst.id);
    expect(first).toMatchObject({ key: 'decisionOrdinary', status: 'open', dueDate: '2026-01-19' });
    await k.db.transaction().execute(async (trx) =>
      extendTimer(k, trx, ctx, (await loadInstance(trx, wf, 'c1'))!, 'decisionOrdinary', {
        amount: 30,
        unit: 'day',
        approvedOn: parseLocalDate('2026-01-10'),
        legalBasis: { law: '行政复议法', article: '第六十二条第一款' },
      }),
    );
    await fire('c1', 'submit');
    await fire('c1', 'return');
    const timers = await listTimers(k.db, inst.id);
    expect(timers).toHaveLength(1);
    expect(timers[0]).toMatchObject({ id: first!.id, status: 'open', dueDate: '2026-02-24' });
    await fire('c1', 'submit');
    await fire('c1', 'finish');
    expect((await listTimers(k.db, inst.id)).map((x) => x.status)).toEqual(['closed']);
  });

  it('switches timers chosen by `when` on a self-transition (simplified → ordinary)', async () => {
    const inst = await k.db.transaction().execute((trx) =>
      startWorkflow(k, trx, ctx, wf, {
        entityId: 'c2',
        orgId: clerk.orgId,
        payload: { effectiveDate: '2025-11-20', procedure: 'simplified' },
      }),
    );
    expect((await listTimers(k.db, inst.id)).map((x) => [x.key, x.status, x.dueDate])).toEqual([
      ['decisionSimplified', 'open', '2025-12-22'],
    ]);
    await fire('c2', 'convert', { procedure: 'ordinary', effectiveDate: '2025-12-01' });
    const timers = await listTimers(k.db, inst.id);
    expect(timers.map((x) => [x.key, x.status, x.dueDate])).toEqual([
      ['decisionSimplified', 'closed', '2025-12-22'],
      // Still counted from the start event (受理之日), not from the conversion.
      ['decisionOrdinary', 'open', '2026-01-19'],
    ]);
  });

  it('opens one todo item per person the state names', async () => {
    const agency = await loginAs(t, { permissions: [] });
    const inst = await k.db.transaction().execute((trx) =>
      startWorkflow(k, trx, ctx, wf, {
        entityId: 'c3',
        orgId: clerk.orgId,
        payload: { effectiveDate: '2025-11-20', agencyOrgId: agency.orgId },
      }),
    );
    const todos = await k.db.selectFrom('todoItems').selectAll().where('instanceId', '=', inst.id).execute();
    expect(todos.map((x) => [x.assigneeOrgId, x.titleZh, x.dueDate]).sort()).toEqual(
      [
        [clerk.orgId, '审理', '2026-01-19'],
        [agency.orgId, '答复', '2026-01-19'],
      ].sort(),
    );
  });
});
