import { defineWorkflow, type TimerDef, type WorkflowContext } from '@tianping/server/workflow/workflow.define';

/**
 * What every transition of a reconsideration case passes in its payload (case.workflow-payload.ts
 * builds it from the case row): timers and todo items are chosen from it.
 */
export interface ReconWorkflowPayload extends Record<string, unknown> {
  procedure: 'ordinary' | 'simplified' | null;
  handlerId: string | null;
  respondentOrgId: string | null;
  label: string;
}

const p = (c: WorkflowContext) => c.payload as ReconWorkflowPayload;
const url = (c: WorkflowContext) => `/workbench/reconsideration/cases/${c.instance.entityId}`;
const simplified = (c: WorkflowContext) => p(c).procedure === 'simplified';
const copySent = (c: WorkflowContext) => c.instance.events.sendCopy !== undefined;
const replied = (c: WorkflowContext) => c.instance.events.submitReply !== undefined;

/** 第六十二条: 60 days (ordinary) or 30 days (simplified) from acceptance, across handling, suspension and approval. */
const decisionTimers: TimerDef[] = [
  {
    key: 'decision',
    period: 'reconsideration.decisionOrdinary',
    anchor: 'accept',
    labelZh: '复议决定期限',
    labelEn: 'Decision period',
    when: (c) => !simplified(c),
  },
  {
    key: 'decisionSimplified',
    period: 'reconsideration.decisionSimplified',
    anchor: 'accept',
    labelZh: '复议决定期限（简易程序）',
    labelEn: 'Decision period (simplified)',
    when: simplified,
  },
];

/** 第四十八条 / 第五十四条: copy within 7 (3) working days of acceptance; reply within 10 (5) of receipt. */
const respondentTimers: TimerDef[] = [
  {
    key: 'copy',
    period: 'reconsideration.copyToRespondent',
    anchor: 'accept',
    labelZh: '发送申请书副本期限',
    labelEn: 'Copy to the respondent',
    when: (c) => !simplified(c) && !copySent(c),
  },
  {
    key: 'copySimplified',
    period: 'reconsideration.simplifiedCopyToRespondent',
    anchor: 'accept',
    labelZh: '发送申请书副本期限（简易程序）',
    labelEn: 'Copy to the respondent (simplified)',
    when: (c) => simplified(c) && !copySent(c),
  },
  {
    key: 'reply',
    period: 'reconsideration.respondentReply',
    anchor: 'sendCopy',
    labelZh: '被申请人答复期限',
    labelEn: 'Respondent reply',
    when: (c) => !simplified(c) && copySent(c) && !replied(c),
  },
  {
    key: 'replySimplified',
    period: 'reconsideration.simplifiedRespondentReply',
    anchor: 'sendCopy',
    labelZh: '被申请人答复期限（简易程序）',
    labelEn: 'Respondent reply (simplified)',
    when: (c) => simplified(c) && copySent(c) && !replied(c),
  },
];

/**
 * The lifecycle of a reconsideration case (行政复议法 2023). States are the contract's
 * `caseStates`; procedural steps inside `accepted` (copy, reply, hearings, consultation,
 * extension, procedure conversion) are self-transitions so that timers and todo items follow them.
 */
