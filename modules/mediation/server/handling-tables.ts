import type { Flag, Instant, LocalDate } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    medSessions: MedSessionTable;
    medParticipants: MedParticipantTable;
    medRiskMeasures: MedRiskMeasureTable;
    medAgreements: MedAgreementTable;
    medAgreementSignatures: MedAgreementSignatureTable;
    medOutcomes: MedOutcomeTable;
    medPerformance: MedPerformanceTable;
    medFollowups: MedFollowupTable;
    medConfirmations: MedConfirmationTable;
  }
}

/** 第二十七条: a mediation session and its record (调解笔录). */
export interface MedSessionTable {
  id: string;
  caseId: string;
  heldOn: LocalDate;
  /** `HH:mm` (Beijing), start of the session. */
  startTime: string | null;
  place: string;
  /** → med_mediators.id; the name is kept as written on the record. */
  mediatorId: string | null;
  mediatorName: string;
  /** JSON array of the party ids present. */
  partyIds: string;
  /** 第二十三条: public or private as the parties asked. */
  isPublic: Flag;
  record: string;
  /** JSON array of attachment ids (photos, owner `medCase`). */
  attachmentIds: string;
  createdBy: string;
  createdAt: Instant;
}

/** 第二十条: a person invited with the parties' consent (relatives, neighbours, experts…). */
export interface MedParticipantTable {
  id: string;
  caseId: string;
  sessionId: string;
  name: string;
  /** `relative` | `neighbour` | `colleague` | `expert` | `official` | `other`. */
  relation: string;
  affiliation: string | null;
  /** JSON array of the party ids who agreed to the invitation (every party). */
  consentPartyIds: string;
}

/** 第二十五条: a risk assessment with prevention measures; may report to the police. */
export interface MedRiskMeasureTable {
  id: string;
  caseId: string;
  assessedOn: LocalDate;
  level: string;
  /** `escalation` (可能激化) | `publicSecurity` (可能引发治安案件、刑事案件). */
  kind: string;
  description: string;
  measures: string;
  reportedToPolice: Flag;
  policeUnit: string | null;
  reportedOn: LocalDate | null;
  createdBy: string;
  createdAt: Instant;
}

/** 第二十八条至第三十条: the agreement reached (one per case). */
export interface MedAgreementTable {
  id: string;
  caseId: string;
  /** `written` | `oral`. */
  form: string;
  facts: string;
  disputedMatters: string;
  responsibilities: string;
  terms: string;
  performanceManner: string;
  performanceDueOn: LocalDate | null;
  reachedOn: LocalDate;
  effectiveOn: LocalDate;
  copies: number;
  mediatorName: string;
  committeeSeal: Flag;
  /** The last day of the judicial-confirmation window (第三十三条), computed at effect. */
  confirmationDueOn: LocalDate;
  confirmationRemindedAt: Instant | null;
  documentAttachmentId: string | null;
  createdBy: string;
  createdAt: Instant;
}

/** 第二十九条第二款: who signed, sealed or put a fingerprint, and when. */
export interface MedAgreementSignatureTable {
  id: string;
  agreementId: string;
  /** `party` | `mediator`. */
  signerKind: string;
  partyId: string | null;
  name: string;
  signedOn: LocalDate;
  /** `signature` | `seal` | `fingerprint`. */
  way: string;
}

/** How an unsuccessful case ended: failure (第二十六条) or withdrawal, with the notice served. */
export interface MedOutcomeTable {
  id: string;
  caseId: string;
  /** `failed` | `withdrawn`. */
  kind: string;
  reason: string;
  closedOn: LocalDate;
  noticeAttachmentId: string | null;
  createdBy: string;
  createdAt: Instant;
}

/** 第三十一条: the committee checks and urges performance. */
export interface MedPerformanceTable {
  id: string;
  caseId: string;
  /** `performed` | `partly` | `notPerformed`. */
  status: string;
  checkedOn: LocalDate;
  performedOn: LocalDate | null;
  note: string | null;
  createdBy: string;
  createdAt: Instant;
}

/** 回访: a follow-up visit or a citizen's rating. */
export interface MedFollowupTable {
  id: string;
  caseId: string;
  visitedOn: LocalDate;
  /** `visit` | `phone` | `online` | `portal` (the citizen's own rating). */
  way: string;
  result: string | null;
  satisfaction: number | null;
  partyId: string | null;
  citizenId: string | null;
  createdBy: string;
  createdAt: Instant;
}

/** 第三十三条; 民事诉讼法 第二百零五、二百零六条: the joint application and the court's ruling. */
export interface MedConfirmationTable {
  id: string;
  caseId: string;
  agreementId: string;
  courtName: string;
  /** → med_referrers.id when picked from the registry. */
  courtReferrerId: string | null;
  /** `referringCourt` | `committeeLocation` | `partyDomicile` | `objectLocation`. */
  courtBasis: string;
  appliedOn: LocalDate;
  /** JSON array of the party ids applying (both sides). */
  applicantPartyIds: string;
  /** `applied` | `accepted` | `notAccepted` | `confirmed` | `rejected`. */
  status: string;
  acceptedOn: LocalDate | null;
  courtCaseNumber: string | null;
  rulingOn: LocalDate | null;
  rulingNumber: string | null;
  rulingNote: string | null;
  documentAttachmentId: string | null;
  createdBy: string;
  createdAt: Instant;
  updatedAt: Instant;
}
