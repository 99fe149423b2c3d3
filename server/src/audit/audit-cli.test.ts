import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { systemContext } from '../access/actor';
import { runAuditVerify } from './audit-verify.command';
import { buildApp } from '../app';
import { openDatabase } from '../db/database';
import { loadConfig } from '../env';
import { buildTestApp } from '../../test/build-test-app';

const run = promisify(execFile);
const isPg = () => Boolean(process.env.TEST_DATABASE_URL);

describe('runAuditVerify (npm run audit:verify)', async () => {
  const t = await buildTestApp();
  for (let i = 0; i < 3; i++) {
    await t.kernel.audit.record(t.kernel.db, systemContext(), { action: 'test.thing.create', entityType: 'thing', entityId: `T${i}` });
  }

  it('prints Chinese and English, exits 0 on an intact chain and audits the run', async () => {
    const lines: string[] = [];
    const code = await runAuditVerify(t.kernel.config, (l) => lines.push(l), t.kernel.handle);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^审计日志完整：已校验 \d+ 条记录。$/);
    expect(lines[1]).toMatch(/^Audit log intact: \d+ events verified\.$/);
    const row = await t.kernel.db.selectFrom('auditEvents').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ action: 'audit.chain.verify', actorType: 'system', userAgent: 'tianping-cli audit:verify' });
  });

  it('names the first broken event and exits 1 after tampering', async () => {
    const target = 2;
    if (isPg()) await sql`alter table audit_events disable trigger user`.execute(t.kernel.db);
    else await sql`drop trigger audit_events_no_update`.execute(t.kernel.db);
    await sql`update audit_events set entity_id = 'forged' where seq = ${target}`.execute(t.kernel.db);
    const lines: string[] = [];
    const code = await runAuditVerify(t.kernel.config, (l) => lines.push(l), t.kernel.handle);
    expect(code).toBe(1);
    expect(lines[0]).toContain(`第 ${target} 条记录`);
    expect(lines[0]).toContain('内容被篡改');
    expect(lines[1]).toContain(`broken at event ${target}`);
  });
});

describe('the audit:verify command line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tianping-audit-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const base = { DATA_DIR: dir, NODE_ENV: 'test', DEMO_SEED: 'off' };

  /** A migrated database with one event: the PostgreSQL test database, or a SQLite file. */
  async function migratedDatabaseUrl(): Promise<string> {
    if (isPg()) {
      const t = await buildTestApp();
      await t.kernel.audit.record(t.kernel.db, systemContext(), { action: 'test.thing.create', entityType: 'thing', entityId: 'T1' });
      return (t.kernel.config.database as { url: string }).url;
    }
    const url = `sqlite:${join(dir, 'tianping.db')}`;
    const config = loadConfig({ ...base, DATABASE_URL: url });
    const handle = openDatabase(config);
    const { app, kernel } = await buildApp({ config, handle, seed: false, logger: false });
    await kernel.audit.record(kernel.db, systemContext(), { action: 'test.thing.create', entityType: 'thing', entityId: 'T1' });
    await app.close();
    await handle.close();
    return url;
  }
  const databaseUrl = await migratedDatabaseUrl();
  const cli = fileURLToPath(new URL('../cli/audit-verify.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

  it('opens the configured database, prints the outcome and exits 0 on an intact chain', async () => {
    const ok = await run(tsx, [cli], { env: { ...process.env, ...base, DATABASE_URL: databaseUrl } });
    expect(ok.stdout).toContain('审计日志完整：已校验 1 条记录。');
    expect(ok.stdout).toContain('Audit log intact: 1 events verified.');
  });

  it('exits 1 when the database is not migrated', async () => {
    const env = { ...process.env, ...base, DATABASE_URL: `sqlite:${join(dir, 'empty.db')}` };
    const failed = await run(tsx, [cli], { env }).catch((e: { code: number; stdout: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect(failed.stdout).toContain('无法校验审计日志');
  });
});
