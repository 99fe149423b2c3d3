import { actorLabel, type RequestContext } from '../access/actor';
import type { DbOrTrx } from '../db/database';
import { newId, nowIso } from '../db/ids';
import type { AppConfig } from '../env';
import { hashEvent } from './audit-chain';
import { auditDiff } from './audit-diff';
import { appendEvent, readHead } from './audit.repository';
import type { AuditEntry, AuditService } from './audit.types';
import type { AuditEventTable } from './tables';

/** Column widths of `audit_events` (PostgreSQL enforces them, SQLite does not: we check on both). */
const maxLength = { action: 120, entityType: 60, entityId: 60, actorName: 100, ip: 64, userAgent: 300, requestId: 64 } as const;

function actorName(ctx: RequestContext): string | null {
  const a = ctx.actor;
  if (!a) return '系统';
  if (a.kind === 'staff') return a.displayName;
  if (a.kind === 'token') return a.name;
  return null;
}

function clip(value: string | null, max: number): string | null {
  if (value == null) return null;
  const chars = Array.from(value);
  return chars.length > max ? chars.slice(0, max).join('') : value;
}

/** Identifiers that do not fit are a programming error: fail (and so roll back) the same way on both dialects. */
function checkEntry(entry: AuditEntry) {
  for (const key of ['action', 'entityType', 'entityId'] as const) {
    const value = entry[key];
    if (typeof value === 'string' && Array.from(value).length > maxLength[key]) {
      throw new Error(`Audit entry ${key} longer than ${maxLength[key]} characters`);
    }
  }
}

/**
 * Appends to the hash chain in the caller's transaction. On PostgreSQL the single head row
 * is locked (`FOR UPDATE`) so concurrent transactions append one after another; SQLite
 * serialises writing transactions itself (and Kysely runs them on one connection).
 * Called with the root handle instead of a transaction, it opens one of its own, so the
 * read of the head and the append can never interleave with another append.
 */
export function createAuditService(config: Pick<AppConfig, 'auditHash'>): AuditService {
  async function append(trx: DbOrTrx, ctx: RequestContext, entry: AuditEntry) {
    checkEntry(entry);
    const head = await readHead(trx, true);
    if (!head) throw new Error('Audit chain head row is missing (run the migrations)');
    const actor = actorLabel(ctx.actor);
    const diff = auditDiff(entry.before, entry.after);
    const row: Omit<AuditEventTable, 'hash'> = {
      seq: head.lastSeq + 1,
      id: newId(),
      occurredAt: nowIso(),
      actorType: actor.type,
      actorId: actor.id,
      actorName: clip(actorName(ctx), maxLength.actorName),
      orgId: entry.orgId !== undefined ? entry.orgId : ctx.actor && ctx.actor.kind !== 'citizen' ? ctx.actor.orgId : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      diff: diff ? JSON.stringify(diff) : null,
      reason: entry.reason ?? null,
      ip: clip(ctx.ip, maxLength.ip),
      userAgent: clip(ctx.userAgent, maxLength.userAgent),
      requestId: clip(ctx.requestId, maxLength.requestId),
      hashAlg: config.auditHash,
      prevHash: head.lastHash,
    };
    await appendEvent(trx, { ...row, hash: hashEvent(row) });
  }

  return {
    async record(db, ctx, entry) {
      if (db.isTransaction) return append(db, ctx, entry);
      return db.transaction().execute((trx) => append(trx, ctx, entry));
    },
  };
}
