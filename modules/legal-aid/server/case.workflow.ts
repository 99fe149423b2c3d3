import { defineWorkflow, type TimerDef, type WorkflowContext } from '@tianping/server/workflow/workflow.define';

/**
 * What every transition of an aid case passes in its payload (case.workflow-payload.ts builds it from
 * the case row): timers and todo items are chosen from it.
 */
export interface AidWorkflowPayload extends Record<string, unknown> {
  /** `portal | walkIn | forwarded | notice`: notices never pass the review (第三十六条). */
  origin: string;
  /** 第四十四条: aid first; `paperworkDone` once the recipient has completed the paperwork. */
  urgent: boolean;
  paperworkDone: boolean;
  assigneeUserId: string | null;
  label: string;
}

const p = (c: WorkflowContext) => c.payload as AidWorkflowPayload;
const url = (c: WorkflowContext) => `/workbench/legal-aid/cases/${c.instance.entityId}`;
const isNotice = (c: WorkflowContext) => p(c).origin === 'notice';
const paperworkPending = (c: WorkflowContext) => p(c).urgent && !p(c).paperworkDone;

/** 第四十四条第二款: the todo to complete the paperwork after aid given first. */
const paperworkTodo = (c: WorkflowContext) => ({
  assignee: { orgId: c.instance.orgId },
  titleZh: `先行援助补办手续：${p(c).label}`,
  titleEn: `Complete the paperwork of urgent aid: ${p(c).label}`,
  url: url(c),
});

/** 第四十三条第一款 (3 days from the grant) / 第三十六条 (3 days from receiving the notice). */
const assignTimers: TimerDef[] = [
  {
    key: 'assign',
    period: 'legalAid.assignment',
    anchor: 'enteredState',
    labelZh: '指派法律援助人员期限',
    labelEn: 'Assign a provider',
    when: (c) => !isNotice(c),
  },
  {
    key: 'assign',
    period: 'legalAid.assignmentOnNotice',
    anchor: 'enteredState',
    labelZh: '收到通知后指派律师期限',
    labelEn: 'Assign a lawyer after the notice',
    when: isNotice,
  },
];

/**
 * The lifecycle of an aid case (法律援助法 2022). States are the contract's `caseStates`. A notice
 * starts like an application and passes at once to `granted` (`noticeReceived`): the review timer and
 * todo never open for it. AB fires `assign` / `reassign`; AC fires `close`, `terminate`, and the
 * objection's `reopenReview` / `reopenAssignment` (第四十九条: 责令改正).
 */
export const aidCaseWorkflow = defineWorkflow({
  id: 'legalAid.case',
  entityType: 'aidCase',
  initial: 'received',
  states: {
    received: {
      labelZh: '待审查',
      labelEn: 'Awaiting review',
      todo: (c) =>
        isNotice(c)
          ? null
          : {
              assignee: { orgId: c.instance.orgId },
              titleZh: `审查法律援助申请：${p(c).label}`,
              titleEn: `Review legal aid application: ${p(c).label}`,
              url: url(c),
            },
    },
    correcting: { labelZh: '待补充材料', labelEn: 'Awaiting missing materials' },
    granted: {
      labelZh: '待指派',
      labelEn: 'Awaiting assignment',
      todo: (c) => {
        const assign = {
          assignee: { orgId: c.instance.orgId },
          titleZh: `${isNotice(c) ? '通知辩护指派律师' : '指派法律援助人员'}：${p(c).label}`,
          titleEn: `Assign a provider: ${p(c).label}`,
          url: url(c),
        };
        return paperworkPending(c) ? [assign, paperworkTodo(c)] : assign;
      },
    },
    assigned: {
      labelZh: '承办中',
      labelEn: 'In progress',
      todo: (c) => {
        const { assigneeUserId, label } = p(c);
        const work = assigneeUserId
          ? [
              {
                assignee: { userId: assigneeUserId },
                titleZh: `承办法律援助案件：${label}`,
                titleEn: `Legal aid case: ${label}`,
                url: url(c),
              },
            ]
          : [];
        return paperworkPending(c) ? [...work, paperworkTodo(c)] : work;
      },
    },
    closed: { labelZh: '已结案', labelEn: 'Closed', final: true },
    denied: { labelZh: '不予法律援助', labelEn: 'Denied', final: true },
    withdrawn: { labelZh: '撤回', labelEn: 'Withdrawn', final: true },
    terminated: { labelZh: '终止法律援助', labelEn: 'Terminated', final: true },
    transferred: { labelZh: '已移送', labelEn: 'Transferred', final: true },
  },
  transitions: [
    // 第三十六条: a notice is assigned without any review.
    {
      name: 'noticeReceived',
      from: 'received',
      to: 'granted',
      permission: ['legalAid.notice.submit', 'legalAid.application.intake', 'legalAid.application.review'],
      guard: (c) => (isNotice(c) ? true : { zh: '仅通知辩护可直接进入待指派', en: 'Only a notice skips the review' }),
    },
    // 第四十三条第二款: one request for missing materials; no answer by the date → deemed withdrawn (job).
    { name: 'requestMaterials', from: 'received', to: 'correcting', permission: 'legalAid.application.review' },
    { name: 'submitMaterials', from: 'correcting', to: 'received', permission: 'legalAid.application.intake', allowCitizen: true },
    { name: 'deemWithdrawn', from: 'correcting', to: 'withdrawn', permission: 'legalAid.application.review', allowSystem: true },
    { name: 'withdraw', from: ['received', 'correcting'], to: 'withdrawn', permission: 'legalAid.application.intake', allowCitizen: true },
    { name: 'grant', from: 'received', to: 'granted', permission: 'legalAid.application.review' },
    { name: 'deny', from: 'received', to: 'denied', permission: 'legalAid.application.review' },
    // 第三十八条: the wrong centre transfers the case; the competent centre gets a new, linked case.
    { name: 'transfer', from: ['received', 'correcting', 'granted'], to: 'transferred', permission: 'legalAid.application.review' },
    // 第四十四条第二款: the paperwork of urgent aid completed afterwards.
    { name: 'completePaperwork', from: 'granted', to: 'granted', permission: 'legalAid.application.review' },
    { name: 'completePaperworkAssigned', from: 'assigned', to: 'assigned', permission: 'legalAid.application.review' },
    // AB: assignment within 3 days; replacement of the provider (第五十五条).
    { name: 'assign', from: 'granted', to: 'assigned', permission: 'legalAid.assignment.manage' },
    { name: 'reassign', from: 'assigned', to: 'assigned', permission: 'legalAid.assignment.manage' },
    // AC: closure report (第五十条) and termination (第四十八条, the centre decides).
    { name: 'close', from: 'assigned', to: 'closed', permission: ['legalAid.case.work', 'legalAid.assignment.manage'] },
    {
      name: 'terminate',
      from: ['granted', 'assigned'],
      to: 'terminated',
      permission: ['legalAid.application.review', 'legalAid.assignment.manage'],
    },
    // AC: 第四十九条 objection decided "order correction" (责令改正) reopens the case.
    { name: 'reopenReview', from: 'denied', to: 'received', permission: 'legalAid.objection.decide', allowSystem: true },
    { name: 'reopenAssignment', from: 'terminated', to: 'assigned', permission: 'legalAid.objection.decide', allowSystem: true },
  ],
  timers: {
    received: [
      {
        key: 'review',
        period: 'legalAid.review',
        anchor: 'enteredState',
        labelZh: '法律援助申请审查期限',
        labelEn: 'Review of the application',
        when: (c) => !isNotice(c),
      },
    ],
    granted: assignTimers,
  },
});
