import { loginCodeLength, loginCodeMaxAttempts } from '@tianping/common/contract/citizen';
import { createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';

/** A uniformly random code of `loginCodeLength` digits (leading zeros kept). */
export function newLoginCode(): string {
  return String(randomInt(0, 10 ** loginCodeLength)).padStart(loginCodeLength, '0');
}

/** The key that makes a stolen table useless for guessing codes offline; derived from SESSION_SECRET. */
export function loginCodeKey(sessionSecret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', sessionSecret, Buffer.alloc(0), 'tianping.citizen.login-code', 32));
}

/** HMAC-SHA256 over the row id (the per-row salt) and the code. */
export function hashLoginCode(key: Buffer, codeId: string, code: string): string {
  return createHmac('sha256', key).update(`${codeId}:${code}`).digest('hex');
}

export function loginCodeMatches(key: Buffer, codeId: string, code: string, storedHash: string): boolean {
  const given = Buffer.from(hashLoginCode(key, codeId, code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** A code can still be tried: not used, not expired, fewer than the allowed wrong guesses. */
export function isLoginCodeUsable(code: { consumedAt: string | null; expiresAt: string; attempts: number }, now: Date): boolean {
  return code.consumedAt === null && new Date(code.expiresAt).getTime() > now.getTime() && code.attempts < loginCodeMaxAttempts;
}

/** Whole seconds (at least 1) from `now` until `until`: the Retry-After of a rate-limited request. */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}
