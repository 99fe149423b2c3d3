import type { ConsentAnswer, ConsentState } from '../contract/enums';

/**
 * Consent to people's mediation (人民调解法 第十七条): a committee mediates on the parties' request
 * or on its own initiative, but not where a party clearly refuses. Every party answers; all given →
 * mediation starts; one clear refusal → the case ends with a written notice of the other channels
 * (第二十六条: arbitration, administrative channels, the courts). An answer once recorded stands:
 * the opposite answer cannot overwrite it (a party who changes their mind after a refusal makes a
 * new request; one who withdraws consent later ends the mediation by 第二十三条 — MC's withdrawal).
 * Pure: returns the rule broken (code + field) instead of throwing.
 */

export interface ConsentParty {
  id: string;
  consent: ConsentState;
}

/** What the case becomes after an answer: still collecting, ready to mediate, or refused. */
export type ConsentOutcome = 'collecting' | 'allGiven' | 'refused';

export type ConsentDecision =
  | { ok: true; changed: boolean; parties: ConsentParty[]; outcome: ConsentOutcome }
  | { ok: false; code: 'MED_PARTY_UNKNOWN' | 'MED_CONSENT_ALREADY_RECORDED'; field: string };

/** The state consent puts a case in, from every party's answer. */
export function consentOutcome(parties: readonly ConsentParty[]): ConsentOutcome {
  if (parties.some((p) => p.consent === 'refused')) return 'refused';
  if (parties.length > 0 && parties.every((p) => p.consent === 'given')) return 'allGiven';
  return 'collecting';
}

/**
 * Records `answer` for party `partyId`. The same answer again changes nothing (an idempotent retry);
 * the opposite answer is refused with `MED_CONSENT_ALREADY_RECORDED` on `answer`.
 */
export function recordConsent(parties: readonly ConsentParty[], partyId: string, answer: ConsentAnswer): ConsentDecision {
  const party = parties.find((p) => p.id === partyId);
  if (!party) return { ok: false, code: 'MED_PARTY_UNKNOWN', field: 'partyId' };
  if (party.consent === answer) return { ok: true, changed: false, parties: [...parties], outcome: consentOutcome(parties) };
  if (party.consent !== 'pending') return { ok: false, code: 'MED_CONSENT_ALREADY_RECORDED', field: 'answer' };
  const next = parties.map((p) => (p.id === partyId ? { ...p, consent: answer as ConsentState } : p));
  return { ok: true, changed: true, parties: next, outcome: consentOutcome(next) };
}

/** Counts for the detail page. */
export function consentSummary(parties: readonly ConsentParty[]) {
  return {
    given: parties.filter((p) => p.consent === 'given').length,
    refused: parties.filter((p) => p.consent === 'refused').length,
    pending: parties.filter((p) => p.consent === 'pending').length,
  };
}
