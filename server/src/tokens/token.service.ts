import { tokenErrors, type CreateTokenBody, type CreatedToken, type TokenView } from '@tianping/common/contract/tokens';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '../access/actor';
import type { Kernel } from '../core/module';
import { newId } from '../db/ids';
import { fail, forbidden, notFound } from '../http/errors';
import { findOrgInScope } from '../org/org.repository';
import { isExpiryAllowed, isScopeGrantable, tokenPermissionProblem } from './token.policy';
import { presentToken } from './token.presenter';
import { findTokenInScope, insertToken, listTokensInScope, revokeToken } from './token.repository';
import { newTokenSecret } from './token-secret';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'permissions'>;

export async function listApiTokens(k: Services, actor: ScopedActor): Promise<TokenView[]> {
  return (await listTokensInScope(k.db, actor)).map(presentToken);
}

/**
 * Issues a token for another system. It may carry only permissions its creator holds in the
 * active assignment (and of those only the grantable ones), for an organisation inside the
 * creator's scope, with a scope no wider than the creator's, for at most a year.
 */
export async function createApiToken(k: Services, ctx: RequestContext, actor: ScopedActor, input: CreateTokenBody): Promise<CreatedToken> {
  // Tokens are issued by people: a token never mints another (its permissions cannot include this route's).
  if (actor.kind !== 'staff') throw forbidden();
  const now = k.clock.now();
  const expiresAt = new Date(input.expiresAt);
  if (!isExpiryAllowed(expiresAt, now)) throw fail(tokenErrors, 'EXPIRY_INVALID', { field: 'expiresAt' });
  const org = await findOrgInScope(k.db, actor, input.orgId);
  if (!org) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
  if (org.active !== 1) throw fail(coreErrors, 'VALIDATION_FAILED', { field: 'orgId' });
  const permissions = [...new Set(input.permissions)].sort();
  const problem = tokenPermissionProblem(permissions, actor.permissions, k.permissions);
  if (problem) {
    const index = input.permissions.indexOf(permissions[problem.index]!);
    throw fail(tokenErrors, problem.problem, { field: `permissions.${index}` });
  }
  if (!isScopeGrantable(actor.scope, input.scope)) throw fail(tokenErrors, 'SCOPE_TOO_WIDE', { field: 'scope' });

  const { token, prefix, tokenHash } = newTokenSecret();
  const id = newId();
  const row = {
    id,
    name: input.name,
    orgId: org.id,
    scope: input.scope,
    permissions: JSON.stringify(permissions),
    prefix,
    tokenHash,
    expiresAt: expiresAt.toISOString(),
    revokedAt: null,
    revokedBy: null,
    lastUsedAt: null,
    createdBy: actor.userId,
    createdAt: now.toISOString(),
  };
  return k.db.transaction().execute(async (trx) => {
    await insertToken(trx, row);
    await k.audit.record(trx, ctx, {
      action: 'tokens.token.create',
      entityType: 'apiToken',
      entityId: id,
      orgId: org.id,
      after: { name: row.name, orgId: row.orgId, scope: row.scope, permissions, prefix, expiresAt: row.expiresAt },
    });
    const saved = await findTokenInScope(trx, actor, id);
    if (!saved) throw notFound();
    return { ...presentToken(saved), secret: token };
  });
}

/** Revokes a token in the actor's scope (404 outside it). Revoking a revoked token changes nothing. */
export async function revokeApiToken(k: Services, ctx: RequestContext, actor: ScopedActor, id: string): Promise<TokenView> {
  return k.db.transaction().execute(async (trx) => {
    const before = await findTokenInScope(trx, actor, id);
    if (!before) throw notFound();
    if (before.revokedAt) return presentToken(before);
    const at = k.clock.now().toISOString();
    if (await revokeToken(trx, id, at, actor.kind === 'staff' ? actor.userId : null)) {
      await k.audit.record(trx, ctx, {
        action: 'tokens.token.revoke',
        entityType: 'apiToken',
        entityId: id,
        orgId: before.orgId,
        before: { revokedAt: null },
        after: { revokedAt: at },
      });
    }
    return presentToken((await findTokenInScope(trx, actor, id))!);
  });
}
