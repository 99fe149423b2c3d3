import {
  deadlineStatus,
  diffDays,
  explain,
  getStatutoryPeriod,
  parseLocalDate,
  type DeadlineResult,
  type Extension,
  type HolidayCalendar,
  type LocalDate,
} from '@tianping/common/calendar/index';
import type { TimerRow } from '@tianping/server/workflow/workflow.repository';
import type { StoredSuspension } from '@tianping/server/workflow/timer-deadline';
import type { DecisionClock, DraftStatus, DraftView, LetterKind, LetterView } from '../contract/decision';
import { approvalStepLabels, decisionTypeLabels, type ApprovalStep, type DecisionType } from '../contract/decision-enums';
import type { Procedure } from '../contract/enums';
import type { CaseRow } from './case.repository';
import type { ApprovalRow, DecisionRow, LetterRow } from './decision.repository';
import { currentRound, maxExtensionDays } from './decision.policy';

/** Rows of the decision stage → views (contract/decision.ts). */

export const decisionTimerKeys = ['decision', 'decisionSimplified'] as const;

/** The decision timer of the case: the latest one opened (a procedure conversion may have replaced it). */
export function decisionTimerOf(timers: readonly TimerRow[]): TimerRow | undefined {
  return timers.filter((t) => (decisionTimerKeys as readonly string[]).includes(t.key)).at(-1);
}

function suspensionRule(timer: TimerRow): DecisionClock['suspensionRule'] {
  const entry = getStatutoryPeriod('reconsideration.decisionOrdinary').excludable?.find((e) => e.kind === 'suspension');
  const suspensions = JSON.parse(timer.suspensions) as StoredSuspension[];
  const days = suspensions.reduce((n, s) => n + (s.to ? diffDays(parseLocalDate(s.from), parseLocalDate(s.to)) + 1 : 0), 0);
  const note = entry && 'unverified' in entry && entry.unverified ? entry.unverified : { zh: '', en: '' };
  return {
    zh: `${note.zh} 本案已扣除中止期间${days}日${suspensions.some((s) => s.to === null) ? '，目前处于中止状态，期限暂停计算' : ''}。`.trim(),
    en: `${note.en} Suspended days excluded in this case: ${days}${suspensions.some((s) => s.to === null) ? '; the case is suspended and the clock is stopped' : ''}.`.trim(),
  };
}

export function presentClock(c: CaseRow, timer: TimerRow | undefined, today: LocalDate, calendar: HolidayCalendar): DecisionClock | null {
  if (!timer || !c.acceptedOn || !c.procedure) return null;
  const result = JSON.parse(timer.explanation) as DeadlineResult;
  const extensions = JSON.parse(timer.extensions) as Extension[];
  const reference = timer.status === 'closed' && c.closedOn ? parseLocalDate(c.closedOn) : today;
  const status = deadlineStatus(parseLocalDate(timer.dueDate), reference, calendar);
  const procedure = c.procedure as Procedure;
  return {
    procedure,
    acceptedOn: c.acceptedOn,
    dueOn: timer.dueDate,
    extensionDays: c.extensionDays,
    extensionDaysLeft: procedure === 'ordinary' ? Math.max(0, maxExtensionDays - c.extensionDays) : 0,
    extensions: extensions.map((e) => ({ days: e.amount, approvedOn: e.approvedOn })),
    timerStatus: timer.status,
    // A stopped clock (中止) is not escalated, and a case closed in time is not "due soon": only lateness matters then.
    status: timer.status === 'suspended' || (timer.status === 'closed' && status.status === 'dueSoon') ? 'normal' : status.status,
    remainingDays: status.remainingDays,
    explanation: { zh: explain(result, 'zh'), en: explain(result, 'en') },
    article: procedure === 'ordinary' ? '行政复议法 第六十二条第一款' : '行政复议法 第六十二条第二款',
    suspensionRule: suspensionRule(timer),
  };
}

function presentApproval(a: ApprovalRow) {
  const step = a.step as ApprovalStep;
  const label = approvalStepLabels[step];
  return {
    step,
    stepLabel: { zh: label.zh, en: label.en },
    verdict: a.verdict as 'approve' | 'return',
    comment: a.comment,
    actorName: a.actorName,
    at: a.at,
  };
}

export function presentDraft(d: DecisionRow, approvals: readonly ApprovalRow[], published: boolean): DraftView {
  const type = d.decisionType as DecisionType;
  const label = decisionTypeLabels[type];
  const mine = approvals.filter((a) => a.decisionId === d.id);
  return {
    id: d.id,
    decisionType: type,
    label: { zh: label.zh, en: label.en },
    article: label.article ?? '',
    withCompensation: d.withCompensation === 1,
    reasoning: d.reasoning,
    operativeDetails: d.operativeDetails,
    approvalRoute: d.approvalRoute as DraftView['approvalRoute'],
    basedOnHearingRecord: d.basedOnHearingRecord === 1,
    status: d.status as DraftStatus,
    version: d.version,
    approvals: d.status === 'draft' || d.status === 'returned' ? [] : currentRound(mine).map(presentApproval),
    history: mine.map(presentApproval),
    issuedOn: d.issuedOn,
    published,
    document: d.documentAttachmentId ? { attachmentId: d.documentAttachmentId } : null,
  };
}

const letterLabels: Record<LetterKind, { zh: string; en: string }> = {
  opinion: { zh: '行政复议意见书', en: 'Opinion letter' },
  suggestion: { zh: '行政复议建议书', en: 'Suggestion letter' },
};

export function presentLetter(l: LetterRow, today: LocalDate, canRecordReport: boolean): LetterView {
  const kind = l.kind as LetterKind;
  const status: LetterView['status'] =
    l.reportDueOn === null ? 'none' : l.reportedOn ? 'reported' : l.reportDueOn < today ? 'overdue' : 'awaitingReport';
  return {
    id: l.id,
    kind,
    label: letterLabels[kind],
    recipientOrgId: l.recipientOrgId,
    recipientName: l.recipientName,
    content: l.content,
    issuedOn: l.issuedOn,
    reportDueOn: l.reportDueOn,
    reportedOn: l.reportedOn,
    reportContent: l.reportContent,
    status,
    document: l.documentAttachmentId ? { attachmentId: l.documentAttachmentId } : null,
    canRecordReport: canRecordReport && status !== 'none' && status !== 'reported',
  };
}

/** Audit snapshot of a draft (the reasoning is long and may name people: its length only). */
export function draftAuditSnapshot(d: Pick<DecisionRow, 'decisionType' | 'withCompensation' | 'approvalRoute' | 'status' | 'reasoning'>) {
  return {
    decisionType: d.decisionType,
    withCompensation: d.withCompensation,
    approvalRoute: d.approvalRoute,
    status: d.status,
    reasoningLength: d.reasoning.length,
  };
}
