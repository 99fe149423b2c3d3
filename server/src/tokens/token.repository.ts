import type { Insertable } from 'kysely';
import type { ScopedActor } from '../access/actor';
import { inOrgScope } from '../access/scope';
import type { DbOrTrx } from '../db/database';
import type { ApiTokenTable } from './tables';

const viewColumns = [
  'apiTokens.id',
  'apiTokens.name',
  'apiTokens.orgId',
  'apiTokens.scope',
  'apiTokens.permissions',
  'apiTokens.prefix',
  'apiTokens.expiresAt',
  'apiTokens.revokedAt',
  'apiTokens.lastUsedAt',
  'apiTokens.createdAt',
  'organisations.name as orgName',
] as const;

function selectTokens(db: DbOrTrx) {
  return db.selectFrom('apiTokens').innerJoin('organisations', 'organisations.id', 'apiTokens.orgId').select(viewColumns);
}

export type TokenRow = NonNullable<Awaited<ReturnType<typeof findTokenInScope>>>;

/** Tokens of organisations within the actor's data scope, newest first. */
export function listTokensInScope(db: DbOrTrx, actor: ScopedActor) {
  return selectTokens(db)
    .where((eb) => inOrgScope(eb, actor, 'apiTokens.orgId'))
    .orderBy('apiTokens.createdAt', 'desc')
    .orderBy('apiTokens.id', 'desc')
    .execute();
}

export function findTokenInScope(db: DbOrTrx, actor: ScopedActor, id: string) {
  return selectTokens(db)
    .where('apiTokens.id', '=', id)
    .where((eb) => inOrgScope(eb, actor, 'apiTokens.orgId'))
    .executeTakeFirst();
}

export async function insertToken(db: DbOrTrx, row: Insertable<ApiTokenTable>): Promise<void> {
  await db.insertInto('apiTokens').values(row).execute();
}

/** Revokes a live token; false when it was already revoked (e.g. by a concurrent request). */
export async function revokeToken(db: DbOrTrx, id: string, at: string, by: string | null): Promise<boolean> {
  const res = await db
    .updateTable('apiTokens')
    .set({ revokedAt: at, revokedBy: by })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** What the bearer authenticator needs: the token by the hash of its secret, with its organisation. */
export function findTokenForAuth(db: DbOrTrx, tokenHash: string) {
  return db
    .selectFrom('apiTokens')
    .innerJoin('organisations', 'organisations.id', 'apiTokens.orgId')
    .select([
      'apiTokens.id',
      'apiTokens.name',
      'apiTokens.orgId',
      'apiTokens.scope',
      'apiTokens.permissions',
      'apiTokens.prefix',
      'apiTokens.expiresAt',
      'apiTokens.revokedAt',
      'apiTokens.lastUsedAt',
      'organisations.path as orgPath',
      'organisations.active as orgActive',
    ])
    .where('apiTokens.tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

/** Records use, unless another request (in any process) already did so since `notAfter`. */
export async function touchToken(db: DbOrTrx, id: string, at: string, notAfter: string): Promise<void> {
  await db
    .updateTable('apiTokens')
    .set({ lastUsedAt: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<=', notAfter)]))
    .execute();
}
