import type { DataScope } from '@tianping/common/access/permission';
import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';
import { newId } from '../db/ids';
import { hashPassword } from './password-hash';
import { findRoleByCode, insertRoleIfAbsent, replaceRolePermissions } from './role.repository';
import { newUserRow, pushPasswordHistory } from './user.repository';

/** A business role of a module's demo accounts (not built-in: the security administrator may edit or delete it). */
export interface DemoRole {
  code: string;
  name: string;
  nameEn: string;
  permissions: readonly string[];
}

/** A demo account: one user holding one role in the organisation of its slot, with a data scope. */
export interface DemoAccount<Slot extends string = string> {
  username: string;
  displayName: string;
  role: string;
  org: Slot;
  scope: DataScope;
}

/**
 * Inserts each role unless its code exists, then makes it hold the common-category permissions plus
 * its own — only keys some registered module declares, so a role survives a module being left out.
 */
export async function seedDemoRoles(trx: Trx, kernel: Kernel, roles: readonly DemoRole[], now: string): Promise<void> {
  const common = [...kernel.permissions.values()].filter((p) => p.category === 'common').map((p) => p.key);
  for (const r of roles) {
    await insertRoleIfAbsent(trx, {
      id: newId(),
      code: r.code,
      name: r.name,
      nameEn: r.nameEn,
      category: 'business',
      builtin: 0,
      requireTotp: 0,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const role = (await findRoleByCode(trx, r.code))!;
    const known = [...common, ...r.permissions].filter((p) => kernel.permissions.has(p));
    await replaceRolePermissions(trx, role.id, [...new Set(known)].sort());
  }
}

/**
 * Creates each account whose username is not taken yet (idempotent): the user in the organisation of
 * its slot with `password` and no forced change (so the printed logins work at once), its password
 * history, and its role assignment with the account's scope. An account whose role does not exist is
 * skipped. Returns the ids of the users created by this call, by username, so a module can add rows of
 * its own (a mediator record for a mediator account).
 */
export async function seedDemoAccounts<Slot extends string>(
  trx: Trx,
  accounts: readonly DemoAccount<Slot>[],
  orgIdOf: Readonly<Record<Slot, string>>,
  password: string,
  now: string,
): Promise<Map<string, string>> {
  const created = new Map<string, string>();
  // scrypt is slow on purpose: hash once, and only when an account is missing (not on every restart).
  let passwordHash: string | undefined;
  for (const u of accounts) {
    if (await trx.selectFrom('users').select('id').where('username', '=', u.username).executeTakeFirst()) continue;
    const role = await findRoleByCode(trx, u.role);
    if (!role) continue;
    passwordHash ??= await hashPassword(password);
    const id = newId();
    const orgId = orgIdOf[u.org];
    await trx
      .insertInto('users')
      .values(newUserRow({ id, username: u.username, displayName: u.displayName, orgId, passwordHash, mustChangePassword: 0 }, now))
      .execute();
    await pushPasswordHistory(trx, id, passwordHash, now);
    await trx.insertInto('userRoles').values({ id: newId(), userId: id, roleId: role.id, orgId, scope: u.scope, createdAt: now }).execute();
    created.set(u.username, id);
  }
  return created;
}
