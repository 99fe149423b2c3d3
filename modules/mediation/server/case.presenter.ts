import { deadlineView } from '@tianping/common/calendar/deadline-status';
import { explain, type DeadlineResult, type HolidayCalendar, type LocalDate } from '@tianping/common/calendar/index';
import { maskIdNumber } from '@tianping/common/validation/id-number';
import { maskAddress, maskMobile } from '@tianping/common/validation/phone';
import type { PiiService } from '@tianping/server/pii/pii.types';
import type { TimerRow } from '@tianping/server/workflow/workflow.repository';
import {
  caseOutcomeLabels,
  caseSourceLabels,
  caseStateLabels,
  consentStateLabels,
  disputeKindLabels,
  partyRoleLabels,
  type CaseOutcome,
  type CaseSource,
  type CaseState,
  type ConsentState,
  type DisputeKind,
  type EnumLabel,
  type PartyRole,
} from '../contract/enums';
import type { CaseAbilities, CaseDetail, CaseListItem, PartyView, TimerView } from '../contract/case';
import { consentSummary } from '../domain/consent';
import type { CaseRow, PartyRow } from './case.repository';
import { targetRunningStates } from './case-list.repository';

const lbl = (l: EnumLabel) => ({ zh: l.zh, en: l.en, ...(l.article ? { article: l.article } : {}) });
const of = <K extends string>(labels: Readonly<Record<K, EnumLabel>>, code: string) => lbl(labels[code as K] ?? { zh: code, en: code });
export const stateLabel = (s: string) => of<CaseState>(caseStateLabels, s);
export const kindLabel = (s: string) => {
  const l = of<DisputeKind>(disputeKindLabels, s);
  return { zh: l.zh, en: l.en };
};

/** Re-exported for the module's other presenters (one definition in common/calendar). */
export { deadlineView };

/** A list row: the time target's deadline status while it runs (accepted, mediating). */
export function presentListItem(
  c: CaseRow,
  extra: { orgName: string; partiesSummary: string },
  today: LocalDate,
  calendar: HolidayCalendar,
): CaseListItem {
  const running = c.closedOn === null && targetRunningStates.includes(c.state);
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    title: c.title,
    partiesSummary: extra.partiesSummary,
    orgId: c.orgId,
    orgName: extra.orgName,
    kind: c.kind,
    kindLabel: kindLabel(c.kind),
    source: c.source,
    sourceLabel: of<CaseSource>(caseSourceLabels, c.source),
    state: c.state,
    stateLabel: stateLabel(c.state),
    receivedOn: c.receivedOn,
    acceptedOn: c.acceptedOn,
    mediatorId: c.mediatorId,
    targetDueOn: c.targetDueOn,
    deadline: running ? deadlineView(c.targetDueOn, today, calendar) : null,
    riskLevel: c.riskLevel,
    closedOn: c.closedOn,
  };
}

export function timerExplanation(t: TimerRow) {
  const result = JSON.parse(t.explanation) as DeadlineResult;
  return { zh: explain(result, 'zh'), en: explain(result, 'en') };
}

export function presentTimer(t: TimerRow, today: LocalDate, calendar: HolidayCalendar): TimerView {
  return {
    key: t.key,
    label: t.key === 'target' ? { zh: '调解办理时限（本地目标）', en: 'Mediation time target (local)' } : { zh: t.key, en: t.key },
    state: t.state,
    startDate: t.startDate,
    dueDate: t.dueDate,
    status: t.status,
    deadline: t.status === 'open' ? deadlineView(t.dueDate, today, calendar) : null,
    explanation: timerExplanation(t),
    localRule: t.key === 'target',
  };
}

export function presentParty(p: PartyRow, pii: PiiService, revealable: boolean): PartyView {
  const clear = (v: string | null) => (v ? pii.decrypt(v) : null);
  const idNumber = clear(p.idNumberEnc);
  const phone = clear(p.phoneEnc);
  const address = clear(p.addressEnc);
  return {
    id: p.id,
    role: p.role,
    roleLabel: of<PartyRole>(partyRoleLabels, p.role),
    kind: p.kind,
    name: p.name,
    gender: p.gender,
    idNumber: {
      masked: idNumber && (p.kind === 'person' ? maskIdNumber(idNumber) : idNumber),
      revealable: revealable && idNumber !== null,
    },
    phone: { masked: phone && maskMobile(phone), revealable: revealable && phone !== null },
    address: { masked: address && maskAddress(address), revealable: revealable && address !== null },
    citizenAccount: p.citizenId !== null,
    consent: p.consent,
    consentLabel: of<ConsentState>(consentStateLabels, p.consent),
    consentWay: p.consentWay,
    consentAt: p.consentAt === null ? null : new Date(p.consentAt).toISOString(),
    refusalReason: p.refusalReason,
    chosenMediatorId: p.chosenMediatorId,
  };
}

export interface CaseDetailParts {
  orgName: string;
  parties: PartyRow[];
  mediatorName: string | null;
  recusals: CaseDetail['recusals'];
  timers: TimerRow[];
  documents: CaseDetail['documents'];
  services: CaseDetail['services'];
  abilities: CaseAbilities;
}

export function presentCaseDetail(
  c: CaseRow,
  p: CaseDetailParts,
  pii: PiiService,
  today: LocalDate,
  calendar: HolidayCalendar,
): CaseDetail {
  const applicants = p.parties.filter((x) => x.role === 'applicant').map((x) => x.name);
  const respondents = p.parties.filter((x) => x.role === 'respondent').map((x) => x.name);
  return {
    ...presentListItem(c, { orgName: p.orgName, partiesSummary: `${applicants.join('、')} 与 ${respondents.join('、')}` }, today, calendar),
    version: c.version,
    regionCode: c.regionCode,
    facts: c.facts,
    amountYuan: c.amountYuan === null ? null : Number(c.amountYuan),
    referrerName: c.referrerName,
    referrerId: c.referrerId,
    externalRef: c.externalRef,
    incidentRegionCode: c.incidentRegionCode,
    mediator: c.mediatorId ? { id: c.mediatorId, name: p.mediatorName ?? '' } : null,
    mediatorChosenByParties: c.mediatorChosenByParties === 1,
    targetDays: c.targetDays,
    outcome: c.outcome,
    outcomeLabel: c.outcome ? of<CaseOutcome>(caseOutcomeLabels, c.outcome) : null,
    closingReason: c.closingReason,
    riskReportedToPolice: c.riskReportedToPolice === 1,
    publicSession: c.publicSession === 1,
    linkedCaseId: c.linkedCaseId,
    parties: p.parties.map((x) => presentParty(x, pii, p.abilities.canReveal)),
    consentSummary: consentSummary(p.parties.map((x) => ({ id: x.id, consent: x.consent as ConsentState }))),
    recusals: p.recusals,
    timers: p.timers.map((t) => presentTimer(t, today, calendar)),
    documents: p.documents,
    services: p.services,
    abilities: p.abilities,
  };
}
