import { createHash, randomBytes } from 'node:crypto';
import type { StaffActor, StaffRestriction } from '../access/actor';
import type { DbOrTrx } from '../db/database';
import { firstAssignmentId } from './assignment.repository';
import {
  findSessionContext,
  insertSession,
  rolePermissionKeys,
  setSessionAssignment,
  touchSession,
  type SessionContextRow,
} from './session.repository';

export const sessionCookie = 'tp_session';
/** Sessions end after 30 minutes without a request (idle) and 12 hours after sign-in (absolute). */
export const idleTimeoutMs = 30 * 60 * 1000;
export const absoluteLifetimeMs = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most once a minute per session, not on every request. */
export const touchIntervalMs = 60 * 1000;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Opens a session acting under the user's first assignment; returns the cookie token and the session id. */
export async function openSession(
  db: DbOrTrx,
  now: Date,
  userId: string,
  meta: { ip: string; userAgent: string },
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = newSessionToken();
  const sessionId = sessionIdOf(token);
  const expiresAt = new Date(now.getTime() + absoluteLifetimeMs);
  await insertSession(db, {
    id: sessionId,
    userId,
    assignmentId: await firstAssignmentId(db, userId),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    revokedAt: null,
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  return { token, sessionId, expiresAt };
}

function isLive(row: SessionContextRow, now: Date): boolean {
  if (row.revokedAt || !row.userActive) return false;
  if (row.expiresAt <= now.toISOString()) return false;
  return new Date(row.lastSeenAt).getTime() + idleTimeoutMs > now.getTime();
}

function restrictionOf(row: SessionContextRow): StaffRestriction | null {
  if (row.mustChangePassword) return 'passwordChange';
  if (row.totpRequired && !row.totpEnabled) return 'secondFactor';
  return null;
}

/**
 * The actor of a live session, or null when the session is unknown, revoked, idle too long,
 * past its absolute lifetime, or its user deactivated. Keeps the session alive (at most one
 * write a minute) and repairs a session whose assignment was removed.
 */
export async function loadSessionActor(
  db: DbOrTrx,
  now: Date,
  sessionId: string,
  opts: { touch: boolean } = { touch: true },
): Promise<StaffActor | null> {
  let row = await findSessionContext(db, sessionId);
  if (!row || !isLive(row, now)) return null;
  if (!row.assignmentId) {
    const fallback = await firstAssignmentId(db, row.userId);
    if (fallback) {
      await setSessionAssignment(db, sessionId, fallback);
      row = (await findSessionContext(db, sessionId))!;
    }
  }
  if (opts.touch && now.getTime() - new Date(row.lastSeenAt).getTime() >= touchIntervalMs) {
    await touchSession(db, sessionId, now.toISOString());
  }
  const permissions = row.roleId ? await rolePermissionKeys(db, row.roleId) : [];
  return {
    kind: 'staff',
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    sessionId,
    assignmentId: row.assignmentId,
    roleId: row.roleId,
    // Without an assignment the user acts in their own organisation with no permissions.
    orgId: row.assignmentOrgId ?? row.userOrgId,
    orgPath: row.assignmentOrgPath ?? row.userOrgPath,
    scope: row.scope ?? 'own',
    permissions: new Set(permissions),
    restriction: restrictionOf(row),
  };
}
