import { coreErrors } from '@tianping/common/errors/codes';
import type { TokenActor } from '../access/actor';
import type { Authenticator } from '../access/authenticate';
import { fail } from '../http/errors';
import { isTokenGrantable } from './token.policy';
import { parsePermissions } from './token.presenter';
import { findTokenForAuth, touchToken } from './token.repository';
import { parseToken } from './token-secret';

/** `last_used_at` is written at most once a minute per token, not on every request. */
export const touchIntervalMs = 60 * 1000;
const bearerPattern = /^Bearer[ ]+(\S+)[ ]*$/i;

/**
 * `Authorization: Bearer tp_<prefix>_<secret>`. A token that is unknown, malformed, expired,
 * revoked or whose organisation was deactivated is refused with 401 INVALID_TOKEN (on public
 * routes it is ignored). Bearer requests carry no cookie, so they need no CSRF token.
 */
export const bearerTokenAuthenticator: Authenticator = {
  name: 'bearerToken',
  realm: 'token',
  cookieBased: false,
  async authenticate(req, kernel): Promise<TokenActor | null> {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? bearerPattern.exec(header) : null;
    if (!match) return null;
    const parsed = parseToken(match[1]!);
    const row = parsed ? await findTokenForAuth(kernel.db, parsed.tokenHash) : undefined;
    const now = kernel.clock.now();
    const live = row && row.prefix === parsed?.prefix && !row.revokedAt && row.expiresAt > now.toISOString() && row.orgActive === 1;
    if (!row || !live) {
      if (req.routeOptions.config?.access === 'public') return null;
      throw fail(coreErrors, 'INVALID_TOKEN');
    }
    if (!row.lastUsedAt || now.getTime() - new Date(row.lastUsedAt).getTime() >= touchIntervalMs) {
      await touchToken(kernel.db, row.id, now.toISOString(), new Date(now.getTime() - touchIntervalMs).toISOString());
    }
    // Only permissions still registered and still allowed on tokens take effect.
    const permissions = parsePermissions(row.permissions).filter((key) => {
      const def = kernel.permissions.get(key);
      return def !== undefined && isTokenGrantable(key, def.category);
    });
    return {
      kind: 'token',
      tokenId: row.id,
      name: row.name,
      orgId: row.orgId,
      orgPath: row.orgPath,
      scope: row.scope,
      permissions: new Set(permissions),
    };
  },
};
