import { describe, expect, it } from 'vitest';
import { consentOutcome, consentSummary, recordConsent, type ConsentParty } from './consent';

const parties = (...states: ConsentParty['consent'][]): ConsentParty[] => states.map((consent, i) => ({ id: `p${i + 1}`, consent }));

describe('consent to mediation (人民调解法 第十七条)', () => {
  it('collects answers until every party has consented', () => {
    const first = recordConsent(parties('pending', 'pending'), 'p1', 'given');
    expect(first).toMatchObject({ ok: true, changed: true, outcome: 'collecting' });
    if (!first.ok) throw new Error('unreachable');
    const second = recordConsent(first.parties, 'p2', 'given');
    expect(second).toMatchObject({ ok: true, changed: true, outcome: 'allGiven' });
  });

  it('one clear refusal ends the consent round as refused, whatever the others said', () => {
    expect(recordConsent(parties('given', 'pending'), 'p2', 'refused')).toMatchObject({ ok: true, outcome: 'refused' });
    expect(recordConsent(parties('pending', 'pending', 'pending'), 'p1', 'refused')).toMatchObject({ ok: true, outcome: 'refused' });
  });

  it('refuses the opposite answer once one is recorded, on the field `answer`', () => {
    expect(recordConsent(parties('given', 'pending'), 'p1', 'refused')).toEqual({
      ok: false,
      code: 'MED_CONSENT_ALREADY_RECORDED',
      field: 'answer',
    });
    expect(recordConsent(parties('refused', 'pending'), 'p1', 'given')).toMatchObject({ ok: false, code: 'MED_CONSENT_ALREADY_RECORDED' });
  });

  it('the same answer twice is an idempotent retry that changes nothing', () => {
    const res = recordConsent(parties('given', 'pending'), 'p1', 'given');
    expect(res).toMatchObject({ ok: true, changed: false, outcome: 'collecting' });
  });

  it('an unknown party is reported on `partyId`', () => {
    expect(recordConsent(parties('pending'), 'nobody', 'given')).toEqual({ ok: false, code: 'MED_PARTY_UNKNOWN', field: 'partyId' });
  });

  it('outcome and summary of a whole case', () => {
    expect(consentOutcome([])).toBe('collecting');
    expect(consentOutcome(parties('given', 'given', 'given'))).toBe('allGiven');
    expect(consentSummary(parties('given', 'refused', 'pending', 'pending'))).toEqual({ given: 1, refused: 1, pending: 2 });
  });
});
