import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseHandle } from './database';
import { dialectHelpers, type AppMigration } from './migration';

export class MigrationError extends Error {}

function provider(handle: DatabaseHandle, migrations: AppMigration[]): MigrationProvider {
  const helpers = dialectHelpers(handle.dialect);
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const m of migrations) {
        if (out[m.name]) throw new MigrationError(`Duplicate migration name ${m.name}`);
        out[m.name] = {
          up: (db) => m.up(db, helpers),
          down: m.down ? (db) => m.down!(db, helpers) : undefined,
        };
      }
      return out;
    },
  };
}

function migrator(handle: DatabaseHandle, migrations: AppMigration[]) {
  return new Migrator({ db: handle.db, provider: provider(handle, migrations) });
}

/** Applies pending migrations. Refuses when the database holds migrations this code does not know. */
export async function migrateToLatest(handle: DatabaseHandle, migrations: AppMigration[]): Promise<string[]> {
  const known = new Set(migrations.map((m) => m.name));
  const applied = await appliedMigrations(handle);
  const unknown = applied.filter((n) => !known.has(n));
  if (unknown.length) {
    throw new MigrationError(
      `The database is newer than this code: it has migrations ${unknown.join(', ')} that this version does not know. Upgrade the code instead of downgrading the database.`,
    );
  }
  const { error, results } = await migrator(handle, migrations).migrateToLatest();
  if (error) throw error instanceof Error ? error : new MigrationError(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function appliedMigrations(handle: DatabaseHandle): Promise<string[]> {
  const tables = await handle.db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(handle.db);
  return rows.rows.map((r) => r.name);
}

/** True when every known migration has been applied (used by /api/ready). */
export async function migrationsCurrent(handle: DatabaseHandle, migrations: AppMigration[]): Promise<boolean> {
  const applied = new Set(await appliedMigrations(handle));
  return migrations.every((m) => applied.has(m.name));
}
