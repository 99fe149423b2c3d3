import { createHash } from 'node:crypto';
import { sm3 } from 'sm-crypto';
import type { AuditEventTable } from './tables';

export type AuditHashAlg = 'sha256' | 'sm3';
export const genesisHash = '0'.repeat(64);

/** The fields covered by the hash, in a fixed order. */
const hashedFields = [
  'seq', 'id', 'occurredAt', 'actorType', 'actorId', 'actorName', 'orgId', 'action', 'entityType', 'entityId',
  'diff', 'reason', 'ip', 'userAgent', 'requestId', 'hashAlg', 'prevHash',
] as const;

export function canonicalEvent(e: Omit<AuditEventTable, 'hash'>): string {
  return JSON.stringify(hashedFields.map((f) => e[f] ?? null));
}

export function hashEvent(e: Omit<AuditEventTable, 'hash'>): string {
  const text = canonicalEvent(e);
  if (e.hashAlg === 'sm3') return sm3(text);
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
