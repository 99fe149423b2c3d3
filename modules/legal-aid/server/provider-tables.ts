import type { Flag, Instant, LocalDate } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    aidProviders: AidProviderTable;
    aidProviderHistory: AidProviderHistoryTable;
    aidAssignments: AidAssignmentTable;
    aidDutyStations: AidDutyStationTable;
    aidDutyRosters: AidDutyRosterTable;
    aidDutyServices: AidDutyServiceTable;
    aidAssignmentSettings: AidAssignmentSettingTable;
  }
}

/**
 * 法律援助人员 (法律援助法 第十二、十三、十六、十七条): a lawyer (of a law firm, organisation type
 * `lawFirm`), a law firm, a grassroots legal-service worker or a volunteer, serving a centre.
 */
export interface AidProviderTable {
  id: string;
  /** `lawyer | firm | grassroots | volunteer` (contract `providerKinds`). */
  kind: string;
  name: string;
  /** The login of the provider (the lawyer's own view: permission `legalAid.case.work`). */
  userId: string | null;
  /** The law firm (organisation of type `lawFirm`); for kind `firm` the firm itself. */
  firmOrgId: string | null;
  /** The legal aid centre the provider serves; `regionCode` its district (6 digits). */
  orgId: string;
  regionCode: string;
  /** JSON array of contract `specialities`. */
  specialities: string;
  /** 执业证号 and the day practice began (第二十六条 counts the years). */
  licenceNo: string | null;
  practiceSince: LocalDate | null;
  /** Declared years of relevant (criminal) practice. */
  relevantCriminalYears: number;
  /** Professional contact given to the notifying authority (第三十六条 reply): the office phone. */
  contactPhone: string | null;
  idNumberEnc: string | null;
  idNumberIndex: string | null;
  active: Flag;
  note: string | null;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/**
 * Earlier clients and opponents of a provider (利益冲突审查): entered by staff, and fed by every
 * assignment (the recipient as client, the opponents as opponents).
 */
export interface AidProviderHistoryTable {
  id: string;
  providerId: string;
  /** `client | opponent`. */
  side: string;
  name: string;
  idNumberIndex: string | null;
  matter: string | null;
  date: LocalDate | null;
  /** `manual | assignment`. */
  source: string;
  caseId: string | null;
  createdBy: string | null;
  createdAt: Instant;
}

/** 指派 (第四十三条第一款 / 第三十六条): one row per assignment, ended by a replacement or the case's end. */
export interface AidAssignmentTable {
  id: string;
  caseId: string;
  providerId: string;
  /** The provider's login at the time (the lawyer scope follows aid_cases.assigneeUserId). */
  userId: string | null;
  /** JSON: the chosen candidate's score parts, conflict findings and seniority result, and the top of the ranking. */
  proposal: string;
  /** Rank of the chosen provider in the proposal (1 = proposed). */
  proposedRank: number | null;
  overrideReason: string | null;
  /** The assignment replaced (更换, 第五十五条) and why. */
  replacesAssignmentId: string | null;
  replacementReason: string | null;
  assignedOn: LocalDate;
  assignedAt: Instant;
  /** Within the 3-day period (assignDueOn of the case). */
  onTime: Flag;
  assignedBy: string;
  endedOn: LocalDate | null;
  /** `replaced | closed | terminated | withdrawn`. */
  endReason: string | null;
  createdAt: Instant;
}

/** 值班律师工作站 (第十四条): at a court, procuratorate or detention centre. */
export interface AidDutyStationTable {
  id: string;
  /** The legal aid centre that runs it. */
  orgId: string;
  name: string;
  /** `court | procuratorate | detentionCentre`. */
  hostKind: string;
  hostOrgId: string | null;
  hostName: string;
  address: string | null;
  active: Flag;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One duty lawyer on one day at a station. */
export interface AidDutyRosterTable {
  id: string;
  stationId: string;
  dutyDate: LocalDate;
  providerId: string;
  createdBy: string;
  createdAt: Instant;
}

/** 法律帮助 given by a duty lawyer (第三十条): one row per kind of help in a visit (`visitId`). */
export interface AidDutyServiceTable {
  id: string;
  visitId: string;
  stationId: string;
  providerId: string;
  servedOn: LocalDate;
  /** Contract `dutyServiceKinds`. */
  kind: string;
  /** The suspect or defendant helped (name only; no ID number is needed for the statistics). */
  personName: string;
  /** 侦查 | 审查起诉 | 审判. */
  stage: string;
  summary: string;
  /** The application forwarded to the centre (第三十九条第二款), when one was. */
  forwardedCaseId: string | null;
  createdBy: string;
  createdAt: Instant;
}

/**
 * The centre's local rules of the proposal (not law, hence editable): rotation weights and the conflict
 * levels. One row (`id` = `default`); absent → the defaults of domain/rotation.ts and domain/conflict.ts.
 */
export interface AidAssignmentSettingTable {
  id: string;
  /** JSON `RotationWeights`. */
  weights: string;
  /** JSON `ConflictSettings`. */
  conflictLevels: string;
  version: number;
  updatedBy: string | null;
  updatedAt: Instant;
}
