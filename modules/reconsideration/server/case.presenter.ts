import { deadlineView } from '@tianping/common/calendar/deadline-status';
import { explain, type DeadlineResult, type HolidayCalendar, type LocalDate } from '@tianping/common/calendar/index';
import { maskIdNumber } from '@tianping/common/validation/id-number';
import { maskAddress, maskMobile } from '@tianping/common/validation/phone';
import type { PiiService } from '@tianping/server/pii/pii.types';
import type { TimerRow } from '@tianping/server/workflow/workflow.repository';
import type { TimerDef } from '@tianping/server/workflow/workflow.define';
import {
  actKindLabels,
  applicationChannelLabels,
  caseStateLabels,
  type ActKind,
  type ApplicationChannel,
  type CaseState,
} from '../contract/enums';
import type { CaseAbilities, CaseDetail, CaseListItem, CorrectionView, TimelinessView, TimerView } from '../contract/intake';
import { proposeProcedure } from '../domain/procedure';
import { reconCaseWorkflow } from './case.workflow';
import type { CaseRow } from './case.repository';
import type { CorrectionRow, PartyRow } from './case-list.repository';

const lbl = (l: { zh: string; en: string }) => ({ zh: l.zh, en: l.en });
export const stateLabel = (state: string) => lbl(caseStateLabels[state as CaseState] ?? { zh: state, en: state });

/** Re-exported for the module's other presenters (one definition in common/calendar). */
export { deadlineView };

/** The due date the list shows: the decision clock once accepted, else the running review / correction timer. */
export function presentListItem(c: CaseRow, intakeDue: string | undefined, today: LocalDate, calendar: HolidayCalendar): CaseListItem {
  const running = c.closedOn === null && ['accepted', 'suspended', 'deciding'].includes(c.state) ? c.decisionDueOn : null;
  const due = running ?? (['received', 'correcting'].includes(c.state) ? (intakeDue ?? null) : null);
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    applicantName: c.applicantName,
    respondentName: c.respondentName,
    orgId: c.orgId,
    actKind: c.actKind,
    actKindLabel: lbl(actKindLabels[c.actKind as ActKind] ?? { zh: c.actKind, en: c.actKind }),
    state: c.state,
    stateLabel: stateLabel(c.state),
    procedure: c.procedure,
    receivedOn: c.receivedOn,
    decisionDueOn: c.decisionDueOn,
    deadline: c.state === 'suspended' ? null : deadlineView(due, today, calendar),
    late: c.late === 1,
  };
}

const timerDefs: TimerDef[] = Object.values(reconCaseWorkflow.timers ?? {}).flat();

export function timerLabel(key: string) {
  const def = timerDefs.find((d) => d.key === key);
  return { zh: def?.labelZh ?? key, en: def?.labelEn ?? key };
}

export function timerExplanation(t: TimerRow) {
  const result = JSON.parse(t.explanation) as DeadlineResult;
  return { zh: explain(result, 'zh'), en: explain(result, 'en') };
}

export function presentTimer(t: TimerRow, today: LocalDate, calendar: HolidayCalendar): TimerView {
  return {
    key: t.key,
    label: timerLabel(t.key),
    state: t.state,
    startDate: t.startDate,
    dueDate: t.dueDate,
    status: t.status,
    deadline: t.status === 'open' ? deadlineView(t.dueDate, today, calendar) : null,
    suspensions: JSON.parse(t.suspensions) as TimerView['suspensions'],
    extensions: (JSON.parse(t.extensions) as TimerView['extensions']).map((e) => ({
      amount: e.amount,
      unit: e.unit,
      approvedOn: e.approvedOn,
    })),
    explanation: timerExplanation(t),
  };
}

export function presentCorrection(r: CorrectionRow): CorrectionView {
  return {
    id: r.id,
    items: JSON.parse(r.items) as string[],
    noticeOn: r.noticeOn,
    dueOn: r.extendedTo ?? r.dueOn,
    extendedTo: r.extendedTo,
    correctedOn: r.correctedOn,
    response: r.response,
    status: r.status as CorrectionView['status'],
  };
}

