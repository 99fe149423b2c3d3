import type { TokenView } from '@tianping/common/contract/tokens';
import type { TokenRow } from './token.repository';

export function parsePermissions(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function presentToken(row: TokenRow): TokenView {
  return {
    id: row.id,
    name: row.name,
    orgId: row.orgId,
    orgName: row.orgName,
    scope: row.scope,
    permissions: parsePermissions(row.permissions),
    prefix: row.prefix,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    createdAt: row.createdAt,
  };
}
