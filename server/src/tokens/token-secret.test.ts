import { describe, expect, it } from 'vitest';
import { hashTokenSecret, newTokenSecret, parseToken } from './token-secret';

describe('token secrets', () => {
  it('are tp_<prefix>_<secret> and only their hash is kept', () => {
    const t = newTokenSecret();
    expect(t.token).toMatch(/^tp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(t.token.startsWith(`tp_${t.prefix}_`)).toBe(true);
    expect(t.tokenHash).toBe(hashTokenSecret(t.token.slice(`tp_${t.prefix}_`.length)));
    expect(parseToken(t.token)).toEqual({ prefix: t.prefix, tokenHash: t.tokenHash });
    expect(newTokenSecret().token).not.toBe(t.token);
  });
  it.each(['', 'tp_', 'Bearer x', 'tp_abc_def', `tp_${'g'.repeat(12)}_${'a'.repeat(43)}`, `tp_${'a'.repeat(12)}_${'a'.repeat(44)}`])(
    'rejects the malformed value %j',
    (value) => {
      expect(parseToken(value)).toBeNull();
    },
  );
});
