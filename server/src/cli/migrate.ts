// `npm run db:migrate`: applies pending migrations of the core and every enabled module.
import { collectMigrations } from '../core/module';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrator';
import { loadConfig } from '../env';
import { enabledModules } from '../modules';

const config = loadConfig();
const handle = openDatabase(config);
try {
  const applied = await migrateToLatest(handle, collectMigrations(enabledModules));
  console.log(applied.length ? `已执行迁移 Applied:\n  ${applied.join('\n  ')}` : '数据库已是最新 Database is up to date.');
} catch (err) {
  console.error(`迁移失败 Migration failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
