/**
 * The people's mediation agreement (人民调解协议):
 * - 第二十八条: written (调解协议书) or oral (口头协议, the mediator records its contents);
 * - 第二十九条第一款: the agreement states the parties' particulars, the main facts, the disputed matters
 *   and each side's responsibility, the terms, and the manner and time of performance;
 * - 第二十九条第二款: it takes effect when every party has signed, sealed or put a fingerprint AND the
 *   mediator has signed and the committee's seal is affixed; one copy for each party and one for the committee
 *   (一式三份 for the usual two parties);
 * - 第三十条: an oral agreement takes effect the day it is reached.
 * Pure: returns the rule broken (code + field) instead of throwing.
 */

export const signatureWays = ['signature', 'seal', 'fingerprint'] as const;
export type SignatureWay = (typeof signatureWays)[number];
export const signatureWayLabels: Readonly<Record<SignatureWay, { zh: string; en: string }>> = {
  signature: { zh: '签名', en: 'Signature' },
  seal: { zh: '盖章', en: 'Seal' },
  fingerprint: { zh: '按指印', en: 'Fingerprint' },
};

/** The contents 第二十九条第一款 requires, by field of the request. */
export const requiredContents = ['facts', 'disputedMatters', 'responsibilities', 'terms', 'performanceManner', 'performanceDueOn'] as const;
export type RequiredContent = (typeof requiredContents)[number];
export const requiredContentLabels: Readonly<Record<RequiredContent, { zh: string; en: string }>> = {
  facts: { zh: '纠纷的主要事实', en: 'Main facts of the dispute' },
  disputedMatters: { zh: '争议事项', en: 'Disputed matters' },
  responsibilities: { zh: '各方当事人的责任', en: 'Each party’s responsibility' },
  terms: { zh: '当事人达成调解协议的内容', en: 'Terms agreed' },
  performanceManner: { zh: '履行方式', en: 'Manner of performance' },
  performanceDueOn: { zh: '履行期限', en: 'Time of performance' },
};

export type AgreementContents = { readonly [K in RequiredContent]?: string | null };

export interface AgreementParty {
  readonly id: string;
  readonly name: string;
  /** 当事人的基本情况: name plus ID number or organisation code, address — present when particulars are complete. */
  readonly particularsComplete: boolean;
}

export interface PartySignature {
  readonly partyId: string;
  readonly signedOn: string;
  readonly way: SignatureWay;
}

export interface MediatorSignature {
  readonly name: string;
  readonly signedOn: string;
  /** 加盖调解委员会印章. */
  readonly committeeSeal: boolean;
}

export type AgreementRuleCode =
  'MED_AGREEMENT_CONTENTS_MISSING' | 'MED_AGREEMENT_UNSIGNED' | 'MED_AGREEMENT_SIGNER_UNKNOWN' | 'MED_SIGNATURE_DATE_INVALID';

export interface AgreementBreach {
  readonly code: AgreementRuleCode;
  readonly field: string;
  readonly detail?: string;
}

/** 第二十九条第一款: the first missing item (blank text counts as missing), or null. */
export function missingContent(contents: AgreementContents, parties: readonly AgreementParty[]): AgreementBreach | null {
  const incomplete = parties.find((p) => !p.particularsComplete);
  if (incomplete) return { code: 'MED_AGREEMENT_CONTENTS_MISSING', field: 'parties', detail: incomplete.name };
  for (const key of requiredContents) {
    const value = contents[key];
    if (typeof value !== 'string' || value.trim() === '') return { code: 'MED_AGREEMENT_CONTENTS_MISSING', field: key };
  }
  return null;
}

export interface SignatureCheckInput {
  readonly parties: readonly AgreementParty[];
  readonly signatures: readonly PartySignature[];
  readonly mediator: MediatorSignature | null | undefined;
  /** No signature may be dated before the agreement was drawn up (the day mediation reached it). */
  readonly reachedOn: string;
  /** …nor after today. */
  readonly today: string;
}

/**
 * 第二十九条第二款: every party and the mediator signed, the committee's seal affixed. Returns the
 * effective day (the last signature) or the first breach (field names the missing signer).
 */
export function checkSignatures(input: SignatureCheckInput): { readonly effectiveOn: string } | AgreementBreach {
  const known = new Set(input.parties.map((p) => p.id));
  const stranger = input.signatures.findIndex((s) => !known.has(s.partyId));
  if (stranger >= 0) return { code: 'MED_AGREEMENT_SIGNER_UNKNOWN', field: `signatures.${stranger}.partyId` };
  const signedBy = new Set(input.signatures.map((s) => s.partyId));
  const unsigned = input.parties.find((p) => !signedBy.has(p.id));
  if (unsigned) return { code: 'MED_AGREEMENT_UNSIGNED', field: 'signatures', detail: unsigned.name };
  if (!input.mediator) return { code: 'MED_AGREEMENT_UNSIGNED', field: 'mediatorSignature' };
  if (!input.mediator.committeeSeal) return { code: 'MED_AGREEMENT_UNSIGNED', field: 'mediatorSignature.committeeSeal' };
  const dates = [...input.signatures.map((s, i) => ({ date: s.signedOn, field: `signatures.${i}.signedOn` }))];
  dates.push({ date: input.mediator.signedOn, field: 'mediatorSignature.signedOn' });
  for (const d of dates) {
    if (d.date < input.reachedOn || d.date > input.today) return { code: 'MED_SIGNATURE_DATE_INVALID', field: d.field, detail: d.date };
  }
  return { effectiveOn: dates.map((d) => d.date).reduce((a, b) => (a > b ? a : b)) };
}

/** 第二十九条第二款: one copy per party plus the committee's (三份 for two parties). */
export function agreementCopies(partyCount: number): number {
  return Math.max(partyCount, 2) + 1;
}

/** 第三十条: an oral agreement takes effect the day it is reached. */
export function oralAgreementEffectiveOn(reachedOn: string): string {
  return reachedOn;
}

export function isAgreementBreach(x: { effectiveOn: string } | AgreementBreach): x is AgreementBreach {
  return 'code' in x;
}
