import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { systemContext } from '../access/actor';
import { verifyAuditChain } from './audit-verify';
import { buildApp } from '../app';
import { openDatabase } from '../db/database';
import { buildTestApp } from '../../test/build-test-app';

const run = promisify(execFile);
const pgUrl = process.env.TEST_DATABASE_URL;
const psql = '/usr/bin/psql';

/**
 * docs/audit-grants.sql on a real PostgreSQL: the migrations ran as the owner (the test
 * database's creator); the application boots as a restricted role and can append to the
 * audit log but neither change nor remove events, nor switch the triggers off.
 */
const enabled = Boolean(pgUrl && existsSync(psql));

// On SQLite this placeholder is reported as skipped; the real suite below runs in `npm run test:pg` (CI runs it).
describe.skipIf(enabled)('docs/audit-grants.sql', () => {
  it.skip('runs only on PostgreSQL (TEST_DATABASE_URL) with psql installed', () => {});
});

// The body of a skipped suite is still collected, so the PostgreSQL suite is only declared when enabled.
if (enabled)
  describe('docs/audit-grants.sql (PostgreSQL)', async () => {
    const t = await buildTestApp();
    const ownerUrl = (t.kernel.config.database as { url: string }).url;
    const role = `tp_app_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    const admin = new pg.Client({ connectionString: ownerUrl });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    // A test owner that is not a superuser (CI's throwaway role has CREATEDB and CREATEROLE) may
    // only DROP OWNED BY a role it is a member of.
    await admin.query(`GRANT ${role} TO CURRENT_USER`);
    await run(psql, [
      ownerUrl,
      '-q',
      '-v',
      `app_role=${role}`,
      '-f',
      fileURLToPath(new URL('../../../docs/audit-grants.sql', import.meta.url)),
    ]);

    const appUrl = new URL(ownerUrl);
    appUrl.username = role;
    appUrl.password = password;
    const config = { ...t.kernel.config, database: { kind: 'postgres' as const, url: appUrl.toString() } };
    const handle = openDatabase(config);
    const { app, kernel } = await buildApp({ config, handle, seed: true, logger: false });
    const db = kernel.db;

    afterAll(async () => {
      await app.close();
      await handle.close();
      await admin.query(`DROP OWNED BY ${role}`);
      await admin.end();
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP ROLE IF EXISTS ${role}`);
      await c.end();
    });

    it('lets the application boot and append to the audit log', async () => {
      await kernel.audit.record(db, systemContext(), { action: 'test.thing.create', entityType: 'thing', entityId: 'T1' });
      await kernel.audit.record(db, systemContext(), { action: 'test.thing.update', entityType: 'thing', entityId: 'T1' });
      expect((await verifyAuditChain(db)).ok).toBe(true);
    });

    it.each([
      ['UPDATE', sql`update audit_events set reason = 'x'`],
      ['DELETE', sql`delete from audit_events`],
      ['TRUNCATE', sql`truncate audit_events`],
      ['DISABLE TRIGGER', sql`alter table audit_events disable trigger user`],
      ['DELETE the head', sql`delete from audit_chain_head`],
      ['write the migration table', sql`delete from kysely_migration`],
    ])('denies the application role %s', async (_what, statement) => {
      await expect(statement.execute(db)).rejects.toThrow(/permission denied|must be owner/);
    });

    it('still lets the application work with ordinary tables', async () => {
      const key = `grants-${role}`;
      await db.insertInto('systemState').values({ key, value: '1' }).execute();
      await db.updateTable('systemState').set({ value: '2' }).where('key', '=', key).execute();
      await db.deleteFrom('systemState').where('key', '=', key).execute();
    });
  });
