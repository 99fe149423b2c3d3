import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type AppConfig } from '@tianping/server/env';

/** `bench/` and its git-ignored output folder. */
export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const resultsDir = join(benchDir, 'results');

/**
 * Where the bench data lives. DATA_DIR (default `bench/results/data`) holds the keys and, unless
 * DATABASE_URL says otherwise, the SQLite file `bench.sqlite`. DATABASE_URL=postgres://… puts
 * the volume into that PostgreSQL database instead (it must exist; the bench migrates it).
 */
export function benchDataDir(): string {
  return resolve(process.env.DATA_DIR ?? join(resultsDir, 'data'));
}

export function benchDatabaseUrl(): string {
  return process.env.DATABASE_URL || `sqlite:${join(benchDataDir(), 'bench.sqlite')}`;
}

/** Environment variables of the app that the bench passes through (cipher, hash, city, keys). */
const passThrough = ['PII_CIPHER', 'AUDIT_HASH', 'CITY_CODE', 'SESSION_SECRET', 'ENCRYPTION_KEY', 'PREVIOUS_ENCRYPTION_KEYS'] as const;

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {
    DATA_DIR: benchDataDir(),
    DATABASE_URL: benchDatabaseUrl(),
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'off',
    JOBS: 'off',
  };
  for (const k of passThrough) if (process.env[k]) env[k] = process.env[k]!;
  return env;
}

/**
 * The app configuration the seeder and the driver use (development mode: the keys are
 * created in DATA_DIR on first use, so the seeder's ciphertexts and the server agree).
 */
export function benchConfig(): AppConfig {
  return loadConfig({ ...baseEnv(), NODE_ENV: 'development' });
}

/**
 * The environment of the measured app process: production mode with the same keys, logging
 * off, no demo seed, no jobs — as an operator would run it.
 */
export function benchServerEnv(): Record<string, string> {
  const dev = benchConfig();
  const dataDir = dev.dataDir;
  const key = (file: string) => readFileSync(join(dataDir, file), 'utf8').trim();
  return {
    ...baseEnv(),
    NODE_ENV: 'production',
    SESSION_SECRET: process.env.SESSION_SECRET ?? key('session.key'),
    ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? key('encryption.key'),
  };
}

/** A short label of the database for reports, without credentials. */
export function describeDatabase(config: AppConfig): string {
  if (config.database.kind === 'sqlite') return `SQLite ${config.database.file}`;
  const u = new URL(config.database.url);
  return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
}
