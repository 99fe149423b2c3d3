/**
 * `npm run seed:volume`: migrates the bench database with the app's own migrator, runs the
 * app's reference seeds, then the volume seeders (bench/seed/seeders.ts) not yet applied.
 *
 *   DATABASE_URL   postgres://… or sqlite:<file>; default sqlite:$DATA_DIR/bench.sqlite
 *   DATA_DIR       keys (and the default SQLite file); default bench/results/data
 *   BENCH_STAFF_USERS (52000), BENCH_LAW_FIRMS (800)
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@tianping/server/app';
import { openDatabase } from '@tianping/server/db/database';
import { sql } from 'kysely';
import { benchConfig, describeDatabase, resultsDir } from './lib/bench-config';
import { withMigrationHint } from './lib/migration-hint';
import { runVolumeSeeders, type SeederResult } from './seed/run-seeders';
import { volumeSeeders } from './seed/seeders';

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en');
}

function summary(results: SeederResult[], totalSeconds: number, database: string, loadAverage: number): string {
  const lines = [
    `Bench volume — ${database} (load average ${loadAverage.toFixed(2)} on ${cpus().length} cores at the start)`,
    '',
    '| seeder | status | rows | seconds | rows/s |',
    '|---|---|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.name} (${Object.entries(r.rows)
          .map(([t, n]) => `${t} ${fmt(n)}`)
          .join(
            ', ',
          )}) | ${r.status} | ${fmt(r.totalRows)} | ${r.status === 'seeded' ? r.seconds.toFixed(1) : '–'} | ${r.status === 'seeded' ? fmt(r.rowsPerSecond) : '–'} |`,
    ),
  ];
  const seeded = results.filter((r) => r.status === 'seeded');
  const rows = seeded.reduce((a, r) => a + r.totalRows, 0);
  if (seeded.length)
    lines.push(
      '',
      `Seeded ${fmt(rows)} rows in ${totalSeconds.toFixed(1)} s overall (${fmt(rows / totalSeconds)} rows/s including migration, reference seeds and encryption).`,
    );
  return lines.join('\n');
}

export async function main(): Promise<void> {
  const config = benchConfig();
  const database = describeDatabase(config);
  const started = performance.now();
  const loadAverage = loadavg()[0]!;
  const handle = openDatabase(config);
  try {
    // The app itself migrates and runs its reference seeds (regions, built-in roles), exactly as on start.
    const { app, kernel } = await buildApp({ config, handle, seed: true, logger: false, startJobs: false }).catch((err: unknown) => {
      throw withMigrationHint(err, config);
    });
    try {
      const results = await runVolumeSeeders(kernel, volumeSeeders, (line) => console.log(line));
      if (results.some((r) => r.status === 'seeded')) {
        if (handle.dialect === 'postgres') {
          // What autovacuum would do shortly after a bulk load; the bench should not measure a stale planner.
          await sql`analyze`.execute(handle.db);
        } else {
          handle.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
        }
      }
      const totalSeconds = (performance.now() - started) / 1000;
      const text = summary(results, totalSeconds, database, loadAverage);
      console.log(`\n${text}`);
      if (config.database.kind === 'sqlite')
        console.log(`\nDatabase file: ${(statSync(config.database.file).size / 1024 / 1024).toFixed(0)} MB`);
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(
        join(resultsDir, 'seed-volume.json'),
        JSON.stringify({ database, at: new Date().toISOString(), totalSeconds, results }, null, 2),
      );
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
  }
}

await main();
