import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@tianping/server/db/database';
import type { AppConfig } from '@tianping/server/env';
import { benchDir, describeDatabase } from '../lib/bench-config';
import { volumeSeeders } from './seeders';

const seedTimeoutMs = 2 * 60 * 60 * 1000;

/** Seeds (in a child process) when the bench database or any volume slice is missing. */
export async function ensureVolume(config: AppConfig): Promise<void> {
  let pending = volumeSeeders.map((s) => s.name);
  if (config.database.kind === 'postgres' || existsSync(config.database.file)) {
    const handle = openDatabase(config);
    try {
      const done = await handle.db
        .selectFrom('systemState')
        .select(['key', 'value'])
        .where('key', 'like', 'bench.volume.%')
        .execute()
        .catch(() => []);
      const finished = new Set(
        done.filter((r) => (JSON.parse(r.value) as { status: string }).status === 'done').map((r) => r.key.slice('bench.volume.'.length)),
      );
      pending = pending.filter((n) => !finished.has(n));
    } finally {
      await handle.close();
    }
  }
  if (!pending.length) {
    console.log(`Bench volume present (${describeDatabase(config)}).`);
    return;
  }
  console.log(`Seeding the bench volume (${pending.join(', ')}) …`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, 'seed-volume.ts')], {
    stdio: 'inherit',
    timeout: seedTimeoutMs,
  });
  if (r.status !== 0) throw new Error(`Seeding failed (exit ${r.status ?? r.signal})`);
}
