import { PostgresAdapter } from 'kysely';
import { actorLabel, type RequestContext } from '../access/actor';
import type { DbOrTrx } from '../db/database';
import { newId, nowIso } from '../db/ids';
import type { AppConfig } from '../env';
import { hashEvent } from './audit-chain';
import { auditDiff } from './audit-diff';
import type { AuditEntry, AuditService } from './audit.types';

function actorName(ctx: RequestContext): string | null {
  const a = ctx.actor;
  if (!a) return '系统';
  if (a.kind === 'staff') return a.displayName;
  if (a.kind === 'token') return a.name;
  return null;
}

/**
 * Appends to the hash chain in the caller's transaction. On PostgreSQL the single head row
 * is locked (`FOR UPDATE`) so concurrent transactions append one after another; SQLite
 * transactions are serialised by the database itself.
 */
export function createAuditService(config: Pick<AppConfig, 'auditHash'>): AuditService {
  return {
    async record(trx: DbOrTrx, ctx: RequestContext, entry: AuditEntry) {
      const head = await trx
        .selectFrom('auditChainHead')
        .select(['lastSeq', 'lastHash'])
        .where('id', '=', 1)
        .$call((q) => (isPg(trx) ? q.forUpdate() : q))
        .executeTakeFirstOrThrow();
      const actor = actorLabel(ctx.actor);
      const diff = auditDiff(entry.before, entry.after);
      const row = {
        seq: head.lastSeq + 1,
        id: newId(),
        occurredAt: nowIso(),
        actorType: actor.type,
        actorId: actor.id,
        actorName: actorName(ctx),
        orgId: entry.orgId ?? (ctx.actor && ctx.actor.kind !== 'citizen' ? ctx.actor.orgId : null),
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        diff: diff ? JSON.stringify(diff) : null,
        reason: entry.reason ?? null,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        requestId: ctx.requestId,
        hashAlg: config.auditHash,
        prevHash: head.lastHash,
      };
      const hash = hashEvent(row);
      await trx.insertInto('auditEvents').values({ ...row, hash }).execute();
      await trx.updateTable('auditChainHead').set({ lastSeq: row.seq, lastHash: hash }).where('id', '=', 1).execute();
    },
  };
}

function isPg(db: DbOrTrx): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
