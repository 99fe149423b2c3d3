import { sql } from 'kysely';
import type { ScopedActor } from '../access/actor';
import { inOrgScope } from '../access/scope';
import type { DbOrTrx } from '../db/database';
import { newId } from '../db/ids';
import { passwordHistoryDepth } from './password-policy';
import type { UserTable } from './tables';

export type UserRow = UserTable & { orgName: string };

function usersWithOrg(db: DbOrTrx) {
  return db.selectFrom('users').innerJoin('organisations as o', 'o.id', 'users.orgId').selectAll('users').select('o.name as orgName');
}

/** Unscoped: sign-in and the signed-in user's own account. */
export async function findUserById(db: DbOrTrx, id: string): Promise<UserRow | undefined> {
  return usersWithOrg(db).where('users.id', '=', id).executeTakeFirst();
}

export async function findUserByUsername(db: DbOrTrx, username: string): Promise<UserTable | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/** Scoped: a user outside the actor's data scope is not found. */
export async function findUserInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<UserRow | undefined> {
  return usersWithOrg(db)
    .where('users.id', '=', id)
    .where((eb) => inOrgScope(eb, actor, 'users.orgId'))
    .executeTakeFirst();
}

export interface UserListFilter {
  orgId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The columns a user list shows: never the password hash, TOTP secret or phone ciphertext. */
const listColumns = [
  'users.id',
  'users.username',
  'users.displayName',
  'users.orgId',
  'users.phoneMasked',
  'users.active',
  'users.lockedUntil',
  'users.mustChangePassword',
  'users.lastLoginAt',
] as const;
export type UserListRow = Pick<
  UserRow,
  'id' | 'username' | 'displayName' | 'orgId' | 'orgName' | 'phoneMasked' | 'active' | 'lockedUntil' | 'mustChangePassword' | 'lastLoginAt'
>;

export async function listUsersInScope(
  db: DbOrTrx,
  actor: ScopedActor,
  f: UserListFilter,
): Promise<{ rows: UserListRow[]; total: number }> {
  let base = db
    .selectFrom('users')
    .innerJoin('organisations as o', 'o.id', 'users.orgId')
    .where((eb) => inOrgScope(eb, actor, 'users.orgId'));
  if (f.orgId) base = base.where('users.orgId', '=', f.orgId);
  if (f.q) {
    const pattern = `%${escapeLike(f.q.toLowerCase())}%`;
    base = base.where((eb) =>
      eb.or([
        eb('users.username', 'like', sql<string>`${pattern} escape '\\'`),
        eb('users.displayName', 'like', sql<string>`${pattern} escape '\\'`),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .select(listColumns)
      .select('o.name as orgName')
      .orderBy('users.username')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertUser(db: DbOrTrx, row: UserTable): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

/** The row of a new, active account with no second factor and no sign-in yet. */
export function newUserRow(
  fields: Pick<UserTable, 'id' | 'username' | 'displayName' | 'orgId' | 'passwordHash' | 'mustChangePassword'> &
    Partial<Pick<UserTable, 'phoneEnc' | 'phoneIndex' | 'phoneMasked'>>,
  now: string,
): UserTable {
  return {
    phoneEnc: null,
    phoneIndex: null,
    phoneMasked: null,
    ...fields,
    failedAttempts: 0,
    lockedUntil: null,
    totpSecretEnc: null,
    totpEnabled: 0,
    totpLastStep: null,
    active: 1,
    lastLoginAt: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** Updates a user when its version still matches; returns false when someone else changed it first. */
export async function updateUserVersioned(
  db: DbOrTrx,
  id: string,
  version: number,
  changes: Partial<Omit<UserTable, 'id' | 'version'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('users')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Unversioned update of sign-in bookkeeping (attempts, lock, last login, TOTP step). */
export async function updateUserState(db: DbOrTrx, id: string, changes: Partial<Omit<UserTable, 'id' | 'version'>>): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

/** Adds one failed attempt atomically and returns the new count. */
export async function incrementFailedAttempts(db: DbOrTrx, id: string): Promise<number> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({ failedAttempts: eb('failedAttempts', '+', 1) }))
    .where('id', '=', id)
    .returning('failedAttempts')
    .executeTakeFirstOrThrow();
  return Number(row.failedAttempts);
}

export async function usernameExists(db: DbOrTrx, username: string): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst());
}

export async function recentPasswordHashes(db: DbOrTrx, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('passwordHistory')
    .select('passwordHash')
    .where('userId', '=', userId)
    .orderBy('id', 'desc')
    .limit(passwordHistoryDepth)
    .execute();
  return rows.map((r) => r.passwordHash);
}

/** Records a newly set password and keeps only the most recent ones. */
export async function pushPasswordHistory(db: DbOrTrx, userId: string, passwordHash: string, now: string): Promise<void> {
  await db.insertInto('passwordHistory').values({ id: newId(), userId, passwordHash, createdAt: now }).execute();
  const keep = db.selectFrom('passwordHistory').select('id').where('userId', '=', userId).orderBy('id', 'desc').limit(passwordHistoryDepth);
  const kept = (await keep.execute()).map((r) => r.id);
  await db.deleteFrom('passwordHistory').where('userId', '=', userId).where('id', 'not in', kept).execute();
}

export async function orgById(db: DbOrTrx, id: string): Promise<{ id: string; path: string; name: string; active: 0 | 1 } | undefined> {
  return db.selectFrom('organisations').select(['id', 'path', 'name', 'active']).where('id', '=', id).executeTakeFirst();
}

/** Locks the user's row until the transaction ends (PostgreSQL; SQLite serialises writers itself). */
export async function lockUserRow(db: DbOrTrx, id: string, isPg: boolean): Promise<void> {
  if (!isPg) return;
  await db.selectFrom('users').select('id').where('id', '=', id).forUpdate().execute();
}
