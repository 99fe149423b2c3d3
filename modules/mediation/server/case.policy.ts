import type { CitizenActor, ScopedActor } from '@tianping/server/access/actor';
import { closedCaseStates } from '../contract/enums';
import type { CaseAbilities } from '../contract/case';
import type { CaseRow, PartyRow } from './case.repository';

/**
 * Object rules of intake, acceptance and consent: what the actor may do with a case they can
 * already see (the scope is in `caseScope`). The UI shows buttons from these booleans and never
 * re-derives them.
 */
const can = (actor: ScopedActor, key: string) => actor.permissions.has(key);

export function isClosed(c: CaseRow): boolean {
  return c.closedOn !== null || (closedCaseStates as readonly string[]).includes(c.state);
}

export function caseAbilities(actor: ScopedActor, c: CaseRow): CaseAbilities {
  const intake = can(actor, 'mediation.case.intake');
  const handle = can(actor, 'mediation.case.handle');
  const open = !isClosed(c);
  return {
    canAccept: intake && c.state === 'received',
    canDecline: intake && c.state === 'received',
    canDesignate: (intake || handle) && ['accepted', 'mediating'].includes(c.state),
    canRecuse: (intake || handle) && ['accepted', 'mediating'].includes(c.state) && c.mediatorId !== null,
    canRecordConsent: handle && c.state === 'accepted',
    canReveal: can(actor, 'pii.value.reveal') && can(actor, 'mediation.case.read'),
    canUpload: open && canStaffWriteCase(actor, c),
    canHandle: handle && c.state === 'mediating',
  };
}

/** Staff who register or handle cases may add files to an open case of their scope. */
export function canStaffWriteCase(actor: ScopedActor, c: CaseRow): boolean {
  if (isClosed(c)) return false;
  return can(actor, 'mediation.case.intake') || can(actor, 'mediation.case.handle');
}

/**
 * The citizen's own party row on the case (they answer consent only for it): the row of their
 * account, else a row without an account that has their mobile (`phoneIndex` of the account).
 */
export function ownParty(actor: CitizenActor, parties: readonly PartyRow[], phoneIndex: string | null = null): PartyRow | undefined {
  return (
    parties.find((p) => p.citizenId === actor.citizenId) ??
    (phoneIndex ? parties.find((p) => p.citizenId === null && p.phoneIndex === phoneIndex) : undefined)
  );
}

/** The citizen adds files (evidence, photos) while the case is open. */
export function canCitizenUpload(c: CaseRow): boolean {
  return !isClosed(c);
}

export function citizenAbilities(actor: CitizenActor, c: CaseRow, parties: readonly PartyRow[], phoneIndex: string | null = null) {
  const me = ownParty(actor, parties, phoneIndex);
  return {
    canConsent: c.state === 'accepted' && me !== undefined && me.consent === 'pending',
    canUpload: canCitizenUpload(c),
  };
}