export const reconCaseWorkflow = defineWorkflow({
  id: 'reconsideration.case',
  entityType: 'reconCase',
  initial: 'received',
  states: {
    received: {
      labelZh: '待审查',
      labelEn: 'Awaiting acceptance review',
      todo: (c) => ({
        assignee: { orgId: c.instance.orgId },
        titleZh: `受理审查：${p(c).label}`,
        titleEn: `Acceptance review: ${p(c).label}`,
        url: url(c),
      }),
    },
    correcting: { labelZh: '补正中', labelEn: 'Awaiting correction' },
    accepted: {
      labelZh: '审理中',
      labelEn: 'Being handled',
      todo: (c) => {
        const { handlerId, respondentOrgId, label } = p(c);
        const handler = {
          assignee: handlerId ? { userId: handlerId } : { orgId: c.instance.orgId },
          titleZh: `审理：${label}`,
          titleEn: `Handle: ${label}`,
          url: url(c),
        };
        if (!respondentOrgId || !copySent(c) || replied(c)) return handler;
        const agency = {
          assignee: { orgId: respondentOrgId },
          titleZh: `行政复议答复：${label}`,
          titleEn: `Reply to reconsideration: ${label}`,
          url: url(c),
        };
        return [handler, agency];
      },
    },
    suspended: { labelZh: '中止', labelEn: 'Suspended' },
    deciding: {
      labelZh: '决定审批中',
      labelEn: 'Decision being approved',
      todo: (c) => ({
        assignee: { orgId: c.instance.orgId },
        titleZh: `审批复议决定：${p(c).label}`,
        titleEn: `Approve decision: ${p(c).label}`,
        url: url(c),
      }),
    },
    decided: { labelZh: '已决定', labelEn: 'Decided', final: true },
    mediated: { labelZh: '调解结案', labelEn: 'Settled by mediation', final: true },
    terminated: { labelZh: '终止', labelEn: 'Terminated', final: true },
    rejected: { labelZh: '不予受理', labelEn: 'Not accepted', final: true },
    abandoned: { labelZh: '视为放弃申请', labelEn: 'Deemed abandoned', final: true },
    dismissed: { labelZh: '驳回申请', labelEn: 'Application dismissed', final: true },
    transferred: { labelZh: '已告知有管辖权机关', labelEn: 'Referred to the competent body', final: true },
  },
  transitions: [
    { name: 'requestCorrection', from: 'received', to: 'correcting', permission: 'reconsideration.case.accept' },
    { name: 'submitCorrection', from: 'correcting', to: 'received', permission: 'reconsideration.case.intake', allowCitizen: true },
    { name: 'abandon', from: 'correcting', to: 'abandoned', permission: 'reconsideration.case.accept', allowSystem: true },
    // 第三十条第二款: a review period that lapses without a decision is deemed acceptance (the job fires it).
    { name: 'accept', from: 'received', to: 'accepted', permission: 'reconsideration.case.accept', allowSystem: true },
    { name: 'reject', from: 'received', to: 'rejected', permission: 'reconsideration.case.accept' },
    { name: 'transfer', from: 'received', to: 'transferred', permission: 'reconsideration.case.accept' },
    { name: 'convertProcedure', from: 'accepted', to: 'accepted', permission: 'reconsideration.decision.review' },
    { name: 'assignHandler', from: 'accepted', to: 'accepted', permission: 'reconsideration.case.handle' },
    { name: 'sendCopy', from: 'accepted', to: 'accepted', permission: 'reconsideration.case.handle' },
    { name: 'submitReply', from: 'accepted', to: 'accepted', permission: 'reconsideration.reply.submit' },
    { name: 'suspend', from: 'accepted', to: 'suspended', permission: 'reconsideration.case.handle' },
    { name: 'resume', from: 'suspended', to: 'accepted', permission: 'reconsideration.case.handle' },
    { name: 'terminate', from: ['accepted', 'suspended'], to: 'terminated', permission: 'reconsideration.case.handle' },
    {
      name: 'withdraw',
      from: ['received', 'correcting', 'accepted', 'suspended'],
      to: 'terminated',
      permission: 'reconsideration.case.handle',
    },
    { name: 'dismiss', from: 'accepted', to: 'dismissed', permission: 'reconsideration.case.handle' },
    { name: 'mediate', from: 'accepted', to: 'mediated', permission: 'reconsideration.case.handle' },
    { name: 'submitDecision', from: 'accepted', to: 'deciding', permission: 'reconsideration.decision.draft' },
    // Either approver may send a draft back (第六十一条: the office head or the authority head).
    {
      name: 'returnDecision',
      from: 'deciding',
      to: 'accepted',
      permission: ['reconsideration.decision.review', 'reconsideration.decision.approve'],
    },
    { name: 'issueDecision', from: 'deciding', to: 'decided', permission: 'reconsideration.decision.approve' },
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
    correcting: [
      {
        key: 'correction',
        period: 'reconsideration.correctionSubmission',
        anchor: 'enteredState',
        labelZh: '补正期限',
        labelEn: 'Correction period',
      },
    ],
    accepted: [...decisionTimers, ...respondentTimers],
    suspended: [...decisionTimers, ...respondentTimers],
    deciding: decisionTimers,
  },
});
