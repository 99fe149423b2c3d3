import type { Kernel } from '@tianping/server/core/module';
import type { Rng } from '../lib/prng';
import type { BulkWriter, TableName, WriterStats } from './bulk-writer';

/** What every volume seeder gets. */
export interface SeedContext {
  /** The app's kernel (database, config, the PII cipher with the server's keys, permissions). */
  kernel: Kernel;
  /** Seeded per seeder: the data set is the same on every run. */
  rng: Rng;
  /** "Now" of the data set: records are dated up to this instant. */
  now: Date;
  /** Batched, transactional writer for the given tables (parents first). */
  writer(tables: readonly TableName[], rowsPerTransaction?: number): BulkWriter;
  log(message: string): void;
}

export interface SeedOutcome {
  /** Rows written per SQL table. */
  rows: Record<string, number>;
  /** Facts worth reporting (e.g. which district has how many users). */
  notes?: string[];
}

/**
 * One slice of the benchmark volume: organisations, staff — and later cases (~6 million) and
 * hotline records (~5 million). Seeders run in list order, each once per database (a marker
 * in `system_state` records it), so a seeder appended to the list later seeds just its slice
 * into an existing bench database. A seeder streams its rows through `ctx.writer(...)`, which
 * keeps memory bounded by one transaction, whatever the volume.
 */
export interface VolumeSeeder {
  /** Stable key (`bench.volume.<name>` in system_state). Never rename one that has shipped. */
  name: string;
  description: string;
  seed(ctx: SeedContext): Promise<SeedOutcome>;
}

export function outcomeOf(stats: WriterStats, notes?: string[]): SeedOutcome {
  return { rows: stats.rowsByTable, ...(notes?.length ? { notes } : {}) };
}
