import type { DbOrTrx } from '../db/database';
import type { RoleTable } from './tables';

export type RoleRow = RoleTable & { permissions: string[] };

async function withPermissions(db: DbOrTrx, roles: RoleTable[]): Promise<RoleRow[]> {
  if (!roles.length) return [];
  const perms = await db
    .selectFrom('rolePermissions')
    .select(['roleId', 'permission'])
    .where(
      'roleId',
      'in',
      roles.map((r) => r.id),
    )
    .orderBy('permission')
    .execute();
  const byRole = new Map<string, string[]>();
  for (const p of perms) byRole.set(p.roleId, [...(byRole.get(p.roleId) ?? []), p.permission]);
  return roles.map((r) => ({ ...r, permissions: byRole.get(r.id) ?? [] }));
}

/** Built-in roles first, then by code. */
export async function listRoles(db: DbOrTrx): Promise<RoleRow[]> {
  const roles = await db.selectFrom('roles').selectAll().orderBy('builtin', 'desc').orderBy('code').execute();
  return withPermissions(db, roles);
}

export async function findRole(db: DbOrTrx, id: string): Promise<RoleRow | undefined> {
  const role = await db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
  return role ? (await withPermissions(db, [role]))[0] : undefined;
}

export async function findRoleByCode(db: DbOrTrx, code: string): Promise<RoleTable | undefined> {
  return db.selectFrom('roles').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertRole(db: DbOrTrx, row: RoleTable): Promise<void> {
  await db.insertInto('roles').values(row).execute();
}

/** Inserts a role unless one with the same code exists (concurrent first starts of several processes). */
export async function insertRoleIfAbsent(db: DbOrTrx, row: RoleTable): Promise<void> {
  await db
    .insertInto('roles')
    .values(row)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export async function updateRoleVersioned(
  db: DbOrTrx,
  id: string,
  version: number,
  changes: Partial<Omit<RoleTable, 'id' | 'version'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('roles')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Makes the role hold exactly `permissions`. */
export async function replaceRolePermissions(db: DbOrTrx, roleId: string, permissions: readonly string[]): Promise<void> {
  const current = new Set(
    (await db.selectFrom('rolePermissions').select('permission').where('roleId', '=', roleId).execute()).map((r) => r.permission),
  );
  const wanted = new Set(permissions);
  const removed = [...current].filter((p) => !wanted.has(p));
  const added = [...wanted].filter((p) => !current.has(p));
  if (removed.length) await db.deleteFrom('rolePermissions').where('roleId', '=', roleId).where('permission', 'in', removed).execute();
  if (added.length) {
    await db
      .insertInto('rolePermissions')
      .values(added.map((permission) => ({ roleId, permission })))
      .onConflict((oc) => oc.columns(['roleId', 'permission']).doNothing())
      .execute();
  }
}
