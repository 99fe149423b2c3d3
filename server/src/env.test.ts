import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env';

describe('environment', () => {
  it('generates the session and encryption keys into DATA_DIR with mode 0600, and reuses them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-env-'));
    const first = loadConfig({ DATA_DIR: dir });
    for (const file of ['session.key', 'encryption.key']) {
      expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(dir, file), 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    }
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.encryptionKey.equals(first.encryptionKey)).toBe(true);
    expect(first.database).toEqual({ kind: 'sqlite', file: join(dir, 'tianping.db') });
  });

  it('refuses to start in production without real keys, and never seeds the demo there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-env-'));
    expect(() => loadConfig({ DATA_DIR: dir, NODE_ENV: 'production' })).toThrow(ConfigError);
    const key = 'ab'.repeat(32);
    const prod = loadConfig({ DATA_DIR: dir, NODE_ENV: 'production', SESSION_SECRET: key, ENCRYPTION_KEY: key });
    expect(prod.demoSeed).toBe(false);
    expect(() => loadConfig({ DATA_DIR: dir, NODE_ENV: 'production', SESSION_SECRET: key, ENCRYPTION_KEY: key, DEMO_SEED: 'on' })).toThrow(
      ConfigError,
    );
    expect(prod.testClock).toBe(false);
    expect(() => loadConfig({ DATA_DIR: dir, NODE_ENV: 'production', SESSION_SECRET: key, ENCRYPTION_KEY: key, TEST_CLOCK: 'on' })).toThrow(
      /TEST_CLOCK/,
    );
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: ':memory:' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('selects PostgreSQL from a postgres:// URL and trusts no proxy by default', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@127.0.0.1:5432/db' });
    expect(c.trustProxy).toBe(false);
    expect(loadConfig({ DATABASE_URL: ':memory:', TRUST_PROXY: '10.0.0.1, 10.0.0.2' }).trustProxy).toEqual(['10.0.0.1', '10.0.0.2']);
  });
});
