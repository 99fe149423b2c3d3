import type { ScopedActor } from '@tianping/server/access/actor';
import type { TimerRow } from '@tianping/server/workflow/workflow.repository';
import { suspensionGroundLabels, terminationGroundLabels, type SuspensionGround, type TerminationGround } from '../contract/decision-enums';
import type { CaseState, Procedure } from '../contract/enums';
import type { HandlingAbilities, HandlingView } from '../contract/handling';
import type { CaseRow } from './case.repository';
import type { ReconSettings } from './handling-settings';
import type { HandlingRows, HearingRow, ReplyRow } from './handling.repository';

/** 第七十条: what an overdue reply means for the decision. */
export const overdueReplyConsequence = {
  zh: '被申请人逾期未提出书面答复、提交作出行政行为的证据、依据和其他有关材料的，视为该行政行为没有证据、依据',
  en: 'A respondent that does not reply with the evidence and basis in time is deemed to have no evidence or basis for the act',
  article: '行政复议法 第七十条',
};

const withdrawalNote = {
  zh: '准予撤回后，申请人不得再以同一事实和理由提出行政复议申请，但能够证明撤回违背其真实意愿的除外',
  en: 'Once withdrawal is granted the applicant may not apply again on the same facts and reasons, unless the withdrawal was against their true will',
  article: '行政复议法 第七十四条第二款',
};

const withdrawable: readonly string[] = ['received', 'correcting', 'accepted', 'suspended'];

interface Input {
  c: CaseRow;
  rows: HandlingRows;
  settings: ReconSettings;
  timers: TimerRow[];
  actor: ScopedActor;
  /** The actor answers for the respondent organisation (reply.submit over it). */
  isRespondent: boolean;
  handlerName: string | null;
  today: string;
}

function replyOverdue(r: ReplyRow, today: string) {
  return r.repliedOn ? r.repliedOn > r.replyDueOn : today > r.replyDueOn;
}

function presentHearing(h: HearingRow): HandlingView['hearings'][number] {
  const panel = JSON.parse(h.panel) as { presiding?: string; officers?: string[]; clerk?: string; matters?: string; way?: string };
  return {
    id: h.id,
    kind: h.kind as 'opinion' | 'hearing',
    scheduledOn: h.scheduledOn,
    noticeOn: h.noticeOn,
    place: h.place,
    way: (panel.way as 'inPerson' | 'online' | 'phone' | undefined) ?? null,
    matters: panel.matters ?? null,
    panel: h.kind === 'hearing' ? { presiding: panel.presiding ?? '', officers: panel.officers ?? [], clerk: panel.clerk ?? '' } : null,
    heldOn: h.heldOn,
    record: h.record,
  };
}

export function handlingAbilities(input: Input): HandlingAbilities {
  const { c, rows, actor, isRespondent } = input;
  const can = (p: string) => actor.permissions.has(`reconsideration.${p}`);
  const handle = can('case.handle');
  const accepted = c.state === 'accepted';
  const reply = rows.replies[0];
  return {
    canAssignHandler: handle && (accepted || c.state === 'suspended'),
    canConvertProcedure: can('decision.review') && accepted && c.procedure === 'simplified',
    canSendCopy: handle && accepted && !reply,
    canReply: isRespondent && accepted && !!reply && !reply.repliedOn,
    canScheduleHearing: handle && accepted,
    canRecordHearing: handle && accepted && rows.hearings.some((h) => !h.heldOn),
    canRequestConsultation: handle && accepted,
    canRecordConsultation: handle && accepted && rows.consultations.some((x) => !x.recordedOn),
    canSuspend: handle && accepted,
    canResume: handle && c.state === 'suspended',
    canTerminate: handle && (accepted || c.state === 'suspended'),
    canWithdraw: handle && withdrawable.includes(c.state),
    canDismiss: handle && accepted,
    canMediate: handle && accepted,
  };
}

