import type { Kernel } from '@tianping/server/core/module';
import { Rng } from '../lib/prng';
import { BulkWriter, type WriterStats } from './bulk-writer';
import type { SeedOutcome, VolumeSeeder } from './volume-seeder';

export interface SeederResult {
  name: string;
  description: string;
  status: 'seeded' | 'present';
  rows: Record<string, number>;
  totalRows: number;
  seconds: number;
  rowsPerSecond: number;
  notes?: string[];
}

interface Marker {
  status: 'started' | 'done';
  at: string;
  rows?: Record<string, number>;
  seconds?: number;
}

const markerKey = (name: string) => `bench.volume.${name}`;
/** One data set for every run: change it and every generated name, phone and date changes. */
const dataSetSeed = 'tianping-bench-v1';
const progressEveryMs = 2000;

export class InterruptedSeedError extends Error {}

async function readMarker(kernel: Kernel, name: string): Promise<Marker | undefined> {
  const row = await kernel.db.selectFrom('systemState').select('value').where('key', '=', markerKey(name)).executeTakeFirst();
  return row ? (JSON.parse(row.value) as Marker) : undefined;
}

async function writeMarker(kernel: Kernel, name: string, marker: Marker): Promise<void> {
  const value = JSON.stringify(marker);
  await kernel.db
    .insertInto('systemState')
    .values({ key: markerKey(name), value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Names of seeders in the list that have not completed on this database. */
export async function pendingSeeders(kernel: Kernel, seeders: readonly VolumeSeeder[]): Promise<string[]> {
  const out: string[] = [];
  for (const s of seeders) if ((await readMarker(kernel, s.name))?.status !== 'done') out.push(s.name);
  return out;
}

function sumRows(rows: Record<string, number>): number {
  return Object.values(rows).reduce((a, b) => a + b, 0);
}

/**
 * Runs each seeder not yet recorded as done. A seeder that started but never finished (the
 * process was killed) leaves partial rows: that is reported, not papered over.
 */
export async function runVolumeSeeders(
  kernel: Kernel,
  seeders: readonly VolumeSeeder[],
  log: (line: string) => void,
  now = new Date(),
): Promise<SeederResult[]> {
  const root = new Rng(dataSetSeed);
  const results: SeederResult[] = [];
  for (const seeder of seeders) {
    // Forked before the skip check, so every seeder draws the same numbers whichever ran before.
    const rng = root.fork(seeder.name);
    const marker = await readMarker(kernel, seeder.name);
    if (marker?.status === 'done') {
      const rows = marker.rows ?? {};
      results.push({
        name: seeder.name,
        description: seeder.description,
        status: 'present',
        rows,
        totalRows: sumRows(rows),
        seconds: marker.seconds ?? 0,
        rowsPerSecond: 0,
      });
      continue;
    }
    if (marker?.status === 'started') {
      throw new InterruptedSeedError(
        `The volume seeder "${seeder.name}" started on ${marker.at} but never finished: the bench database holds partial data. Delete it (or drop the PostgreSQL database) and seed again.`,
      );
    }
    await writeMarker(kernel, seeder.name, { status: 'started', at: new Date().toISOString() });
    const started = performance.now();
    let lastProgress = started;
    const progress = (stats: WriterStats) => {
      const t = performance.now();
      if (t - lastProgress < progressEveryMs) return;
      lastProgress = t;
      const rows = sumRows(stats.rowsByTable);
      log(`  ${seeder.name}: ${rows.toLocaleString('en')} rows, ${Math.round(rows / ((t - started) / 1000)).toLocaleString('en')} rows/s`);
    };
    log(`${seeder.name}: ${seeder.description} …`);
    const outcome: SeedOutcome = await seeder.seed({
      kernel,
      rng,
      now,
      writer: (tables, rowsPerTransaction) => new BulkWriter(kernel.handle, tables, rowsPerTransaction, progress),
      log: (m) => log(`  ${seeder.name}: ${m}`),
    });
    const seconds = (performance.now() - started) / 1000;
    await writeMarker(kernel, seeder.name, { status: 'done', at: new Date().toISOString(), rows: outcome.rows, seconds });
    const totalRows = sumRows(outcome.rows);
    const result: SeederResult = {
      name: seeder.name,
      description: seeder.description,
      status: 'seeded',
      rows: outcome.rows,
      totalRows,
      seconds,
      rowsPerSecond: seconds > 0 ? totalRows / seconds : 0,
      ...(outcome.notes ? { notes: outcome.notes } : {}),
    };
    log(
      `  ${seeder.name}: ${totalRows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(result.rowsPerSecond).toLocaleString('en')} rows/s)`,
    );
    for (const n of outcome.notes ?? []) log(`  ${seeder.name}: ${n}`);
    results.push(result);
  }
  return results;
}
