import { tokenFormat } from '@tianping/common/contract/tokens';
import { createHash, randomBytes } from 'node:crypto';

/** Bytes of randomness in the secret part (256 bits). */
const secretBytes = 32;
const prefixBytes = 6;

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new token: the full value handed out once, its display prefix and the hash that is stored. */
export function newTokenSecret(): { token: string; prefix: string; tokenHash: string } {
  const prefix = randomBytes(prefixBytes).toString('hex');
  const secret = randomBytes(secretBytes).toString('base64url');
  return { token: `tp_${prefix}_${secret}`, prefix, tokenHash: hashTokenSecret(secret) };
}

/** Splits `tp_<prefix>_<secret>`; null when the value does not have that shape. */
export function parseToken(value: string): { prefix: string; tokenHash: string } | null {
  const m = tokenFormat.exec(value);
  return m ? { prefix: m[1]!, tokenHash: hashTokenSecret(m[2]!) } : null;
}
