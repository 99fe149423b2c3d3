import type { PeriodRule } from '@tianping/common/calendar/index';
import { defineWorkflow, type TimerDef, type WorkflowContext } from '@tianping/server/workflow/workflow.define';

/**
 * What every transition of a mediation case passes in its payload (case.workflow-payload.ts builds
 * it from the case row): timers and todo items are chosen from it.
 */
export interface MedWorkflowPayload extends Record<string, unknown> {
  /** The login of the designated mediator (med_mediators.userId), when the mediator has one. */
  mediatorUserId: string | null;
  /** The local time target in days (settings per source and kind); null → the default 30. */
  targetDays: number | null;
  label: string;
}

const p = (c: WorkflowContext) => c.payload as MedWorkflowPayload;
const url = (c: WorkflowContext) => `/workbench/mediation/cases/${c.instance.entityId}`;

/** Bounds of a configurable time target (settings validate against them). */
export const TARGET_DAYS_MIN = 1;
export const TARGET_DAYS_MAX = 180;
export const DEFAULT_TARGET_DAYS = 30;

/** The basis shown in the timer's explanation: the law sets no period, the target is a local rule. */
export const targetLegalBasis = {
  law: '本市人民调解办理时限（本地规则，可配置；人民调解法未规定调解期限）',
  lawEn: 'Local mediation time target (configurable; the People’s Mediation Law sets no period)',
  article: '设置',
} as const;

export function targetRule(days: number): PeriodRule {
  return { amount: days, unit: 'day', legalBasis: targetLegalBasis };
}

function targetDaysOf(c: WorkflowContext): number {
  const d = p(c).targetDays;
  return typeof d === 'number' && d >= TARGET_DAYS_MIN && d <= TARGET_DAYS_MAX ? d : DEFAULT_TARGET_DAYS;
}

/**
 * The time target (timer `target`) runs from acceptance through mediating, natural days. One
 * definition per possible length, the case's configured length chosen by `when`: the engine then
 * computes, stores and explains the due date like any other period.
 */
const targetTimers: TimerDef[] = Array.from({ length: TARGET_DAYS_MAX - TARGET_DAYS_MIN + 1 }, (_, i) => {
  const days = TARGET_DAYS_MIN + i;
  return {
    key: 'target',
    period: targetRule(days),
    anchor: 'accept',
    labelZh: '调解办理时限（本地目标）',
    labelEn: 'Mediation time target (local)',
    when: (c: WorkflowContext) => targetDaysOf(c) === days,
  };
});

const handlerTodo = (zh: string, en: string) => (c: WorkflowContext) => {
  const { mediatorUserId, label } = p(c);
  return {
    assignee: mediatorUserId ? { userId: mediatorUserId } : { orgId: c.instance.orgId },
    titleZh: `${zh}：${label}`,
    titleEn: `${en}: ${label}`,
    url: url(c),
  };
};

/**
 * The lifecycle of a people's mediation case (人民调解法). States are the contract's `caseStates`.
 * Designation of the mediator, recusal and each consent are self-transitions so that todo items
 * follow them. After `succeeded`, performance (第三十一条), follow-ups and judicial confirmation
 * (第三十三条) are records on the case, not states.
 */
export const medCaseWorkflow = defineWorkflow({
  id: 'mediation.case',
  entityType: 'medCase',
  initial: 'received',
  states: {
    received: {
      labelZh: '待受理',
      labelEn: 'Awaiting acceptance',
      todo: (c) => ({
        assignee: { orgId: c.instance.orgId },
        titleZh: `受理纠纷：${p(c).label}`,
        titleEn: `Accept dispute: ${p(c).label}`,
        url: url(c),
      }),
    },
    accepted: { labelZh: '征询当事人意见', labelEn: 'Collecting consent', todo: handlerTodo('征询调解意见', 'Collect consent') },
    mediating: { labelZh: '调解中', labelEn: 'Mediating', todo: handlerTodo('调解', 'Mediate') },
    succeeded: { labelZh: '调解成功', labelEn: 'Agreement reached', final: true },
    failed: { labelZh: '调解不成', labelEn: 'Mediation failed', final: true },
    refused: { labelZh: '当事人拒绝调解', labelEn: 'A party refused', final: true },
    withdrawn: { labelZh: '撤回', labelEn: 'Withdrawn', final: true },
    declined: { labelZh: '不予受理', labelEn: 'Declined', final: true },
  },
  transitions: [
    { name: 'accept', from: 'received', to: 'accepted', permission: 'mediation.case.intake' },
    { name: 'decline', from: 'received', to: 'declined', permission: 'mediation.case.intake' },
    { name: 'designateMediator', from: 'accepted', to: 'accepted', permission: ['mediation.case.intake', 'mediation.case.handle'] },
    { name: 'redesignateMediator', from: 'mediating', to: 'mediating', permission: ['mediation.case.intake', 'mediation.case.handle'] },
    // 第十七条: each party's answer; a citizen answers for their own party row in the portal.
    { name: 'recordConsent', from: 'accepted', to: 'accepted', permission: 'mediation.case.handle', allowCitizen: true },
    { name: 'startMediation', from: 'accepted', to: 'mediating', permission: 'mediation.case.handle', allowCitizen: true },
    { name: 'refuse', from: 'accepted', to: 'refused', permission: 'mediation.case.handle', allowCitizen: true },
    { name: 'succeed', from: 'mediating', to: 'succeeded', permission: 'mediation.case.handle' },
    { name: 'fail', from: 'mediating', to: 'failed', permission: 'mediation.case.handle' },
    {
      name: 'withdraw',
      from: ['received', 'accepted', 'mediating'],
      to: 'withdrawn',
      permission: 'mediation.case.handle',
      allowCitizen: true,
    },
  ],
  timers: {
    accepted: targetTimers,
    mediating: targetTimers,
  },
});
