import type { DataScope, PermissionCategory } from '@tianping/common/access/permission';
import { adminCategories } from '@tianping/common/contract/identity';

export type RoleCategory = Exclude<PermissionCategory, 'common'>;

const isAdmin = (c: RoleCategory) => (adminCategories as readonly string[]).includes(c);

/**
 * 三员分立 (GB/T 22239-2019 8.1.10.4; 国家保密标准 BMB17 "三员"): system, security and audit
 * administration are held by different accounts, and an administrator account does no
 * business work. True when holding `adding` besides `held` would break that.
 */
export function isDutyConflict(held: readonly RoleCategory[], adding: RoleCategory): boolean {
  const all = new Set<RoleCategory>([...held, adding]);
  const admin = [...all].filter(isAdmin);
  return admin.length > 1 || (admin.length === 1 && all.has('business'));
}

/**
 * The one non-common category of a permission set: `null` when it mixes categories, and
 * `fallback` when it holds only common permissions.
 */
export function categoryOfPermissions(categories: readonly PermissionCategory[], fallback: RoleCategory): RoleCategory | null {
  const distinct = [...new Set(categories.filter((c): c is RoleCategory => c !== 'common'))];
  if (distinct.length > 1) return null;
  return distinct[0] ?? fallback;
}

const scopeReach: Record<DataScope, number> = { own: 0, subtree: 1, city: 2 };

/** An administrator may grant a data scope no wider than the one they act under. */
export function canGrantScope(granter: DataScope, granted: DataScope): boolean {
  return scopeReach[granted] <= scopeReach[granter];
}
