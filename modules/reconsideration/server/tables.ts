import type { Flag, Instant, LocalDate } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    reconCases: ReconCaseTable;
    reconParties: ReconPartyTable;
    reconCorrections: ReconCorrectionTable;
    reconReplies: ReconReplyTable;
    reconHearings: ReconHearingTable;
    reconConsultations: ReconConsultationTable;
    reconSuspensions: ReconSuspensionTable;
    reconDecisions: ReconDecisionTable;
    reconApprovals: ReconApprovalTable;
    reconLitigations: ReconLitigationTable;
    reconSettings: ReconSettingTable;
    reconWithdrawals: ReconWithdrawalTable;
    reconClosures: ReconClosureTable;
  }
}

/** A local rule of the module where the law is silent (key → JSON value), city-wide. */
export interface ReconSettingTable {
  key: string;
  value: string;
  updatedBy: string | null;
  updatedAt: Instant;
}

/** 撤回行政复议申请 (第七十四条): requested in the portal or on paper, approved by the office. */
export interface ReconWithdrawalTable {
  id: string;
  caseId: string;
  /** `citizen` (portal) | `staff` (recorded from a written request). */
  source: string;
  reason: string;
  requestedOn: LocalDate;
  /** `pending` | `approved`. */
  status: string;
  approvedOn: LocalDate | null;
  approvalReason: string | null;
  approvedBy: string | null;
  /** 第七十四条第二款: no new application on the same facts and reasons once withdrawal is approved. */
  barsReapplication: Flag;
  createdAt: Instant;
}

/** How a case ended without a decision: `terminated` (第四十一条), `dismissed` (第三十三条), `mediated` (第七十三条), `withdrawn`. */
export interface ReconClosureTable {
  id: string;
  caseId: string;
  kind: string;
  /** Termination ground (contract `terminationGrounds`). */
  ground: string | null;
  reason: string;
  /** The agreement of a 调解书. */
  agreement: string | null;
  closedOn: LocalDate;
  documentAttachmentId: string | null;
  createdBy: string;
  createdAt: Instant;
}

/**
 * One application for administrative reconsideration (行政复议案件). `orgId` is the
 * reconsideration office handling it (区司法局 / 市行政复议办公室); `respondentOrgId` the agency
 * whose act is challenged (被申请人), when it is an organisation of the platform.
 */
