import type { DataScope } from '@tianping/common/access/permission';
import type { DbOrTrx } from '../db/database';
import type { SessionTable } from './tables';

/** Everything needed to turn a session into an actor, in one indexed query. */
export interface SessionContextRow {
  sessionId: string;
  userId: string;
  assignmentId: string | null;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
  username: string;
  displayName: string;
  userOrgId: string;
  userActive: 0 | 1;
  mustChangePassword: 0 | 1;
  totpEnabled: 0 | 1;
  roleId: string | null;
  assignmentOrgId: string | null;
  scope: DataScope | null;
  assignmentOrgPath: string | null;
  userOrgPath: string;
  totpRequired: 0 | 1;
}

export async function insertSession(db: DbOrTrx, row: SessionTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function findSessionContext(db: DbOrTrx, sessionId: string): Promise<SessionContextRow | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .innerJoin('organisations as uo', 'uo.id', 'u.orgId')
    .leftJoin('userRoles as a', 'a.id', 's.assignmentId')
    .leftJoin('organisations as ao', 'ao.id', 'a.orgId')
    .select((eb) => [
      's.id as sessionId',
      's.userId',
      's.assignmentId',
      's.lastSeenAt',
      's.expiresAt',
      's.revokedAt',
      'u.username',
      'u.displayName',
      'u.orgId as userOrgId',
      'u.active as userActive',
      'u.mustChangePassword',
      'u.totpEnabled',
      'a.roleId',
      'a.orgId as assignmentOrgId',
      'a.scope',
      'ao.path as assignmentOrgPath',
      'uo.path as userOrgPath',
      eb
        .case()
        .when(
          eb.exists(
            eb
              .selectFrom('userRoles as ur')
              .innerJoin('roles as r', 'r.id', 'ur.roleId')
              .select('ur.id')
              .whereRef('ur.userId', '=', 'u.id')
              .where('r.requireTotp', '=', 1),
          ),
        )
        .then(1)
        .else(0)
        .end()
        .as('totpRequired'),
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  return row ? { ...row, totpRequired: Number(row.totpRequired) as 0 | 1 } : undefined;
}

export async function rolePermissionKeys(db: DbOrTrx, roleId: string): Promise<string[]> {
  const rows = await db.selectFrom('rolePermissions').select('permission').where('roleId', '=', roleId).execute();
  return rows.map((r) => r.permission);
}

export async function touchSession(db: DbOrTrx, sessionId: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt: now }).where('id', '=', sessionId).execute();
}

export async function setSessionAssignment(db: DbOrTrx, sessionId: string, assignmentId: string): Promise<void> {
  await db.updateTable('sessions').set({ assignmentId }).where('id', '=', sessionId).execute();
}

export async function revokeSession(db: DbOrTrx, sessionId: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ revokedAt: now }).where('id', '=', sessionId).where('revokedAt', 'is', null).execute();
}

/** Revokes every open session of a user (but `keepSessionId`); returns how many. */
export async function revokeUserSessions(db: DbOrTrx, userId: string, now: string, keepSessionId?: string): Promise<number> {
  const res = await db
    .updateTable('sessions')
    .set({ revokedAt: now })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .$if(!!keepSessionId, (q) => q.where('id', '!=', keepSessionId!))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Sessions pointing at a removed assignment fall back to none (the next request picks another). */
export async function detachAssignmentFromSessions(db: DbOrTrx, assignmentId: string): Promise<void> {
  await db.updateTable('sessions').set({ assignmentId: null }).where('assignmentId', '=', assignmentId).execute();
}

/** Deletes sessions that ended (expired or revoked) before `before`. */
export async function purgeEndedSessions(db: DbOrTrx, before: string): Promise<number> {
  const res = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expiresAt', '<', before), eb('revokedAt', '<', before)]))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
