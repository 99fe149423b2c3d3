import type { StaffActor } from '../access/actor';
import type { RequestContext } from '../access/actor';
import { defineWorkflow } from './workflow.define';

/**
 * A workflow used only by the tests (the platform ships no demo workflow): an application is
 * reviewed for acceptance within 5 working days (行政复议法 第三十条) and, once accepted, decided
 * within 60 days (第六十二条第一款).
 */
export const testCaseWorkflow = defineWorkflow({
  id: 'test.case',
  entityType: 'testCase',
  initial: 'received',
  states: {
    received: {
      labelZh: '待审查',
      labelEn: 'Awaiting review',
      todo: (c) => ({
        assignee: { orgId: c.instance.orgId },
        titleZh: `审查申请 ${c.instance.entityId}`,
        titleEn: `Review application ${c.instance.entityId}`,
        url: `/workbench/test-cases/${c.instance.entityId}`,
      }),
    },
    accepted: {
      labelZh: '审理中',
      labelEn: 'Being decided',
      todo: (c) => ({
        assignee: typeof c.payload.handlerId === 'string' ? { userId: c.payload.handlerId } : { orgId: c.instance.orgId },
        titleZh: `作出决定 ${c.instance.entityId}`,
        titleEn: `Decide ${c.instance.entityId}`,
        url: `/workbench/test-cases/${c.instance.entityId}`,
      }),
    },
    rejected: { labelZh: '不予受理', labelEn: 'Rejected', final: true },
    decided: { labelZh: '已决定', labelEn: 'Decided', final: true },
  },
  transitions: [
    {
      name: 'accept',
      from: 'received',
      to: 'accepted',
      permission: 'test.case.accept',
      guard: (c) =>
        c.payload.materialsComplete === true
          ? true
          : { zh: '申请材料不齐全，请先补正', en: 'The application is incomplete; request a correction first' },
    },
    { name: 'reject', from: 'received', to: 'rejected', permission: 'test.case.accept' },
    { name: 'decide', from: 'accepted', to: 'decided', permission: 'test.case.decide' },
  ],
  timers: {
    received: [
      {
        key: 'review',
        period: 'reconsideration.acceptanceReview',
        anchor: 'enteredState',
        labelZh: '受理审查期限',
        labelEn: 'Acceptance review',
      },
    ],
    accepted: [
      {
        key: 'decision',
        period: 'reconsideration.decisionOrdinary',
        anchor: 'accept',
        labelZh: '复议决定期限',
        labelEn: 'Decision period',
      },
    ],
  },
});

/** A staff actor for service-level tests (the user must exist: todo items reference it). */
export function testActor(user: { userId: string; orgId: string }, permissions: string[], orgPath = `/${user.orgId}/`): StaffActor {
  return {
    kind: 'staff',
    userId: user.userId,
    username: 'tester',
    displayName: '测试',
    sessionId: 'test-session',
    assignmentId: null,
    roleId: null,
    orgId: user.orgId,
    orgPath,
    scope: 'own',
    permissions: new Set(permissions),
  };
}

export function testContext(actor: StaffActor | null): RequestContext {
  return { requestId: 'test-request', ip: '127.0.0.1', userAgent: 'vitest', actor };
}

/** A clock fixed at `iso`, movable by the test. */
export function setClock(t: { kernel: { clock: { now(): Date } } }, iso: string): void {
  t.kernel.clock.now = () => new Date(iso);
}
