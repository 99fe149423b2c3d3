import type { ScopedActor } from '@tianping/server/access/actor';
import type { DecisionAbilities, DraftStatus } from '../contract/decision';
import type { CaseRow } from './case.repository';
import type { ApprovalRow, DecisionRow } from './decision.repository';

/**
 * Object rules of the decision stage (行政复议法 第六十一条、第六十二条、第七十六条、第七十九条): what
 * the actor may do with a case they can already see. The UI shows buttons from these booleans.
 */

const can = (actor: ScopedActor, key: string) => actor.permissions.has(key);

export const decisionAccess = {
  read: { anyOf: ['reconsideration.case.read', 'reconsideration.reply.submit'] },
  draft: 'reconsideration.decision.draft',
  review: 'reconsideration.decision.review',
  approve: 'reconsideration.decision.approve',
  handle: 'reconsideration.case.handle',
} as const;

/** The states in which the decision timer runs (accepted, suspended, deciding). */
export const clockRunningStates = ['accepted', 'suspended', 'deciding'] as const;

/** Drafts not yet issued: at most one per case. */
export const openDraftStatuses: readonly DraftStatus[] = ['draft', 'submitted', 'officeApproved', 'approved', 'returned'];
export const editableDraftStatuses: readonly DraftStatus[] = ['draft', 'returned'];

/** 第六十二条第一款: 30 days in total. */
export const maxExtensionDays = 30;

export function actorIdentity(actor: ScopedActor): { id: string; name: string } {
  return actor.kind === 'staff' ? { id: actor.userId, name: actor.displayName } : { id: actor.tokenId, name: actor.name };
}

/** The approvals of the current round: those after the latest submission (step `handler`). */
export function currentRound(approvals: readonly ApprovalRow[]): ApprovalRow[] {
  let start = 0;
  approvals.forEach((a, i) => {
    if (a.step === 'handler') start = i;
  });
  return approvals.slice(start);
}

/** 分级审批: whoever took a step of the current round may not take another. */
export function tookPartInRound(actor: ScopedActor, approvals: readonly ApprovalRow[]): boolean {
  const me = actorIdentity(actor).id;
  return currentRound(approvals).some((a) => a.actorId === me);
}

export function canExtend(actor: ScopedActor, c: CaseRow): boolean {
  return (
    can(actor, decisionAccess.review) &&
    c.procedure === 'ordinary' &&
    (clockRunningStates as readonly string[]).includes(c.state) &&
    c.extensionDays < maxExtensionDays
  );
}

export function canIssueLetter(actor: ScopedActor, c: CaseRow): boolean {
  return can(actor, decisionAccess.review) && c.acceptedOn !== null;
}

export function canRecordLetterReport(actor: ScopedActor): boolean {
  return can(actor, decisionAccess.handle) || can(actor, decisionAccess.review);
}

export function decisionAbilities(
  actor: ScopedActor,
  c: CaseRow,
  current: DecisionRow | undefined,
  approvals: readonly ApprovalRow[],
  published: boolean,
): DecisionAbilities {
  const status = current?.status as DraftStatus | undefined;
  const fresh = !tookPartInRound(actor, approvals);
  const deciding = c.state === 'deciding';
  return {
    canExtend: canExtend(actor, c),
    canDraft: can(actor, decisionAccess.draft) && c.state === 'accepted' && (!current || current.status === 'issued'),
    canEditDraft: can(actor, decisionAccess.draft) && status !== undefined && editableDraftStatuses.includes(status),
    canSubmit: can(actor, decisionAccess.draft) && c.state === 'accepted' && status !== undefined && editableDraftStatuses.includes(status),
    canReviewAsOfficeHead: can(actor, decisionAccess.review) && deciding && status === 'submitted' && fresh,
    canApproveAsAuthority: can(actor, decisionAccess.approve) && deciding && status === 'officeApproved' && fresh,
    // Returning moves the case back to handling, a step of the office (workflow `returnDecision`).
    canReturn: can(actor, decisionAccess.review) && deciding && (status === 'submitted' || status === 'officeApproved') && fresh,
    canIssue: can(actor, decisionAccess.approve) && deciding && status === 'approved',
    canPublish: can(actor, decisionAccess.review) && status === 'issued' && !published,
    canIssueOpinionLetter: canIssueLetter(actor, c),
  };
}
