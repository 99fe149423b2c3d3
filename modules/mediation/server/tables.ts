import type { Flag, Instant, LocalDate } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    medCases: MedCaseTable;
    medParties: MedPartyTable;
    medRecusals: MedRecusalTable;
    medSettings: MedSettingTable;
  }
}

/**
 * One dispute brought to a people's mediation committee (人民调解案件). `orgId` is the committee's
 * organisation (type `mediationCommittee`, or a `justiceOffice` for a street-level committee).
 */
export interface MedCaseTable {
  id: string;
  /** 案号 (`{orgAbbr}调〔{year}〕{seq}号`), allocated at registration. */
  caseNumber: string;
  orgId: string;
  /** District of the committee (region code, level 2), or the city code: statistics by district. */
  regionCode: string;
  /** Workflow state (contract `caseStates`). */
  state: string;
  /** Source channel (contract `caseSources`). */
  source: string;
  /** Dispute kind (contract `disputeKinds`). */
  kind: string;
  /** Amount in dispute, yuan (nullable; numeric on both dialects). */
  amountYuan: number | null;
  title: string;
  facts: string;
  /** Paper/module referrals: the referring body's name, its API registry id (MR), its reference. */
  referrerName: string | null;
  referrerId: string | null;
  externalRef: string | null;
  /** Where the dispute arose (village/street region code), for the committee proposal. */
  incidentRegionCode: string | null;
  receivedOn: LocalDate;
  acceptedOn: LocalDate | null;
  /** → med_mediators.id (the designated mediator). */
  mediatorId: string | null;
  /** 第十九条: designated at the parties' choice. */
  mediatorChosenByParties: Flag;
  /** Local time target (days per source/kind, settings) and its due date (the workflow timer `target`). */
  targetDays: number | null;
  targetDueOn: LocalDate | null;
  closedOn: LocalDate | null;
  /** How the case ended (contract `caseOutcomes`). */
  outcome: string | null;
  /** Reason for declining (不予受理) / the notice of other channels. */
  closingReason: string | null;
  riskLevel: string;
  riskReportedToPolice: Flag;
  /** 第二十三条: the parties asked for a public session. */
  publicSession: Flag;
  /** The portal account that requested mediation. */
  citizenId: string | null;
  /** The case this one is linked to (same dispute through another channel; MR). */
  linkedCaseId: string | null;
  createdBy: string | null;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** The parties of a dispute, with their consent to mediation (第十七条) and their choice of mediator (第十九条). */
export interface MedPartyTable {
  id: string;
  caseId: string;
  /** `applicant` | `respondent` | `third`. */
  role: string;
  name: string;
  /** `person` | `org`. */
  kind: string;
  gender: string | null;
  /** Citizen ID number (person) or unified social credit code (org): encrypted, blind index. */
  idNumberEnc: string | null;
  idNumberIndex: string | null;
  phoneEnc: string | null;
  phoneIndex: string | null;
  addressEnc: string | null;
  /** The portal account of this party (the requesting citizen; others matched by ID number). */
  citizenId: string | null;
  /** `pending` | `given` | `refused`. */
  consent: string;
  /** `written` | `oral` | `online`. */
  consentWay: string | null;
  consentAt: Instant | null;
  consentRecordedBy: string | null;
  refusalReason: string | null;
  chosenMediatorId: string | null;
  position: number;
  createdAt: Instant;
}

/** 回避: a mediator who steps aside from a case, with the reason (第十九条: the parties may object). */
export interface MedRecusalTable {
  id: string;
  caseId: string;
  mediatorId: string;
  reason: string;
  /** `mediator` (self-recusal) | `party` (a party's request). */
  requestedBy: string;
  recordedBy: string;
  recordedOn: LocalDate;
  createdAt: Instant;
}

/** Local rules of the module where the law is silent (key → JSON value), city-wide: time targets. */
export interface MedSettingTable {
  key: string;
  value: string;
  updatedBy: string | null;
  updatedAt: Instant;
}
