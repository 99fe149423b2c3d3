import type { Instant } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    caseNumberCounters: CaseNumberCounterTable;
  }
}

/** The last sequence number issued per organisation, case type and year (one row each). */
export interface CaseNumberCounterTable {
  orgId: string;
  caseType: string;
  year: number;
  last: number;
  updatedAt: Instant;
}