export function presentHandling(input: Input): HandlingView {
  const { c, rows, settings, timers, today } = input;
  // After a procedure conversion the ordinary copy timer (opened last) is the one that applies.
  const copyTimer = timers.filter((t) => t.key === 'copy' || t.key === 'copySimplified').at(-1);
  const replies = rows.replies.map((r) => ({
    id: r.id,
    copySentOn: r.copySentOn,
    copyReceivedOn: r.copyReceivedOn,
    copyDueOn: copyTimer?.dueDate ?? null,
    copyLate: copyTimer ? r.copySentOn > copyTimer.dueDate : false,
    replyDueOn: r.replyDueOn,
    repliedOn: r.repliedOn,
    replyText: r.replyText,
    evidenceAttachmentIds: JSON.parse(r.evidenceAttachmentIds) as string[],
  }));
  const reply = rows.replies[0];
  // A closed case is judged as of its closing day: a reply not due by then was never overdue.
  const overdue = reply ? replyOverdue(reply, c.closedOn ?? today) : false;
  const status = !reply ? 'copyNotSent' : reply.repliedOn ? (overdue ? 'repliedLate' : 'replied') : overdue ? 'overdue' : 'awaiting';
  const withdrawal = rows.withdrawals.at(-1);
  const closure = rows.closures.at(-1);
  return {
    caseId: c.id,
    state: c.state as CaseState,
    procedure: (c.procedure as Procedure | null) ?? null,
    acceptedOn: c.acceptedOn,
    decisionDueOn: c.decisionDueOn,
    handlerId: c.handlerId,
    handlerName: input.handlerName,
    closedOn: c.closedOn,
    outcome: c.outcome,
    replies,
    respondentReply: { status, dueOn: reply?.replyDueOn ?? null, overdue, consequence: overdue ? overdueReplyConsequence : null },
    hearings: rows.hearings.map(presentHearing),
    // The committee's deliberation is internal to the authority: a respondent agency (reply.submit only) does not see it.
    consultations: (input.actor.permissions.has('reconsideration.case.read') ? rows.consultations : []).map((x) => ({
      id: x.id,
      requestedOn: x.requestedOn,
      reason: x.reason,
      opinions: JSON.parse(x.opinions) as { member: string; opinion: string }[],
      conclusion: x.conclusion,
      recordedOn: x.recordedOn,
    })),
    suspensions: rows.suspensions.map((s) => {
      const label = suspensionGroundLabels[s.ground as SuspensionGround];
      return {
        id: s.id,
        ground: s.ground as SuspensionGround,
        groundLabel: { zh: label.zh, en: label.en, article: label.article },
        reason: s.reason,
        suspendedOn: s.suspendedOn,
        terminationDueOn: s.terminationDueOn,
        resumedOn: s.resumedOn,
        resumeReason: s.resumeReason,
        excludedFromPeriod: s.excludedFromPeriod === 1,
      };
    }),
    withdrawal: withdrawal
      ? {
          id: withdrawal.id,
          source: withdrawal.source as 'citizen' | 'staff',
          reason: withdrawal.reason,
          requestedOn: withdrawal.requestedOn,
          status: withdrawal.status as 'pending' | 'approved',
          approvedOn: withdrawal.approvedOn,
          approvalReason: withdrawal.approvalReason,
          barsReapplication: withdrawal.barsReapplication === 1,
          note: withdrawal.status === 'approved' ? withdrawalNote : null,
        }
      : null,
    closure: closure
      ? {
          kind: closure.kind as 'terminated' | 'dismissed' | 'mediated' | 'withdrawn',
          ground: closure.ground,
          groundLabel: closure.ground ? (terminationGroundLabels[closure.ground as TerminationGround] ?? null) : null,
          reason: closure.reason,
          agreement: closure.agreement,
          closedOn: closure.closedOn,
          documentAttachmentId: closure.documentAttachmentId,
        }
      : null,
    mediation:
      closure?.kind === 'mediated'
        ? { agreement: closure.agreement ?? '', signedOn: closure.closedOn, documentAttachmentId: closure.documentAttachmentId }
        : null,
    localRules: settings,
    abilities: handlingAbilities(input),
  };
}
