import type BetterSqlite3 from 'better-sqlite3';
import { snakeCase } from '../../../bench/seed/bulk-writer';

type Value = string | number | bigint | Buffer | null;

/**
 * Rows per prepared INSERT: 250 keeps a statement's parameter array (≈ 5,500 values, 44 KB) in V8's young
 * generation — at 2,000 rows it is a 350 KB large object in the old space that keeps every string of the
 * batch alive across scavenges (promotion, then full collections); ≈ 7–10 % less user CPU in side-by-side
 * runs at 100,000 calls, same rows.
 */
const rowsPerStatement = 250;

interface TableState {
  /** snake_case name, as the summary counts it. */
  name: string;
  columns: string[];
  perStatement: number;
  statement: BetterSqlite3.Statement;
  params: Value[];
  rows: number;
  /** Full statements' parameters of a child table, run at the flush. */
  full: Value[][];
}

/**
 * The hotline volume's SQLite path: rows go straight into the bound parameters of a prepared multi-row
 * INSERT (up to 250 rows, see rowsPerStatement) and a statement runs as soon as it is full —
 * no per-row arrays or batch copies, which is what a year of 2.8 million rows spends its time on otherwise.
 * One transaction per `rowsPerTransaction` rows. PostgreSQL keeps the shared bulk writer.
 */
export class SqliteRowSink {
  private readonly tables = new Map<string, TableState>();
  private pending = 0;
  private open = false;
  readonly rowsByTable: Record<string, number> = {};

  constructor(
    private readonly db: BetterSqlite3.Database,
    /** Tables whose rows reference rows of the same batch (written after the others at each flush). */
    private readonly children: ReadonlySet<string> = new Set(),
    private readonly rowsPerTransaction = 50_000,
  ) {}

  private insertSql(table: string, columns: string[], rows: number): string {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    return `insert into "${table}" (${columns.map((c) => `"${snakeCase(c)}"`).join(', ')}) values ${Array(rows).fill(tuple).join(', ')}`;
  }

  add(table: string, row: object): void {
    const record = row as Record<string, Value | undefined>;
    let t = this.tables.get(table);
    if (!t) {
      const columns = Object.keys(record);
      const perStatement = Math.max(1, Math.min(rowsPerStatement, Math.floor(32_000 / columns.length)));
      t = {
        name: snakeCase(table),
        columns,
        perStatement,
        statement: this.db.prepare(this.insertSql(snakeCase(table), columns, perStatement)),
        params: [],
        rows: 0,
        full: [],
      };
      this.tables.set(table, t);
    }
    if (!this.open) {
      this.db.exec('begin');
      this.open = true;
    }
    for (const c of t.columns) t.params.push(record[c] ?? null);
    if (++t.rows === t.perStatement) {
      // Rows pointing at rows of this batch (surveys, transfers → tickets) wait for the flush, after their parents.
      if (this.children.has(table)) t.full.push(t.params);
      else t.statement.run(t.params);
      t.params = [];
      t.rows = 0;
    }
    this.rowsByTable[t.name] = (this.rowsByTable[t.name] ?? 0) + 1;
    this.pending++;
  }

  async flushIfFull(): Promise<void> {
    if (this.pending >= this.rowsPerTransaction) this.flush();
    return Promise.resolve();
  }

  /** Writes the statements' tails, parents first, then the waiting child rows, and commits. */
  flush(): void {
    const ordered = [...this.tables].sort(([a], [b]) => Number(this.children.has(a)) - Number(this.children.has(b)));
    for (const [, t] of ordered) {
      for (const params of t.full) t.statement.run(params);
      t.full = [];
      if (!t.rows) continue;
      this.db.prepare(this.insertSql(t.name, t.columns, t.rows)).run(t.params);
      t.params = [];
      t.rows = 0;
    }
    this.commit();
  }

  private commit(): void {
    if (this.open) this.db.exec('commit');
    this.open = false;
    this.pending = 0;
  }

  /** After a failure: the open transaction is rolled back. */
  abort(): void {
    if (this.open) this.db.exec('rollback');
    this.open = false;
  }
}

/**
 * Connection settings for the bulk load, restored by the returned function: a 256 MB page cache (instead of
 * 16 MB, for the unique indexes of 2.8 million rows and the index rebuild's sorts), helper threads for those
 * sorts when a core is idle, and no fsync at checkpoints (a failed load is thrown away anyway). Foreign keys
 * stay checked; the same rows result. CPU-neutral side by side on a loaded machine (aimed at wall time on an idle one).
 */
export function bulkLoadPragmas(db: BetterSqlite3.Database): () => void {
  const saved = (['cache_size', 'synchronous', 'threads'] as const).map((p) => [p, db.pragma(p, { simple: true }) as number] as const);
  db.pragma('cache_size = -262144');
  db.pragma('synchronous = OFF');
  db.pragma('threads = 2');
  return () => {
    for (const [p, v] of saved) db.pragma(`${p} = ${Number(v)}`);
  };
}
