import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ScopedActor } from './actor';

/**
 * Compiles the actor's data scope into a SQL condition on an organisation-id column.
 * Every repository query over scoped records uses it, so rows outside the scope are
 * never loaded (and the API answers 404 for them, not 403).
 *
 *   db.selectFrom('users').where((eb) => inOrgScope(eb, actor, 'users.orgId'))
 */
export function inOrgScope(
  eb: ExpressionBuilder<any, any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  actor: ScopedActor,
  orgIdColumn: string,
): Expression<SqlBool> {
  switch (actor.scope) {
    case 'city':
      return sql<SqlBool>`1 = 1`;
    case 'own':
      return eb(eb.ref(orgIdColumn), '=', actor.orgId);
    case 'subtree':
      return eb(
        eb.ref(orgIdColumn),
        'in',
        eb.selectFrom('organisations as scope_org').select('scope_org.id').where('scope_org.path', 'like', `${actor.orgPath}%`),
      );
  }
}

/** The same test in JavaScript, for a single already-known organisation path (e.g. a target org on create). */
export function orgPathInScope(actor: ScopedActor, orgId: string, orgPath: string): boolean {
  if (actor.scope === 'city') return true;
  if (actor.scope === 'own') return orgId === actor.orgId;
  return orgPath.startsWith(actor.orgPath);
}
