import type { HolidayCalendar, LocalDate } from '@tianping/common/calendar/index';
import { maskIdNumber } from '@tianping/common/validation/id-number';
import { maskAddress, maskMobile } from '@tianping/common/validation/phone';
import type { PiiService } from '@tianping/server/pii/pii.types';
import type { TimerRow } from '@tianping/server/workflow/workflow.repository';
import type { EligibilityResultView } from '../contract/application';
import type { CaseAbilities, CaseDetail, CaseListItem, MaterialRequestView, PartyView } from '../contract/case';
import {
  caseOriginLabels,
  caseStateLabels,
  exemptionLabels,
  forwarderKindLabels,
  hardshipCheckLabels,
  matterKindLabels,
  partyRoleLabels,
  type CaseOrigin,
  type CaseState,
  type Exemption,
  type ForwarderKind,
  type HardshipCheck,
  type MatterKind,
  type PartyRole,
} from '../contract/enums';
import type { JurisdictionResult } from '../domain/jurisdiction';
import { forwardedLate } from '../domain/clocks';
import { caseClocks, deadlineView } from './case-timers.presenter';
import type { CaseRow, PartyRow } from './case.repository';
import type { AidMaterialRequestTable, AidNoticeTable } from './tables';
import type { Selectable } from 'kysely';

const lbl = (l: { zh: string; en: string; article?: string }) => ({ zh: l.zh, en: l.en, ...(l.article ? { article: l.article } : {}) });
const plain = (l: { zh: string; en: string }) => ({ zh: l.zh, en: l.en });
export const stateLabel = (s: string) => plain(caseStateLabels[s as CaseState] ?? { zh: s, en: s });
export const matterLabel = (m: string) => lbl(matterKindLabels[m as MatterKind] ?? { zh: m, en: m });

/**
 * The running clock: the review while received, the missing materials while correcting (the date set in
 * the request, 第四十三条第二款 — it lives on the request row, passed as `materialsDueOn`), the
 * assignment while granted.
 */
export const runningDue = (c: CaseRow, materialsDueOn: string | null = null) =>
  c.state === 'received' ? c.reviewDueOn : c.state === 'correcting' ? materialsDueOn : c.state === 'granted' ? c.assignDueOn : null;

export function presentListItem(
  c: CaseRow,
  today: LocalDate,
  calendar: HolidayCalendar,
  materialsDueOn: string | null = null,
): CaseListItem {
  const due = runningDue(c, materialsDueOn);
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    applicantName: c.applicantName,
    orgId: c.orgId,
    origin: c.origin,
    originLabel: plain(caseOriginLabels[c.origin as CaseOrigin] ?? { zh: c.origin, en: c.origin }),
    matterKind: c.matterKind,
    matterKindLabel: matterLabel(c.matterKind),
    state: c.state,
    stateLabel: stateLabel(c.state),
    receivedOn: c.receivedOn,
    dueOn: due,
    deadline: deadlineView(due, today, calendar),
    urgent: c.urgent === 1,
    forwardedLate: c.forwardedLate === 1,
    assigneeProviderId: c.assigneeProviderId,
  };
}

export function presentParty(p: PartyRow, pii: PiiService, revealable: boolean): PartyView {
  const clear = (v: string | null) => (v ? pii.decrypt(v) : null);
  const id = clear(p.idNumberEnc);
  const phone = clear(p.phoneEnc);
  const address = clear(p.addressEnc);
  return {
    id: p.id,
    role: p.role,
    roleLabel: plain(partyRoleLabels[p.role as PartyRole] ?? { zh: p.role, en: p.role }),
    name: p.name,
    idNumber: {
      masked: id && (/^\d{17}[\dX]$/.test(id) ? maskIdNumber(id) : `${id.slice(0, 2)}****`),
      revealable: revealable && id !== null,
    },
    phone: { masked: phone && maskMobile(phone), revealable: revealable && phone !== null },
    address: { masked: address && maskAddress(address), revealable: revealable && address !== null },
    note: p.note,
  };
}

export function presentMaterialRequest(r: Selectable<AidMaterialRequestTable> | undefined): MaterialRequestView | null {
  if (!r) return null;
  return {
    id: r.id,
    items: JSON.parse(r.items) as string[],
    requestedOn: r.requestedOn,
    dueOn: r.dueOn,
    status: r.status as MaterialRequestView['status'],
    answeredOn: r.answeredOn,
    answer: r.answer,
    attachmentIds: r.attachmentIds ? (JSON.parse(r.attachmentIds) as string[]) : [],
  };
}

