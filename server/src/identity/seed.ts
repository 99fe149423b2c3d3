import type { PermissionCategory } from '@tianping/common/access/permission';
import { builtinRoles } from '@tianping/common/contract/identity';
import type { Kernel } from '../core/module';
import { newId, nowIso } from '../db/ids';
import { findRoleByCode, insertRoleIfAbsent, replaceRolePermissions } from './role.repository';

/** The permissions a built-in role of `category` holds: every registered one of that category, plus the common ones. */
export function builtinPermissions(kernel: Kernel, category: Exclude<PermissionCategory, 'common'>): string[] {
  return [...kernel.permissions.values()]
    .filter((p) => p.category === category || p.category === 'common')
    .map((p) => p.key)
    .sort();
}

/**
 * Reference data: the built-in roles, created when missing and re-synchronised with the
 * registered permissions on every start (a newly enabled module's permissions reach them at
 * once). Names and `requireTotp` set by the security administrator are kept.
 */
export async function seedBuiltinRoles(kernel: Kernel): Promise<void> {
  await kernel.db.transaction().execute(async (trx) => {
    for (const def of builtinRoles) {
      const now = nowIso();
      await insertRoleIfAbsent(trx, {
        id: newId(),
        code: def.code,
        name: def.name,
        nameEn: def.nameEn,
        category: def.category,
        builtin: 1,
        requireTotp: 0,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      const role = (await findRoleByCode(trx, def.code))!;
      await replaceRolePermissions(trx, role.id, builtinPermissions(kernel, def.category));
    }
  });
}