export interface ReconCaseTable {
  id: string;
  /** 案号, allocated on acceptance (`津河西复〔2025〕17号`); null before. */
  caseNumber: string | null;
  orgId: string;
  /** District of the handling body (region code, level 2), or the city code: statistics by district. */
  regionCode: string;
  /** Workflow state (contract `caseStates`). */
  state: string;
  /** `ordinary` | `simplified`, fixed on acceptance; `proposedProcedure` is the system's proposal. */
  procedure: string | null;
  proposedProcedure: string;
  channel: string;
  applicantKind: string;
  applicantName: string;
  /** Citizen ID number (person) or unified social credit code (organisation): encrypted. */
  applicantIdNumberEnc: string | null;
  applicantIdNumberIndex: string | null;
  applicantPhoneEnc: string | null;
  applicantPhoneIndex: string | null;
  applicantAddressEnc: string | null;
  /** The portal account that applied or that the case is linked to. */
  applicantCitizenId: string | null;
  respondentOrgId: string | null;
  respondentName: string;
  actKind: string;
  actDocumentNo: string | null;
  actMadeOn: LocalDate;
  actLearnedOn: LocalDate;
  rightsStated: Flag;
  rightsLearnedOn: LocalDate | null;
  involvesRealProperty: Flag;
  onTheSpot: Flag;
  warningOrCriticism: Flag;
  /** Amount at stake in fen (分), integer on both dialects. */
  amountFen: number | null;
  partiesAgreeSimplified: Flag;
  /** 第三十二条: the agency that forwarded the application, and the day it did. */
  forwardedBy: string | null;
  forwardedOn: LocalDate | null;
  requests: string;
  factsAndReasons: string;
  receivedOn: LocalDate;
  /** JSON: the timeliness assessment (第二十条、第二十一条) at intake. */
  timeliness: string;
  late: Flag;
  handlerId: string | null;
  acceptedOn: LocalDate | null;
  deemedAccepted: Flag;
  /** 不予受理 / 告知管辖 reasons, or the body with jurisdiction. */
  rejectionReason: string | null;
  /** Decision clock: the workflow timer's due date, denormalised for lists and statistics. */
  decisionDueOn: LocalDate | null;
  extensionDays: number;
  suspended: Flag;
  closedOn: LocalDate | null;
  /** How the case ended (`decided`, `mediated`, `withdrawn`, `terminated`, `rejected`, …). */
  outcome: string | null;
  decisionType: string | null;
  satisfaction: number | null;
  satisfactionComment: string | null;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Agents (委托代理人, at most two — 第十七条) and third parties (第三人) of a case. */
export interface ReconPartyTable {
  id: string;
  caseId: string;
  /** `agent` | `thirdParty`. */
  role: string;
  name: string;
  idNumberEnc: string | null;
  idNumberIndex: string | null;
  phoneEnc: string | null;
  /** 律师 / 基层法律服务工作者 / 其他 for agents. */
  agentKind: string | null;
  /** The attachment holding the signed authorisation letter (授权委托书), required for agents. */
  authorisationAttachmentId: string | null;
  createdAt: Instant;
}

/** One correction notice (补正通知, 第三十一条) listing every missing item at once. */
export interface ReconCorrectionTable {
  id: string;
  caseId: string;
  /** JSON string[]: the items to correct. */
  items: string;
  noticeOn: LocalDate;
  dueOn: LocalDate;
  extendedTo: LocalDate | null;
  correctedOn: LocalDate | null;
  /** Text of the applicant's correction (attachments are owned by the case). */
  response: string | null;
  /** `open` | `corrected` | `abandoned`. */
  status: string;
  createdBy: string;
  createdAt: Instant;
}

/** The copy to the respondent and its reply with evidence (第四十八条, 第五十四条). */
export interface ReconReplyTable {
  id: string;
  caseId: string;
  copySentOn: LocalDate;
  /** Day the respondent received the copy; the reply period runs from it. */
  copyReceivedOn: LocalDate;
  replyDueOn: LocalDate;
  repliedOn: LocalDate | null;
  replyText: string | null;
  repliedBy: string | null;
  /** JSON string[]: attachments of the case submitted as evidence with the reply (第四十八条). */
  evidenceAttachmentIds: string;
  createdAt: Instant;
}

/** Hearing the parties (听取意见, 第四十九条) or a hearing (听证, 第五十条、第五十一条). */
export interface ReconHearingTable {
  id: string;
  caseId: string;
  /** `opinion` (听取意见) | `hearing` (听证). */
  kind: string;
  scheduledOn: LocalDate;
  noticeOn: LocalDate | null;
  /** JSON `{ presiding, officers: string[], clerk }` for hearings; the way of hearing for opinions. */
  panel: string;
  place: string | null;
  heldOn: LocalDate | null;
  record: string | null;
  createdBy: string;
  createdAt: Instant;
}

/** 行政复议委员会 consultation (第五十二条): request and members' opinions. */
export interface ReconConsultationTable {
  id: string;
  caseId: string;
  requestedOn: LocalDate;
  reason: string;
  /** JSON `[{ member, opinion }]`. */
  opinions: string;
  conclusion: string | null;
  recordedOn: LocalDate | null;
  createdBy: string;
  createdAt: Instant;
}

/** 中止 with its ground (第三十九条) and resumption. */
export interface ReconSuspensionTable {
  id: string;
  caseId: string;
  ground: string;
  reason: string;
  suspendedOn: LocalDate;
  /** 第四十一条: termination due after 60 days for grounds (一)(二)(四). */
  terminationDueOn: LocalDate | null;
  resumedOn: LocalDate | null;
  /** Whether the decision period stopped for it (local rule `suspensionExcludedFromDecisionPeriod`). */
  excludedFromPeriod: Flag;
  resumeReason: string | null;
  /** When the handler was told that termination under 第四十一条第（五）项 is due (once). */
  lapseNotifiedAt: Instant | null;
  createdBy: string;
  createdAt: Instant;
}

/** The drafted decision (第六十三–七十二条) and, once issued, its document. */
export interface ReconDecisionTable {
  id: string;
  caseId: string;
  decisionType: string;
  withCompensation: Flag;
  /** 决定理由和结论 as drafted. */
  reasoning: string;
  /** `collective` | `authorityHead`: how the authority approved (第六十一条). */
  approvalRoute: string;
  /** `draft` | `officeApproved` | `approved` | `returned` | `issued`. */
  status: string;
  draftedBy: string;
  issuedOn: LocalDate | null;
  documentAttachmentId: string | null;
  /** Added by 202611281131: what the operative part adds to the type's wording. */
  operativeDetails: string | null;
  /** 第六十一条第二款: a hearing was held, so the decision rests on the hearing record. */
  basedOnHearingRecord: Flag;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One step of the approval chain handler → office head → authority head / collective. */
export interface ReconApprovalTable {
  id: string;
  decisionId: string;
  step: string;
  /** `approve` | `return`. */
  verdict: string;
  comment: string | null;
  actorId: string;
  actorName: string;
  at: Instant;
}

/** 行政应诉: a lawsuit where a body of the city is defendant (行政诉讼法). */
export interface ReconLitigationTable {
  id: string;
  /** The organisation responding (defendant or co-defendant), for data scope. */
  orgId: string;
  regionCode: string;
  reconCaseId: string | null;
  court: string;
  courtCaseNumber: string;
  plaintiff: string;
  defendant: string;
  coDefendant: Flag;
  cause: string;
  complaintServedOn: LocalDate;
  defenceDueOn: LocalDate;
  defenceSubmittedOn: LocalDate | null;
  /** JSON `[{ on, instance, headAppeared, appearedName, absenceReason }]`. */
  hearings: string;
  /** Whether the agency's head (负责人) appeared in court at least once. */
  headAppeared: Flag | null;
  absenceReason: string | null;
  firstInstanceOutcome: string | null;
  secondInstanceOutcome: string | null;
  /** `pending` | `won` | `lost` | `withdrawn` | `mediated`, the final result. */
  result: string;
  closedOn: LocalDate | null;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}
