import type { DataScope, PermissionCategory } from '@tianping/common/access/permission';
import type { Flag, Instant } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    users: UserTable;
    passwordHistory: PasswordHistoryTable;
    roles: RoleTable;
    rolePermissions: RolePermissionTable;
    userRoles: UserRoleTable;
    sessions: SessionTable;
  }
}

/** Staff accounts. The phone is personal data: ciphertext, blind index and a masked copy for lists. */
export interface UserTable {
  id: string;
  /** Lower case, unique. */
  username: string;
  displayName: string;
  orgId: string;
  phoneEnc: string | null;
  phoneIndex: string | null;
  phoneMasked: string | null;
  /** `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>`. */
  passwordHash: string;
  mustChangePassword: Flag;
  failedAttempts: number;
  lockedUntil: Instant | null;
  /** TOTP secret encrypted with the PII cipher; set at setup, confirmed by enable. */
  totpSecretEnc: string | null;
  totpEnabled: Flag;
  /** Last accepted TOTP time step: a code is never accepted twice (replay protection). */
  totpLastStep: number | null;
  active: Flag;
  lastLoginAt: Instant | null;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/** The hashes of a user's most recent passwords (the current one included), newest last. */
export interface PasswordHistoryTable {
  id: string;
  userId: string;
  passwordHash: string;
  createdAt: Instant;
}

export interface RoleTable {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  /** The one non-common permission category of the role (三员分立). */
  category: Exclude<PermissionCategory, 'common'>;
  builtin: Flag;
  /** Holders must enable the TOTP second factor before they can work. */
  requireTotp: Flag;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface RolePermissionTable {
  roleId: string;
  permission: string;
}

/** A role held by a user in an organisation, reaching as far as its data scope. */
export interface UserRoleTable {
  id: string;
  userId: string;
  roleId: string;
  orgId: string;
  scope: DataScope;
  createdAt: Instant;
}

/** Staff sessions. `id` is the SHA-256 of the cookie's random token; the token itself is never stored. */
export interface SessionTable {
  id: string;
  userId: string;
  /** The assignment the session acts under (null when the user holds none). */
  assignmentId: string | null;
  createdAt: Instant;
  lastSeenAt: Instant;
  /** Absolute expiry, fixed at sign-in. */
  expiresAt: Instant;
  revokedAt: Instant | null;
  ip: string | null;
  userAgent: string | null;
}
