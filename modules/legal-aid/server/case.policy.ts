import type { ScopedActor } from '@tianping/server/access/actor';
import type { CaseAbilities } from '../contract/case';
import type { CaseRow } from './case.repository';
import { lifeOrDeathMayBeStated, matterCarriesLifeOrDeath } from '../domain/life-or-death';

/**
 * Who may take which step on an aid case, from the actor's permissions and the case's state. The
 * presenter turns these into `abilities`; services check the same functions (the UI never re-derives).
 */
const has = (a: ScopedActor, p: string) => a.permissions.has(p);
const reviewer = (a: ScopedActor) => has(a, 'legalAid.application.review');
const inReview = (c: CaseRow) => c.state === 'received';
const finalStates = ['closed', 'denied', 'withdrawn', 'terminated', 'transferred'];

export const canGrant = (a: ScopedActor, c: CaseRow) => reviewer(a) && inReview(c) && c.origin !== 'notice';
export const canDeny = canGrant;
/** 第四十三条第二款: one request only. */
export const canRequestMaterials = (a: ScopedActor, c: CaseRow, alreadyRequested: boolean) => canGrant(a, c) && !alreadyRequested;
export const canRecordMaterials = (a: ScopedActor, c: CaseRow) => has(a, 'legalAid.application.intake') && c.state === 'correcting';
/** 第三十八条: applications under review; a notice sent to the wrong centre while it awaits assignment. */
export const canTransfer = (a: ScopedActor, c: CaseRow) =>
  reviewer(a) && (c.origin === 'notice' ? c.state === 'granted' : ['received', 'correcting'].includes(c.state));
export const canCompletePaperwork = (a: ScopedActor, c: CaseRow) =>
  reviewer(a) && c.urgent === 1 && c.paperworkCompletedOn === null && ['granted', 'assigned'].includes(c.state);
export const canVerifyHardship = (a: ScopedActor, c: CaseRow) =>
  reviewer(a) && ['received', 'correcting'].includes(c.state) && c.hardshipCheck !== 'exempt';
/** Staff in scope may add files while the case is open; the lawyer (case.work) while it is assigned. */
export const canStaffWriteCase = (a: ScopedActor, c: CaseRow) =>
  !finalStates.includes(c.state) &&
  (has(a, 'legalAid.application.intake') ||
    reviewer(a) ||
    has(a, 'legalAid.assignment.manage') ||
    (has(a, 'legalAid.case.work') && a.kind === 'staff' && c.assigneeUserId === a.userId));
/** The applicant adds files while the case is reviewed, awaits materials, or is being handled. */
export const canCitizenUpload = (c: CaseRow) => ['received', 'correcting', 'granted', 'assigned'].includes(c.state);
export const canCitizenWithdraw = (c: CaseRow) => ['received', 'correcting'].includes(c.state);

export function caseAbilities(a: ScopedActor, c: CaseRow, materialsRequested: boolean): CaseAbilities {
  return {
    canGrant: canGrant(a, c),
    canDeny: canDeny(a, c),
    canRequestMaterials: canRequestMaterials(a, c, materialsRequested),
    canRecordMaterials: canRecordMaterials(a, c),
    canTransfer: canTransfer(a, c),
    canCompletePaperwork: canCompletePaperwork(a, c),
    canVerifyHardship: canVerifyHardship(a, c),
    canSetLifeOrDeath: canGrant(a, c) && lifeOrDeathMayBeStated(c.matterKind) && !matterCarriesLifeOrDeath(c.matterKind),
    canAssign: has(a, 'legalAid.assignment.manage') && c.state === 'granted',
    canReveal: has(a, 'pii.value.reveal') && (has(a, 'legalAid.application.read') || has(a, 'legalAid.case.work')),
    canUpload: canStaffWriteCase(a, c),
  };
}
