import type { Flag, Instant, LocalDate } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    aidCases: AidCaseTable;
    aidParties: AidPartyTable;
    aidNotices: AidNoticeTable;
    aidMaterialRequests: AidMaterialRequestTable;
    aidHardshipStandards: AidHardshipStandardTable;
  }
}

/**
 * One legal aid case (法律援助案件): an application (portal, walk-in, forwarded) or a mandatory-defence
 * notice. `orgId` is the legal aid centre (organisation type `legalAidCentre`). Money in whole yuan.
 */
export interface AidCaseTable {
  id: string;
  /** 案号 (`{orgAbbr}援〔{year}〕{seq}号`), allocated at intake. */
  caseNumber: string;
  orgId: string;
  /** District of the centre (region code), for statistics. */
  regionCode: string;
  /** `portal | walkIn | forwarded | notice` (contract `caseOrigins`). */
  origin: string;
  /** 第三十九条: the detention facility, authority or duty lawyer that forwarded it. */
  forwardedBy: string | null;
  /** `detentionFacility | caseAuthority | dutyLawyer`. */
  forwarderKind: string | null;
  /** When the forwarder received the application (instant), and when it forwarded it. */
  forwarderReceivedAt: Instant | null;
  forwardedAt: Instant | null;
  /** Forwarded more than 24 hours after the forwarder received it (第三十九条). */
  forwardedLate: Flag;
  /** The duty-lawyer service (AB) that produced a forwarded application. */
  dutyServiceId: string | null;
  /** Workflow state (contract `caseStates`). */
  state: string;
  /** Contract `matterKinds`. */
  matterKind: string;
  /** What the applicant wants, in their words (or the notice's summary). */
  matterSummary: string;
  /** 诉讼事项 (第三十八条: the centre where the case-handling authority sits) or non-litigation. */
  litigation: Flag;
  /** The authority handling the matter (court, arbitration commission, agency) and its region code. */
  authorityName: string | null;
  authorityRegionCode: string | null;
  /** Where the events happened (non-litigation matters, 第三十八条). */
  eventRegionCode: string | null;
  /** `none | art32:* | art42:*` (contract `exemptions`). */
  exemption: string;
  exemptionProof: string | null;
  householdSize: number | null;
  monthlyIncomeYuan: number | null;
  /** `standard | pledge | sharedData | exempt`. */
  hardshipCheck: string;
  /** The hardship standard applied (aid_hardship_standards.id), null when exempt. */
  hardshipStandardId: string | null;
  /** JSON: the eligibility result (domain/eligibility.ts) at intake, with reasons. */
  eligibility: string;
  /** JSON: the data-sharing verification result (development stub labelled as such), if queried. */
  hardshipVerification: string | null;
  /** 第二十六条: may carry life imprisonment or death (or a death-sentence review). */
  mayCarryLifeOrDeath: Flag;
  /** 第四十四条: aid first, paperwork afterwards. */
  urgent: Flag;
  urgentGround: string | null;
  urgentReason: string | null;
  /** Paperwork completed after urgent aid (第四十四条第二款). */
  paperworkCompletedOn: LocalDate | null;
  applicantName: string;
  /** The portal account that applied. */
  citizenId: string | null;
  receivedOn: LocalDate;
  receivedAt: Instant;
  /** Review clock (7 days, 第四十三条) and assignment clock (3 days, 第四十三条 / 第三十六条), denormalised. */
  reviewDueOn: LocalDate | null;
  decidedOn: LocalDate | null;
  decidedBy: string | null;
  /** Written reasons of a grant override or a denial (contract `denialReasons` kind + text). */
  decisionReasonKind: string | null;
  decisionReason: string | null;
  assignDueOn: LocalDate | null;
  /** Set by the assignment (AB); the lawyer scope reads `assigneeUserId`. */
  assigneeProviderId: string | null;
  assigneeUserId: string | null;
  assignedOn: LocalDate | null;
  closedOn: LocalDate | null;
  /** 第三十八条: the case this one was transferred to / from. */
  transferredToCaseId: string | null;
  transferredFromCaseId: string | null;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A party of a case: applicant, recipient, opposing party or the person applying on behalf (第四十条). */
export interface AidPartyTable {
  id: string;
  caseId: string;
  /** `applicant | recipient | opponent | agent`. */
  role: string;
  name: string;
  idNumberEnc: string | null;
  idNumberIndex: string | null;
  phoneEnc: string | null;
  phoneIndex: string | null;
  addressEnc: string | null;
  /** Free text: relation to the recipient (agent), organisation, etc. */
  note: string | null;
  createdAt: Instant;
}

/** The mandatory-defence notice behind a case of origin `notice` (第二十五、二十八、三十六条). */
export interface AidNoticeTable {
  id: string;
  caseId: string;
  /** The sending organisation: the token's organisation, or the one staff chose for a paper notice. */
  senderOrgId: string | null;
  senderName: string;
  /** `court | procuratorate | police`. */
  senderKind: string;
  /** The API token that sent it; null for a paper notice entered by staff. */
  senderTokenId: string | null;
  /** 通知书文号 of the sender. */
  documentNo: string;
  /** The sender's own case number and the procedure stage (侦查、审查起诉、审判、死刑复核). */
  senderCaseNumber: string | null;
  stage: string;
  issuedOn: LocalDate;
  receivedAt: Instant;
  /** Contact of the sender's case handler, for the reply. */
  contactName: string | null;
  contactPhone: string | null;
  /** When the assigned lawyer was notified back to the sender (第三十六条). */
  repliedAt: Instant | null;
  createdAt: Instant;
}

/** 补充材料通知 (第四十三条第二款): one per case; no answer by `dueOn` → deemed withdrawn. */
export interface AidMaterialRequestTable {
  id: string;
  caseId: string;
  /** JSON array of strings: every material or point to explain, at once. */
  items: string;
  requestedOn: LocalDate;
  dueOn: LocalDate;
  /** `pending | answered | lapsed`. */
  status: string;
  answeredOn: LocalDate | null;
  answer: string | null;
  /** JSON array of attachment ids uploaded in the answer. */
  attachmentIds: string | null;
  documentAttachmentId: string | null;
  createdBy: string;
  createdAt: Instant;
}

/**
 * 经济困难标准 (第三十四条: set by the municipal government, adjusted dynamically): a per-capita monthly
 * income threshold with effective dates, per region (the city code applies city-wide).
 */
export interface AidHardshipStandardTable {
  id: string;
  regionCode: string;
  monthlyPerCapitaYuan: number;
  effectiveFrom: LocalDate;
  /** Inclusive last day; null while in force. A new standard ends the previous one the day before. */
  effectiveTo: LocalDate | null;
  /** Where the figure comes from (e.g. the government's notice), or the example-value label. */
  source: string;
  /** 1 for the seeded example value (示例值，须按天津市人民政府公布的标准核实). */
  example: Flag;
  createdBy: string | null;
  createdAt: Instant;
}
