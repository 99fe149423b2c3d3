import type { DbOrTrx } from '@tianping/server/db/database';
import { findOrgById } from '@tianping/server/org/org.repository';

/**
 * Active users who supervise the hotline at a centre: a role with `hotline.ticket.supervise` held at the
 * centre itself, at an ancestor with subtree scope, or with city scope (the city 12348 supervisor).
 */
export async function hotlineSupervisorsOf(db: DbOrTrx, centreId: string): Promise<string[]> {
  const centre = await findOrgById(db, centreId);
  if (!centre) return [];
  const rows = await db
    .selectFrom('userRoles')
    .innerJoin('rolePermissions', 'rolePermissions.roleId', 'userRoles.roleId')
    .innerJoin('users', 'users.id', 'userRoles.userId')
    .innerJoin('organisations', 'organisations.id', 'userRoles.orgId')
    .select(['users.id as userId', 'userRoles.scope', 'userRoles.orgId', 'organisations.path'])
    .where('rolePermissions.permission', '=', 'hotline.ticket.supervise')
    .where('users.active', '=', 1)
    .execute();
  const ids = rows
    .filter((r) => r.scope === 'city' || r.orgId === centre.id || (r.scope === 'subtree' && centre.path.startsWith(r.path)))
    .map((r) => r.userId);
  return [...new Set(ids)];
}
