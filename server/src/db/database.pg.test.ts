import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';

/** PostgreSQL only (npm run test:pg): the pool survives a connection the server ends. */
describe.skipIf(!process.env.TEST_DATABASE_URL)('PostgreSQL pool', () => {
  it('keeps working when the server terminates an idle connection (no process crash)', async () => {
    const t = await buildTestApp();
    const db = t.kernel.db;
    const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid;
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      // Terminate the pool's idle client from a separate connection.
      const admin = new pg.Client({ connectionString: (t.kernel.config.database as { url: string }).url });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      await expect.poll(() => warnings.some((m) => m.includes('PostgreSQL idle connection lost'))).toBe(true);
      const again = await sql<{ one: number }>`select 1 as one`.execute(db);
      expect(again.rows[0]!.one).toBe(1);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
