import { describe, expect, it } from 'vitest';
import {
  agreementCopies,
  checkSignatures,
  isAgreementBreach,
  missingContent,
  oralAgreementEffectiveOn,
  type AgreementContents,
} from './agreement';

const parties = [
  { id: 'a', name: '张三', particularsComplete: true },
  { id: 'r', name: '李四', particularsComplete: true },
];
const contents: AgreementContents = {
  facts: '邻里排水纠纷',
  disputedMatters: '排水沟改道',
  responsibilities: '李四负主要责任',
  terms: '李四于十日内改道排水沟',
  performanceManner: '自行施工',
  performanceDueOn: '2025-03-20',
};
const mediator = { name: '王调解', signedOn: '2025-03-10', committeeSeal: true };
const base = { parties, reachedOn: '2025-03-09', today: '2025-03-12', mediator };

describe('第二十九条第一款 contents', () => {
  it('complete → null', () => expect(missingContent(contents, parties)).toBeNull());
  it.each(['facts', 'disputedMatters', 'responsibilities', 'terms', 'performanceManner', 'performanceDueOn'] as const)(
    'missing %s → MED_AGREEMENT_CONTENTS_MISSING on that field',
    (key) => {
      expect(missingContent({ ...contents, [key]: '  ' }, parties)).toEqual({ code: 'MED_AGREEMENT_CONTENTS_MISSING', field: key });
    },
  );
  it('a party without complete particulars → field parties', () => {
    expect(missingContent(contents, [parties[0]!, { id: 'r', name: '李四', particularsComplete: false }])).toMatchObject({
      field: 'parties',
      detail: '李四',
    });
  });
});

describe('第二十九条第二款 signatures', () => {
  it('every party and the mediator with the seal → effective on the last signature', () => {
    const r = checkSignatures({
      ...base,
      signatures: [
        { partyId: 'a', signedOn: '2025-03-09', way: 'signature' },
        { partyId: 'r', signedOn: '2025-03-11', way: 'fingerprint' },
      ],
    });
    expect(r).toEqual({ effectiveOn: '2025-03-11' });
  });
  it('a party missing → MED_AGREEMENT_UNSIGNED naming the party', () => {
    const r = checkSignatures({ ...base, signatures: [{ partyId: 'a', signedOn: '2025-03-09', way: 'signature' }] });
    expect(isAgreementBreach(r) && r).toMatchObject({ code: 'MED_AGREEMENT_UNSIGNED', field: 'signatures', detail: '李四' });
  });
  it('no mediator signature or no committee seal → MED_AGREEMENT_UNSIGNED', () => {
    const signatures = parties.map((p) => ({ partyId: p.id, signedOn: '2025-03-10', way: 'seal' as const }));
    expect(checkSignatures({ ...base, signatures, mediator: null })).toMatchObject({ field: 'mediatorSignature' });
    expect(checkSignatures({ ...base, signatures, mediator: { ...mediator, committeeSeal: false } })).toMatchObject({
      field: 'mediatorSignature.committeeSeal',
    });
  });
  it('a signer who is not a party → MED_AGREEMENT_SIGNER_UNKNOWN', () => {
    const signatures = [...parties, { id: 'x' }].map((p) => ({ partyId: p.id, signedOn: '2025-03-10', way: 'seal' as const }));
    expect(checkSignatures({ ...base, signatures })).toMatchObject({ code: 'MED_AGREEMENT_SIGNER_UNKNOWN', field: 'signatures.2.partyId' });
  });
  it('a signature dated before the agreement was reached or after today → MED_DATE_ORDER', () => {
    const early = parties.map((p) => ({ partyId: p.id, signedOn: '2025-03-08', way: 'seal' as const }));
    expect(checkSignatures({ ...base, signatures: early })).toMatchObject({
      code: 'MED_SIGNATURE_DATE_INVALID',
      field: 'signatures.0.signedOn',
    });
    const late = parties.map((p) => ({ partyId: p.id, signedOn: '2025-03-10', way: 'seal' as const }));
    expect(checkSignatures({ ...base, signatures: late, mediator: { ...mediator, signedOn: '2025-03-13' } })).toMatchObject({
      field: 'mediatorSignature.signedOn',
    });
  });
});

it('copies: one per party plus the committee; oral agreements take effect the day reached (第三十条)', () => {
  expect(agreementCopies(2)).toBe(3);
  expect(agreementCopies(3)).toBe(4);
  expect(oralAgreementEffectiveOn('2025-03-09')).toBe('2025-03-09');
});
