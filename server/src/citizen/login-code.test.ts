import { describe, expect, it } from 'vitest';
import { hashLoginCode, isLoginCodeUsable, loginCodeKey, loginCodeMatches, newLoginCode, secondsUntil } from './login-code';

const key = loginCodeKey(Buffer.alloc(32, 7));
const now = new Date('2026-03-01T08:00:00.000Z');

describe('login codes', () => {
  it('are six digits, leading zeros kept', () => {
    for (let i = 0; i < 200; i++) expect(newLoginCode()).toMatch(/^\d{6}$/);
  });
  it('are stored as a keyed hash salted by the row id, never in clear', () => {
    const h = hashLoginCode(key, 'A', '123456');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).not.toContain('123456');
    expect(hashLoginCode(key, 'B', '123456')).not.toBe(h);
    expect(hashLoginCode(loginCodeKey(Buffer.alloc(32, 8)), 'A', '123456')).not.toBe(h);
    expect(loginCodeMatches(key, 'A', '123456', h)).toBe(true);
    expect(loginCodeMatches(key, 'A', '123457', h)).toBe(false);
    expect(loginCodeMatches(key, 'B', '123456', h)).toBe(false);
    expect(loginCodeMatches(key, 'A', '123456', 'abc')).toBe(false);
  });
  it.each([
    ['fresh', { consumedAt: null, expiresAt: '2026-03-01T08:05:00.000Z', attempts: 0 }, true],
    ['four wrong tries', { consumedAt: null, expiresAt: '2026-03-01T08:05:00.000Z', attempts: 4 }, true],
    ['five wrong tries', { consumedAt: null, expiresAt: '2026-03-01T08:05:00.000Z', attempts: 5 }, false],
    ['expired at this instant', { consumedAt: null, expiresAt: '2026-03-01T08:00:00.000Z', attempts: 0 }, false],
    ['used', { consumedAt: '2026-03-01T07:59:00.000Z', expiresAt: '2026-03-01T08:05:00.000Z', attempts: 0 }, false],
  ])('usable when %s: %s', (_, code, usable) => {
    expect(isLoginCodeUsable(code, now)).toBe(usable);
  });
  it.each([
    [0, 1],
    [1, 1],
    [1001, 2],
    [59_000, 59],
    [-5_000, 1],
  ])('Retry-After for %i ms ahead is %i s', (ms, seconds) => {
    expect(secondsUntil(new Date(now.getTime() + ms), now)).toBe(seconds);
  });
});
