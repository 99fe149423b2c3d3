import type { PermissionCategory, PermissionInfo, Role } from '../../api/types';

/**
 * The category a role is bound to under 三员分立: a built-in role's own category; for a
 * custom role, the category of the first non-common permission it holds (none yet → null).
 */
export function boundCategory(
  role: Role | null,
  selected: readonly string[],
  permissions: readonly PermissionInfo[],
): PermissionCategory | null {
  if (role?.builtin) return role.category;
  const byKey = new Map(permissions.map((p) => [p.key, p.category]));
  for (const key of selected) {
    const category = byKey.get(key);
    if (category && category !== 'common') return category;
  }
  return null;
}
