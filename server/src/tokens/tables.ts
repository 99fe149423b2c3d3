import type { DataScope } from '@tianping/common/access/permission';
import type { Instant } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    apiTokens: ApiTokenTable;
  }
}

/** Bearer tokens of other systems. Only the SHA-256 of the secret is stored. */
export interface ApiTokenTable {
  id: string;
  name: string;
  orgId: string;
  scope: DataScope;
  /** JSON array of permission keys. */
  permissions: string;
  /** Non-secret, unique, shown in lists (`tp_<prefix>_…`). */
  prefix: string;
  /** Hex SHA-256 of the 32-byte secret. */
  tokenHash: string;
  expiresAt: Instant;
  revokedAt: Instant | null;
  revokedBy: string | null;
  lastUsedAt: Instant | null;
  createdBy: string;
  createdAt: Instant;
}