function forwardingView(c: CaseRow): CaseDetail['forwarding'] {
  if (c.origin !== 'forwarded') return null;
  const hours = c.forwarderReceivedAt && c.forwardedAt ? forwardedLate(c.forwarderReceivedAt, c.forwardedAt).hours : null;
  const kind = forwarderKindLabels[c.forwarderKind as ForwarderKind];
  return {
    forwardedBy: c.forwardedBy,
    forwarderKind: c.forwarderKind,
    forwarderReceivedAt: c.forwarderReceivedAt,
    forwardedAt: c.forwardedAt,
    late: c.forwardedLate === 1,
    explanation:
      c.forwardedLate === 1
        ? {
            zh: `${kind?.zh ?? '转交单位'}收到申请后 ${hours} 小时转交，超过二十四小时（法律援助法第三十九条）。`,
            en: `Forwarded ${hours} hours after receipt: later than 24 hours (Art. 39).`,
          }
        : { zh: `${kind?.zh ?? '转交单位'}在二十四小时内转交（法律援助法第三十九条）。`, en: 'Forwarded within 24 hours (Art. 39).' },
  };
}

export interface DetailParts {
  orgName: string;
  parties: PartyRow[];
  timers: TimerRow[];
  notice: Selectable<AidNoticeTable> | undefined;
  materialRequest: Selectable<AidMaterialRequestTable> | undefined;
  documents: CaseDetail['documents'];
  jurisdiction: JurisdictionResult | null;
  abilities: CaseAbilities;
}

export function presentCaseDetail(c: CaseRow, p: DetailParts, pii: PiiService, today: LocalDate, calendar: HolidayCalendar): CaseDetail {
  const ex = exemptionLabels[c.exemption as Exemption] ?? { zh: c.exemption, en: c.exemption };
  const hc = hardshipCheckLabels[c.hardshipCheck as HardshipCheck] ?? { zh: c.hardshipCheck, en: c.hardshipCheck };
  return {
    ...presentListItem(c, today, calendar, p.materialRequest?.status === 'pending' ? p.materialRequest.dueOn : null),
    version: c.version,
    orgName: p.orgName,
    regionCode: c.regionCode,
    matterSummary: c.matterSummary,
    litigation: c.litigation === 1,
    authorityName: c.authorityName,
    authorityRegionCode: c.authorityRegionCode,
    eventRegionCode: c.eventRegionCode,
    forwarding: forwardingView(c),
    exemption: c.exemption,
    exemptionLabel: lbl(ex),
    exemptionProof: c.exemptionProof,
    householdSize: c.householdSize,
    monthlyIncomeYuan: c.monthlyIncomeYuan,
    hardshipCheck: c.hardshipCheck,
    hardshipCheckLabel: lbl(hc),
    hardshipVerification: c.hardshipVerification ? (JSON.parse(c.hardshipVerification) as unknown) : null,
    eligibility: JSON.parse(c.eligibility) as EligibilityResultView | null,
    jurisdiction: p.jurisdiction
      ? {
          competent: p.jurisdiction.competent,
          suggestedCentres: p.jurisdiction.suggestedCentres,
          explanation: p.jurisdiction.explanation,
          article: p.jurisdiction.article,
        }
      : null,
    mayCarryLifeOrDeath: c.mayCarryLifeOrDeath === 1,
    urgentGround: c.urgentGround,
    urgentReason: c.urgentReason,
    paperworkCompletedOn: c.paperworkCompletedOn,
    reviewDueOn: c.reviewDueOn,
    assignDueOn: c.assignDueOn,
    decidedOn: c.decidedOn,
    decisionReasonKind: c.decisionReasonKind,
    decisionReason: c.decisionReason,
    assigneeUserId: c.assigneeUserId,
    assignedOn: c.assignedOn,
    closedOn: c.closedOn,
    transferredToCaseId: c.transferredToCaseId,
    transferredFromCaseId: c.transferredFromCaseId,
    citizenAccount: c.citizenId !== null,
    parties: p.parties.map((x) => presentParty(x, pii, p.abilities.canReveal)),
    notice: p.notice
      ? {
          senderName: p.notice.senderName,
          senderKind: p.notice.senderKind,
          documentNo: p.notice.documentNo,
          senderCaseNumber: p.notice.senderCaseNumber,
          stage: p.notice.stage,
          issuedOn: p.notice.issuedOn,
          receivedAt: p.notice.receivedAt,
          repliedAt: p.notice.repliedAt,
        }
      : null,
    materialRequest: presentMaterialRequest(p.materialRequest),
    timers: caseClocks(p.timers, p.materialRequest, today, calendar),
    documents: p.documents,
    abilities: p.abilities,
  };
}
