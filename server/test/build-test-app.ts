import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { buildApp } from '../src/app';
import type { AppInstance, Kernel, ServerModule } from '../src/core/module';
import { enabledModules } from '../src/modules';
import { openDatabase } from '../src/db/database';
import { loadConfig, type AppConfig } from '../src/env';

export interface TestApp {
  app: AppInstance;
  kernel: Kernel;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database per call: in-memory SQLite by default; with TEST_DATABASE_URL
 * (postgres://…) a new PostgreSQL database created from it and dropped on close.
 * Reference seeds run (the law library only with `seedLaws`); demo seeds do not (tests build
 * their data through factories).
 */
export async function buildTestApp(
  overrides: Partial<AppConfig> = {},
  extraModules: ServerModule[] = [],
  opts: { seedLaws?: boolean } = {},
): Promise<TestApp> {
  const base = loadConfig({ DATABASE_URL: ':memory:', NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'off', JOBS: 'off' });
  const pgUrl = process.env.TEST_DATABASE_URL;
  let dropDb: (() => Promise<void>) | undefined;
  let config: AppConfig = { ...base, ...overrides };
  if (pgUrl) {
    const name = `tp_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    config = { ...config, database: { kind: 'postgres', url: url.toString() } };
    dropDb = async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const handle = openDatabase(config);
  const { app, kernel } = await buildApp({
    config,
    handle,
    seed: true,
    skipSeedsOf: opts.seedLaws ? [] : ['laws'],
    logger: false,
    modules: [...enabledModules, ...extraModules],
  });
  await app.ready();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
    await handle.close();
    await dropDb?.();
  };
  afterAll(close);
  return { app, kernel, close };
}
