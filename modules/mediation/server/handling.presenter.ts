import { diffDays, parseLocalDate } from '@tianping/common/calendar/index';
import type { ScopedActor } from '@tianping/server/access/actor';
import { caseStateSchema, riskLevelSchema, type CaseState } from '../contract/enums';
import {
  followupWayLabels,
  participantRelationLabels,
  performanceStatusLabels,
  riskKindLabels,
  type CitizenHandlingView,
  type HandlingAbilities,
  type HandlingView,
} from '../contract/handling';
import { courtBasisLabels, type AgreementView, type ConfirmationView } from '../contract/outcome';
import { signatureWayLabels, type SignatureWay } from '../domain/agreement';
import { rulingConsequences, type ConfirmationWindow } from '../domain/confirmation';
import type { CaseRow, PartyRow } from './case.repository';
import type { ConfirmationRow, HandlingRows, SignatureRow } from './handling.repository';

/** Rows → the handling view with the actor's abilities (the UI never re-derives these rules). */

const json = (s: string): string[] => JSON.parse(s) as string[];
const openStates: readonly string[] = ['received', 'accepted', 'mediating'];
const formLabels = {
  written: { zh: '书面调解协议（调解协议书）', en: 'Written agreement', article: '人民调解法 第二十九条' },
  oral: { zh: '口头调解协议', en: 'Oral agreement', article: '人民调解法 第三十条' },
} as const;
const outcomeLabels = {
  failed: { zh: '调解不成，已告知其他途径', en: 'Failed; other channels named', article: '人民调解法 第二十六条' },
  withdrawn: { zh: '当事人要求终止调解', en: 'Ended at a party’s request', article: '人民调解法 第二十三条' },
} as const;
const confirmationStatusLabels = {
  applied: { zh: '已申请，待法院受理', en: 'Applied, awaiting the court', article: '人民调解法 第三十三条' },
  accepted: { zh: '法院已受理', en: 'Accepted by the court', article: '民事诉讼法 第二百零五条' },
  notAccepted: { zh: '法院不予受理', en: 'Not accepted by the court', article: '民事诉讼法 第二百零五条' },
  confirmed: { zh: '裁定调解协议有效', en: 'Confirmed valid', article: '民事诉讼法 第二百零六条' },
  rejected: { zh: '裁定驳回申请', en: 'Application rejected', article: '民事诉讼法 第二百零六条' },
} as const;
type ConfirmationStatus = keyof typeof confirmationStatusLabels;

/** An application that is still pending or has been confirmed blocks a new one. */
export const blocksNewApplication = (r: ConfirmationRow) => ['applied', 'accepted', 'confirmed'].includes(r.status);

interface Input {
  c: CaseRow;
  parties: readonly PartyRow[];
  rows: HandlingRows;
  actor: ScopedActor;
  today: string;
  window: ConfirmationWindow | null;
  fixedCourt: string | null;
}

function presentSignature(s: SignatureRow): AgreementView['signatures'][number] {
  return {
    signerKind: s.signerKind as 'party' | 'mediator',
    partyId: s.partyId,
    name: s.name,
    signedOn: s.signedOn,
    way: s.way as SignatureWay,
    wayLabel: signatureWayLabels[s.way as SignatureWay],
  };
}

function presentAgreement(rows: HandlingRows): AgreementView | null {
  const a = rows.agreement;
  if (!a) return null;
  const form = a.form as 'written' | 'oral';
  return {
    id: a.id,
    form,
    formLabel: formLabels[form],
    facts: a.facts,
    disputedMatters: a.disputedMatters,
    responsibilities: a.responsibilities,
    terms: a.terms,
    performanceManner: a.performanceManner,
    performanceDueOn: a.performanceDueOn,
    reachedOn: a.reachedOn,
    effectiveOn: a.effectiveOn,
    copies: a.copies,
    mediatorName: a.mediatorName,
    signatures: rows.signatures.map(presentSignature),
    documentAttachmentId: a.documentAttachmentId,
  };
}

function presentOutcome(rows: HandlingRows): HandlingView['outcome'] {
  const o = rows.outcome;
  if (!o) return null;
  const kind = o.kind as 'failed' | 'withdrawn';
  return { kind, reason: o.reason, closedOn: o.closedOn, noticeAttachmentId: o.noticeAttachmentId, label: outcomeLabels[kind] };
}

export function presentConfirmation(r: ConfirmationRow): ConfirmationView {
  const status = r.status as ConfirmationStatus;
  const basis = r.courtBasis as keyof typeof courtBasisLabels;
  return {
    id: r.id,
    courtName: r.courtName,
    courtReferrerId: r.courtReferrerId,
    courtBasis: basis,
    courtBasisLabel: courtBasisLabels[basis],
    appliedOn: r.appliedOn,
    applicantPartyIds: json(r.applicantPartyIds),
    status,
    statusLabel: confirmationStatusLabels[status],
    acceptedOn: r.acceptedOn,
    courtCaseNumber: r.courtCaseNumber,
    rulingOn: r.rulingOn,
    rulingNumber: r.rulingNumber,
    rulingNote: r.rulingNote,
    consequence: status === 'confirmed' || status === 'rejected' ? rulingConsequences[status] : null,
    documentAttachmentId: r.documentAttachmentId,
  };
}

