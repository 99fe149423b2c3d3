import { sql, type ColumnDataType, type CreateTableBuilder, type Kysely } from 'kysely';
import type { DialectName } from './database';

/**
 * A migration of the core or of a module. `name` is `<yyyymmddhhmm>_<module>_<what>`: the
 * migrator runs all of them in name order, so core and modules interleave by time.
 * Migrations use the portable schema builder and the dialect helpers below.
 */
export interface AppMigration {
  name: string;
  up(db: Kysely<any>, d: DialectHelpers): Promise<void>; // eslint-disable-line @typescript-eslint/no-explicit-any
  down?(db: Kysely<any>, d: DialectHelpers): Promise<void>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface DialectHelpers {
  dialect: DialectName;
  isPg: boolean;
  /** ISO instant: `timestamptz` on PostgreSQL, ISO-8601 text on SQLite. */
  instant: ColumnDataType;
  /** JSON document: stored as text on both dialects (always written with JSON.stringify). */
  json: ColumnDataType;
  /** Auto-increment integer primary key on both dialects. */
  serial<T extends string>(t: CreateTableBuilder<T, never>, name: string): CreateTableBuilder<T, never>;
  /** 0/1 flag (SQLite cannot bind JS booleans; we use integers on both for identical code). */
  flag: ColumnDataType;
}

export function dialectHelpers(dialect: DialectName): DialectHelpers {
  const isPg = dialect === 'postgres';
  return {
    dialect,
    isPg,
    instant: isPg ? 'timestamptz' : 'text',
    json: 'text',
    flag: 'integer',
    serial: (t, name) =>
      isPg
        ? t.addColumn(name, 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
        : t.addColumn(name, 'integer', (c) => c.primaryKey().autoIncrement()),
  };
}

export { sql };
