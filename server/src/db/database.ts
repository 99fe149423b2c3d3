import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { AppConfig } from '../env';
import type { Database } from './schema';

export type DialectName = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Either the root handle or a transaction: repositories accept both. */
export type DbOrTrx = Db | Trx;

// Return identical JS values on both dialects: ISO strings for instants, numbers for counts.
pg.types.setTypeParser(1184, (v) => new Date(v).toISOString()); // timestamptz
pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString()); // timestamp
pg.types.setTypeParser(1082, (v) => v); // date stays YYYY-MM-DD
pg.types.setTypeParser(20, (v) => Number(v)); // int8 (count(*))
pg.types.setTypeParser(1700, (v) => Number(v)); // numeric

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  /** Raw SQLite handle (benchmarks, backup) — only for the embedded profile. */
  sqlite?: BetterSqlite3.Database;
  pool?: pg.Pool;
  close(): Promise<void>;
}

export function openDatabase(config: Pick<AppConfig, 'database'>): DatabaseHandle {
  const plugins = [new CamelCasePlugin()];
  if (config.database.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.database.url, max: 10 });
    // An idle client whose connection ends (a server restart, a terminated backend) emits 'error' on
    // the pool; unhandled, that would end the process. The pool drops the client and connects anew.
    pool.on('error', (err) => process.emitWarning(`PostgreSQL idle connection lost: ${err.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
    return { db, dialect: 'postgres', pool, close: () => db.destroy() };
  }
  const sqlite = new BetterSqlite3(config.database.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins });
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}

/**
 * Kysely's SQLite driver prepares every query anew; preparing was ~15 % of a write request's CPU
 * (profile of the mediation referral intake). The SQL text of a query builder is stable, so
 * prepared statements are kept by their text (least recently used out beyond `max`). Safe on the
 * single connection: Kysely runs one query at a time and a streamed query holds the connection.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database, max = 1000) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql: string): BetterSqlite3.Statement {
      let stmt = cache.get(sql);
      if (stmt) cache.delete(sql);
      else stmt = sqlite.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > max) cache.delete(cache.keys().next().value as string);
      return stmt;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}

/** Unique-constraint violations on either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23503' || e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
