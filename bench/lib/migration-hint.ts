import type { AppConfig } from '@tianping/server/env';

/**
 * The bench database is disposable: when the code's migrations no longer fit it (a migration
 * renamed, or one slotted in before others already applied while the code base moves fast),
 * say so and how to start over, instead of a bare migrator stack trace.
 */
export function withMigrationHint(err: unknown, config: AppConfig): Error {
  const message = err instanceof Error ? err.message : String(err);
  if (!/corrupted migrations|newer than this code/i.test(message)) return err instanceof Error ? err : new Error(message);
  const fix =
    config.database.kind === 'sqlite'
      ? `delete ${config.database.file} (and its -wal/-shm files)`
      : 'drop and re-create the PostgreSQL database';
  return new Error(
    `${message}\n\nThe bench database no longer matches this code's migrations: ${fix}, then run the bench again (it re-seeds).`,
  );
}
