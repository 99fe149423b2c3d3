import { auditHashAlgs, type AuditHashAlg } from '@tianping/common/contract/audit';
import { createHash } from 'node:crypto';
import smCrypto from 'sm-crypto';
import type { AuditEventTable } from './tables';

export type { AuditHashAlg };
// sm-crypto is CommonJS: under Node's ESM loader only its default export is importable.
const { sm3 } = smCrypto;
/** `prev_hash` of the first event. */
export const genesisHash = '0'.repeat(64);

/** The fields covered by the hash, in a fixed order (every column except the hash itself). */
// prettier-ignore
const hashedFields = [
  'seq', 'id', 'occurredAt', 'actorType', 'actorId', 'actorName', 'orgId', 'action', 'entityType', 'entityId',
  'diff', 'reason', 'ip', 'userAgent', 'requestId', 'hashAlg', 'prevHash',
] as const;

export type HashedEvent = Omit<AuditEventTable, 'hash'>;

export function canonicalEvent(e: HashedEvent): string {
  return JSON.stringify(hashedFields.map((f) => e[f] ?? null));
}

export function isAuditHashAlg(alg: string): alg is AuditHashAlg {
  return (auditHashAlgs as readonly string[]).includes(alg);
}

/** The event's hash with the algorithm the event names (so a chain may change algorithm midway). */
export function hashEvent(e: HashedEvent): string {
  const text = canonicalEvent(e);
  if (e.hashAlg === 'sm3') return sm3(text);
  if (e.hashAlg === 'sha256') return createHash('sha256').update(text, 'utf8').digest('hex');
  throw new Error(`Unknown audit hash algorithm ${e.hashAlg}`);
}
