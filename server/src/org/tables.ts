import type { Flag, Instant } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    regions: RegionTable;
    organisations: OrganisationTable;
  }
}

/** Administrative divisions of the configured city (GB/T 2260 and its 9/12-digit extensions). */
export interface RegionTable {
  code: string;
  name: string;
  /** 1 city, 2 district, 3 street/town, 4 village/community. */
  level: number;
  parentCode: string | null;
}

export interface OrganisationTable {
  id: string;
  /** Unique business code (e.g. 统一社会信用代码 or an internal code). */
  code: string;
  name: string;
  shortName: string | null;
  /** One of `orgTypes` (common/contract/org.ts). */
  type: string;
  regionCode: string;
  parentId: string | null;
  /** Materialised path of ids, `/<root>/<child>/…/<self>/`, for subtree scope (`LIKE path%`). */
  path: string;
  depth: number;
  active: Flag;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}