function parseTimeliness(json: string): TimelinessView | null {
  const v = JSON.parse(json) as Partial<TimelinessView>;
  return v && typeof v.timely === 'boolean' ? (v as TimelinessView) : null;
}

export interface CaseDetailParts {
  orgName: string;
  parties: PartyRow[];
  corrections: CorrectionRow[];
  timers: TimerRow[];
  documents: CaseDetail['documents'];
  services: CaseDetail['services'];
  abilities: CaseAbilities;
  intakeDue: string | undefined;
}

export function presentCaseDetail(
  c: CaseRow,
  p: CaseDetailParts,
  pii: PiiService,
  today: LocalDate,
  calendar: HolidayCalendar,
): CaseDetail {
  const revealable = p.abilities.canReveal;
  const clear = (v: string | null) => (v ? pii.decrypt(v) : null);
  const idNumber = clear(c.applicantIdNumberEnc);
  const phone = clear(c.applicantPhoneEnc);
  const address = clear(c.applicantAddressEnc);
  const proposal = proposeProcedure({
    actKind: c.actKind as ActKind,
    onTheSpot: c.onTheSpot === 1,
    warningOrCriticism: c.warningOrCriticism === 1,
    amountYuan: c.amountFen === null ? null : Number(c.amountFen) / 100,
    partiesAgreeSimplified: c.partiesAgreeSimplified === 1,
  });
  return {
    ...presentListItem(c, p.intakeDue, today, calendar),
    version: c.version,
    orgName: p.orgName,
    regionCode: c.regionCode,
    channel: c.channel,
    channelLabel: lbl(applicationChannelLabels[c.channel as ApplicationChannel] ?? { zh: c.channel, en: c.channel }),
    applicant: {
      kind: c.applicantKind,
      name: c.applicantName,
      idNumber: { masked: idNumber && maskIdNumber(idNumber), revealable: revealable && idNumber !== null },
      phone: { masked: phone && maskMobile(phone), revealable: revealable && phone !== null },
      address: { masked: address && maskAddress(address), revealable: revealable && address !== null },
      representative: p.parties.find((x) => x.role === 'representative')?.name ?? null,
      citizenAccount: c.applicantCitizenId !== null,
    },
    agents: p.parties
      .filter((x) => x.role === 'agent')
      .map((x) => {
        const agentId = clear(x.idNumberEnc);
        const agentPhone = clear(x.phoneEnc);
        return {
          id: x.id,
          name: x.name,
          agentKind: x.agentKind,
          idNumberMasked: agentId && maskIdNumber(agentId),
          phoneMasked: agentPhone && maskMobile(agentPhone),
          authorisationAttachmentId: x.authorisationAttachmentId,
        };
      }),
    respondentOrgId: c.respondentOrgId,
    act: {
      kind: c.actKind,
      documentNo: c.actDocumentNo,
      madeOn: c.actMadeOn,
      learnedOn: c.actLearnedOn,
      rightsStated: c.rightsStated === 1,
      learnedOfRightsOn: c.rightsLearnedOn,
      involvesRealProperty: c.involvesRealProperty === 1,
      onTheSpot: c.onTheSpot === 1,
      warningOrCriticism: c.warningOrCriticism === 1,
      amountYuan: c.amountFen === null ? null : Number(c.amountFen) / 100,
    },
    requests: c.requests,
    factsAndReasons: c.factsAndReasons,
    partiesAgreeSimplified: c.partiesAgreeSimplified === 1,
    timeliness: parseTimeliness(c.timeliness),
    proposedProcedure: {
      procedure: proposal.procedure,
      reasons: proposal.reasons.map((r) => ({ ...r })),
      handlerMustConfirm: proposal.handlerMustConfirm,
    },
    handlerId: c.handlerId,
    acceptedOn: c.acceptedOn,
    deemedAccepted: c.deemedAccepted === 1,
    rejectionReason: c.rejectionReason,
    closedOn: c.closedOn,
    outcome: c.outcome,
    timers: p.timers.map((t) => presentTimer(t, today, calendar)),
    corrections: p.corrections.map(presentCorrection),
    documents: p.documents,
    services: p.services,
    abilities: p.abilities,
  };
}
