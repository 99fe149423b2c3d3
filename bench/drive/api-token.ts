import type { Kernel } from '@tianping/server/core/module';
import { newId, nowIso } from '@tianping/server/db/ids';
import { newTokenSecret } from '@tianping/server/tokens/token-secret';
import { insertToken } from '@tianping/server/tokens/token.repository';

/**
 * An API token of an outside system (court, switch) for a bench write workload: valid for a day, with
 * the permissions given; returns its id and the request headers that carry it.
 */
export async function benchApiToken(
  kernel: Pick<Kernel, 'db'>,
  def: { name: string; orgId: string; permissions: string[] },
): Promise<{ tokenId: string; headers: Record<string, string> }> {
  const { token, prefix, tokenHash } = newTokenSecret();
  const tokenId = newId();
  await insertToken(kernel.db, {
    id: tokenId,
    name: def.name,
    orgId: def.orgId,
    scope: 'own',
    permissions: JSON.stringify(def.permissions),
    prefix,
    tokenHash,
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    revokedAt: null,
    revokedBy: null,
    lastUsedAt: null,
    createdBy: 'bench',
    createdAt: nowIso(),
  });
  return { tokenId, headers: { authorization: `Bearer ${token}` } };
}
