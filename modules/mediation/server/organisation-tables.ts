import type { Flag, Instant, LocalDate } from '@tianping/server/db/schema';

declare module '@tianping/server/db/schema' {
  interface Database {
    medCommittees: MedCommitteeTable;
    medCommitteeMembers: MedCommitteeMemberTable;
    medMediators: MedMediatorTable;
    medTrainings: MedTrainingTable;
    medDisciplines: MedDisciplineTable;
    medCampaigns: MedCampaignTable;
    medCampaignFindings: MedCampaignFindingTable;
  }
}

/**
 * A people's mediation committee (人民调解委员会, 人民调解法 第七–第十条), one per organisation of the
 * org tree (type `mediationCommittee`, or a `justiceOffice` for a street-level committee).
 */
export interface MedCommitteeTable {
  orgId: string;
  /** `village` | `street` | `enterprise` | `industry` (contract `committeeKinds`). */
  kind: string;
  /** For industry/professional committees: `medical` | `labour` | `property` | `traffic` | … */
  industryField: string | null;
  establishedOn: LocalDate | null;
  address: string | null;
  phone: string | null;
  /** Organisation that set the committee up (村委会 / 企业 …), free text. */
  sponsor: string | null;
  /** The justice office / bureau that guides the committee (第五条): receives term-end warnings. */
  supervisingOrgId: string | null;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A member of a committee (委员, 主任, 副主任), 3-year term (第九条). */
export interface MedCommitteeMemberTable {
  id: string;
  committeeOrgId: string;
  name: string;
  /** `female` | `male`. */
  gender: string;
  /** `chair` | `viceChair` | `member`. */
  role: string;
  /** The member is also a registered mediator (optional link). */
  mediatorId: string | null;
  termStartOn: LocalDate;
  termEndOn: LocalDate;
  /** Set once the term-end warning was sent to the supervising office (no duplicates). */
  termWarnedOn: LocalDate | null;
  position: number;
  createdAt: Instant;
}

/** A people's mediator (人民调解员, 第十三–第十六条). */
export interface MedMediatorTable {
  id: string;
  /** The committee's organisation id. */
  orgId: string;
  /** Login of the mediator when they use the workbench. */
  userId: string | null;
  name: string;
  gender: string;
  /** `fullTime` | `partTime`. */
  employment: string;
  /** JSON array of dispute kinds (contract enums `disputeKinds`). */
  specialities: string;
  phone: string | null;
  /** `active` | `suspended` | `dismissed` (第十五条: 罢免/解聘). */
  status: string;
  appointedOn: LocalDate | null;
  dismissedOn: LocalDate | null;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A training a mediator attended (第十四条: 县级司法行政部门定期培训). */
export interface MedTrainingTable {
  id: string;
  mediatorId: string;
  title: string;
  organiser: string;
  startedOn: LocalDate;
  endedOn: LocalDate | null;
  hours: number;
  /** 0/1: passed (assessment) */
  passed: Flag;
  createdBy: string;
  createdAt: Instant;
}

/** A disciplinary measure for conduct prohibited by 第十五条. */
export interface MedDisciplineTable {
  id: string;
  mediatorId: string;
  /** 第十五条 ground (contract `mediatorProhibitions`). */
  ground: string;
  /** `criticism` (批评教育) | `correction` (责令改正) | `dismissal` (罢免或者解聘). */
  measure: string;
  facts: string;
  decidedOn: LocalDate;
  decidedBy: string;
  createdAt: Instant;
}

/** A screening campaign (矛盾纠纷排查) over a region for a period. */
export interface MedCampaignTable {
  id: string;
  /** The organisation running the campaign (district bureau / justice office): scope. */
  orgId: string;
  title: string;
  regionCode: string;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  focus: string | null;
  /** `open` | `closed`. */
  status: string;
  createdBy: string;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** A dispute found during a campaign, tracked to resolution. */
export interface MedCampaignFindingTable {
  id: string;
  campaignId: string;
  title: string;
  description: string;
  /** District code (level 2) of the place, for the per-district report. */
  districtCode: string;
  regionCode: string;
  /** Contract enums `riskLevels` (`none|low|medium|high`). */
  riskLevel: string;
  /** Dispute kind (contract enums `disputeKinds`). */
  kind: string;
  partiesCount: number;
  foundOn: LocalDate;
  assignedOrgId: string | null;
  assignedMediatorId: string | null;
  /** `open` | `assigned` | `resolved` | `converted` (turned into a case). */
  status: string;
  resolution: string | null;
  resolvedOn: LocalDate | null;
  caseId: string | null;
  createdBy: string;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}
