import type { DataScope, PermissionCategory } from '@tianping/common/access/permission';
import { tokenGrantableAdminPermissions, tokenGrantableCategories, tokenMaxLifetimeYears } from '@tianping/common/contract/tokens';

/**
 * Which permissions, scope and lifetime a staff member may give an API token. Pure rules;
 * the service loads the facts (registered permissions, the creator's assignment).
 */
const scopeReach: Record<DataScope, number> = { own: 0, subtree: 1, city: 2 };

export type TokenPermissionProblem = 'UNKNOWN_PERMISSION' | 'PERMISSION_NOT_FOR_TOKENS' | 'PERMISSION_NOT_HELD';

/** Whether a permission of this category may sit on a token at all (see `tokenGrantableAdminPermissions`). */
export function isTokenGrantable(key: string, category: PermissionCategory): boolean {
  return tokenGrantableCategories.includes(category) || tokenGrantableAdminPermissions.includes(key);
}

/** The first permission the creator may not put on a token, with why; null when all may. */
export function tokenPermissionProblem(
  requested: readonly string[],
  held: ReadonlySet<string>,
  registered: ReadonlyMap<string, { category: PermissionCategory }>,
): { index: number; problem: TokenPermissionProblem } | null {
  for (const [index, key] of requested.entries()) {
    const def = registered.get(key);
    if (!def) return { index, problem: 'UNKNOWN_PERMISSION' };
    if (!isTokenGrantable(key, def.category)) return { index, problem: 'PERMISSION_NOT_FOR_TOKENS' };
    // Business and common permissions are granted to a token the way the security administrator
    // grants roles to people (三员分立: they authorise, they do not use); the read-only admin
    // permissions a token may carry must be held by the creator.
    if (def.category !== 'business' && def.category !== 'common' && !held.has(key)) return { index, problem: 'PERMISSION_NOT_HELD' };
  }
  return null;
}

/**
 * A token reaches no further than its creator: together with the target organisation lying
 * in the creator's scope, a scope no wider than the creator's keeps the token's reach inside
 * the creator's (own ⊂ subtree ⊂ city).
 */
export function isScopeGrantable(creator: DataScope, requested: DataScope): boolean {
  return scopeReach[requested] <= scopeReach[creator];
}

/** In the future and no later than the same instant one calendar year ahead. */
export function isExpiryAllowed(expiresAt: Date, now: Date): boolean {
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + tokenMaxLifetimeYears);
  return expiresAt.getTime() > now.getTime() && expiresAt.getTime() <= latest.getTime();
}