function presentWindow(w: ConfirmationWindow | null, today: string, fixedCourt: string | null) {
  if (!w) return null;
  return {
    effectiveOn: w.effectiveOn,
    lastDay: w.lastDay,
    open: today >= w.effectiveOn && today <= w.lastDay,
    daysLeft: Math.max(diffDays(parseLocalDate(today), w.lastDay), -1),
    explanation: { zh: [...w.explanation.zh], en: [...w.explanation.en] },
    fixedCourt,
    legalBasis: '人民调解法 第三十三条；民事诉讼法 第八十五条、第二百零五条',
  };
}

export function handlingAbilities(input: Input): HandlingAbilities {
  const { c, rows, actor, today, window } = input;
  const handle = actor.permissions.has('mediation.case.handle');
  const mediating = c.state === 'mediating';
  const succeeded = c.state === 'succeeded' && !!rows.agreement;
  const closed = !openStates.includes(c.state);
  const windowOpen = !!window && today >= window.effectiveOn && today <= window.lastDay;
  const last = rows.confirmations.at(-1);
  return {
    canRecordSession: handle && mediating,
    canAssessRisk: handle && openStates.includes(c.state),
    canRecordAgreement: handle && mediating && !rows.agreement,
    canFail: handle && mediating,
    canWithdraw: handle && openStates.includes(c.state),
    canRecordPerformance: handle && succeeded,
    canRecordFollowup: handle && closed,
    canApplyConfirmation: handle && succeeded && windowOpen && !rows.confirmations.some(blocksNewApplication),
    canRecordCourtAcceptance: handle && last?.status === 'applied',
    canRecordRuling: handle && (last?.status === 'applied' || last?.status === 'accepted'),
  };
}

export function presentHandling(input: Input): HandlingView {
  const { c, parties, rows, today } = input;
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    state: caseStateSchema.parse(c.state),
    version: c.version,
    riskLevel: riskLevelSchema.parse(c.riskLevel),
    riskReportedToPolice: c.riskReportedToPolice === 1,
    parties: parties.map((p) => ({ id: p.id, name: p.name, role: p.role })),
    sessions: rows.sessions.map((s) => ({
      id: s.id,
      heldOn: s.heldOn,
      startTime: s.startTime,
      place: s.place,
      mediatorName: s.mediatorName,
      partyIds: json(s.partyIds),
      isPublic: s.isPublic === 1,
      record: s.record,
      attachmentIds: json(s.attachmentIds),
      participants: rows.participants
        .filter((p) => p.sessionId === s.id)
        .map((p) => {
          const relation = p.relation as keyof typeof participantRelationLabels;
          return {
            name: p.name,
            relation,
            relationLabel: participantRelationLabels[relation],
            affiliation: p.affiliation,
            consentPartyIds: json(p.consentPartyIds),
          };
        }),
    })),
    risks: rows.risks.map((r) => ({
      id: r.id,
      assessedOn: r.assessedOn,
      level: riskLevelSchema.parse(r.level),
      kind: r.kind as keyof typeof riskKindLabels,
      kindLabel: riskKindLabels[r.kind as keyof typeof riskKindLabels],
      description: r.description,
      measures: r.measures,
      reportedToPolice: r.reportedToPolice === 1,
      policeUnit: r.policeUnit,
      reportedOn: r.reportedOn,
    })),
    agreement: presentAgreement(rows),
    outcome: presentOutcome(rows),
    performance: rows.performance.map(presentPerformance),
    followups: rows.followups.map((f) => ({
      id: f.id,
      visitedOn: f.visitedOn,
      way: f.way as keyof typeof followupWayLabels,
      wayLabel: followupWayLabels[f.way as keyof typeof followupWayLabels],
      partyId: f.partyId,
      result: f.result,
      satisfaction: f.satisfaction,
    })),
    confirmationWindow: presentWindow(input.window, today, input.fixedCourt),
    confirmations: rows.confirmations.map(presentConfirmation),
    abilities: handlingAbilities(input),
  };
}

function presentPerformance(p: HandlingRows['performance'][number]) {
  const status = p.status as keyof typeof performanceStatusLabels;
  return {
    id: p.id,
    status,
    statusLabel: performanceStatusLabels[status],
    checkedOn: p.checkedOn,
    performedOn: p.performedOn,
    note: p.note,
  };
}

/** The citizen's view: no session records, no other party's particulars; they may rate a closed case. */
export function presentCitizenHandling(input: Omit<Input, 'actor'> & { citizenId: string }): CitizenHandlingView {
  const { c, rows, today } = input;
  const agreement = presentAgreement(rows);
  const closed = !openStates.includes(c.state as CaseState);
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    state: caseStateSchema.parse(c.state),
    sessions: rows.sessions.map((s) => ({
      id: s.id,
      heldOn: s.heldOn,
      startTime: s.startTime,
      place: s.place,
      mediatorName: s.mediatorName,
      isPublic: s.isPublic === 1,
    })),
    agreement: agreement ? (({ signatures: _omit, ...rest }) => rest)(agreement) : null,
    outcome: presentOutcome(rows),
    performance: rows.performance.map(presentPerformance),
    confirmationWindow: presentWindow(input.window, today, input.fixedCourt),
    confirmations: rows.confirmations.map((r) => {
      const { applicantPartyIds: _omit, ...rest } = presentConfirmation(r);
      return rest;
    }),
    myRatings: rows.followups
      .filter((f) => f.citizenId === input.citizenId)
      .map((f) => ({ visitedOn: f.visitedOn, satisfaction: f.satisfaction, comment: f.result })),
    abilities: { canRate: closed && !rows.followups.some((f) => f.citizenId === input.citizenId) },
  };
}
