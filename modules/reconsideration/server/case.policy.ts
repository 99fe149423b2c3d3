import type { CitizenActor, ScopedActor } from '@tianping/server/access/actor';
import { closedCaseStates } from '../contract/enums';
import type { CaseAbilities } from '../contract/intake';
import type { CaseRow } from './case.repository';

/**
 * Object rules of intake and acceptance: what the actor may do with a case they can already see
 * (the scope is in `caseScope`). The UI shows buttons from these booleans and never re-derives them.
 */
const can = (actor: ScopedActor, key: string) => actor.permissions.has(key);

export const intakeStates = ['received', 'correcting'] as const;

export function isClosed(c: CaseRow): boolean {
  return c.closedOn !== null || (closedCaseStates as readonly string[]).includes(c.state);
}

export function caseAbilities(actor: ScopedActor, c: CaseRow): CaseAbilities {
  const reviewer = can(actor, 'reconsideration.case.accept');
  return {
    canAccept: reviewer && c.state === 'received',
    canReject: reviewer && c.state === 'received',
    canRequestCorrection: reviewer && c.state === 'received',
    canExtendCorrection: reviewer && c.state === 'correcting',
    canRecordCorrection: can(actor, 'reconsideration.case.intake') && c.state === 'correcting',
    canReveal: can(actor, 'pii.value.reveal') && can(actor, 'reconsideration.case.read'),
    canUpload: canStaffWriteCase(actor, c),
  };
}

/**
 * Staff who record or handle cases may add files to an open case of their scope; the respondent
 * agency (the case is in its scope only as respondent) adds its evidence while the case is handled
 * (第四十八条: 提出书面答复，并提交作出行政行为的证据、依据).
 */
export function canStaffWriteCase(actor: ScopedActor, c: CaseRow): boolean {
  if (isClosed(c)) return false;
  if (can(actor, 'reconsideration.case.intake') || can(actor, 'reconsideration.case.handle')) return true;
  return can(actor, 'reconsideration.reply.submit') && c.respondentOrgId !== null && ['accepted', 'suspended'].includes(c.state);
}

/** The applicant adds files while the application is reviewed or being corrected. */
export function canCitizenUpload(actor: CitizenActor, c: CaseRow): boolean {
  return c.applicantCitizenId === actor.citizenId && (intakeStates as readonly string[]).includes(c.state);
}

export function citizenAbilities(actor: CitizenActor, c: CaseRow) {
  return {
    canCorrect: c.applicantCitizenId === actor.citizenId && c.state === 'correcting',
    canUpload: canCitizenUpload(actor, c),
    // 第七十四条: the applicant may withdraw before the decision (the withdrawal itself is another use case).
    canWithdraw: ['received', 'correcting', 'accepted', 'suspended'].includes(c.state),
    canRate: c.closedOn !== null && c.satisfaction === null,
  };
}
