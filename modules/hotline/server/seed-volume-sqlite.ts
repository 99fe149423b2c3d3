import type BetterSqlite3 from 'better-sqlite3';
import { snakeCase } from '../../../bench/seed/bulk-writer';

type Value = string | number | bigint | Buffer | null;

interface TableState {
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
 * INSERT (up to 2,000 rows, the bulk writer's statement shape) and a statement runs as soon as it is full —
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
      const perStatement = Math.max(1, Math.min(2_000, Math.floor(32_000 / columns.length)));
      t = {
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
    const name = snakeCase(table);
    this.rowsByTable[name] = (this.rowsByTable[name] ?? 0) + 1;
    this.pending++;
  }

  async flushIfFull(): Promise<void> {
    if (this.pending >= this.rowsPerTransaction) this.flush();
    return Promise.resolve();
  }

  /** Writes the statements' tails, parents first, then the waiting child rows, and commits. */
  flush(): void {
    const ordered = [...this.tables].sort(([a], [b]) => Number(this.children.has(a)) - Number(this.children.has(b)));
    for (const [table, t] of ordered) {
      for (const params of t.full) t.statement.run(params);
      t.full = [];
      if (!t.rows) continue;
      this.db.prepare(this.insertSql(snakeCase(table), t.columns, t.rows)).run(t.params);
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
