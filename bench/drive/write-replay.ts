import BetterSqlite3 from 'better-sqlite3';
import { hashEvent, type HashedEvent } from '@tianping/server/audit/audit-chain';

/*
 * Write workloads (intake through the API): the baseline inserts, in one transaction per request, exactly the
 * rows one app request wrote — captured after a probe request by rowid from every table — with the values
 * that must be unique per request rewritten, and the audit event appended to the hash chain as the app does.
 */

export type SqlValue = string | number | bigint | Buffer | null;
export interface WrittenTable {
  table: string;
  columns: string[];
  rows: SqlValue[][];
}

/** max(rowid) of every ordinary table (FTS tables excluded: the triggers of their content table fill them). */
function rowidMarks(db: BetterSqlite3.Database): Map<string, number> {
  const tables = db.prepare(`select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%'`).all() as {
    name: string;
    sql: string;
  }[];
  const virtual = tables.filter((t) => /create virtual table/i.test(t.sql)).map((t) => t.name);
  const marks = new Map<string, number>();
  for (const t of tables) {
    if (virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`))) continue;
    try {
      const r = db.prepare(`select coalesce(max(rowid), 0) as m from "${t.name}"`).get() as { m: number };
      marks.set(t.name, r.m);
    } catch {
      // WITHOUT ROWID tables are not written by an intake.
    }
  }
  return marks;
}

function writtenSince(db: BetterSqlite3.Database, marks: Map<string, number>): WrittenTable[] {
  const out: WrittenTable[] = [];
  for (const [table, mark] of marks) {
    const stmt = db.prepare(`select * from "${table}" where rowid > ?`).raw(true);
    const rows = stmt.all(mark) as SqlValue[][];
    if (rows.length) out.push({ table, columns: stmt.columns().map((c) => c.name), rows });
  }
  return out;
}

/** Runs one app request (`probe`) and returns the rows it inserted, table by table: the baseline's template. */
export async function probeWrites(file: string, probe: () => Promise<void>): Promise<WrittenTable[]> {
  const reader = new BetterSqlite3(file, { readonly: true });
  try {
    const marks = rowidMarks(reader);
    await probe();
    return writtenSince(reader, marks);
  } finally {
    reader.close();
  }
}

/** The string values of a template to make unique per request: every string id written, plus `extra` (numbers, references). */
export function uniqueValuesOf(template: WrittenTable[], extra: readonly string[] = []): string[] {
  const unique = new Set<string>(extra);
  for (const t of template) {
    const idCol = t.columns.indexOf('id');
    if (idCol >= 0) for (const r of t.rows) if (typeof r[idCol] === 'string') unique.add(r[idCol] as string);
  }
  return [...unique].filter((s) => s.length >= 6).sort((a, b) => b.length - a.length);
}

/**
 * Prepares the baseline's inserts of `template` on `handle`: returns `replay(suffix)`, to be called inside
 * the caller's transaction, which inserts every row with each value of `unique` suffixed (the same suffix
 * everywhere, so references between rows still match). An integer rowid key is left to SQLite, another
 * numeric key takes max + 1; the audit event is appended to the hash chain as the app's audit writer does
 * (head read, seq + 1, `hashEvent`, head moved).
 */
export function writeReplayer(handle: BetterSqlite3.Database, template: WrittenTable[], unique: readonly string[]) {
  const rewrite = (v: SqlValue, suffix: string): SqlValue => {
    if (typeof v !== 'string') return v;
    let s = v;
    for (const x of unique) if (s.includes(x)) s = s.split(x).join(`${x}${suffix}`);
    return s;
  };
  const auditTemplate = template.find((t) => t.table === 'audit_events');
  const readHead = handle.prepare('select last_seq as seq, last_hash as hash from audit_chain_head where id = 1');
  const moveHead = handle.prepare('update audit_chain_head set last_seq = ?, last_hash = ? where id = 1');
  const auditInsert = auditTemplate
    ? handle.prepare(
        `insert into audit_events (${auditTemplate.columns.map((c) => `"${c}"`).join(', ')}) values (${auditTemplate.columns.map(() => '?').join(', ')})`,
      )
    : null;
  const camel = (c: string) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());
  const appendAudit = (r: SqlValue[], suffix: string) => {
    const head = readHead.get() as { seq: number; hash: string };
    const event = Object.fromEntries(auditTemplate!.columns.map((c, i) => [camel(c), rewrite(r[i]!, suffix)])) as Record<string, unknown>;
    delete event.hash;
    Object.assign(event, { seq: head.seq + 1, occurredAt: new Date().toISOString(), prevHash: head.hash });
    const hash = hashEvent(event as unknown as HashedEvent);
    auditInsert!.run(...auditTemplate!.columns.map((c) => (c === 'hash' ? hash : (event[camel(c)] as SqlValue))));
    moveHead.run(head.seq + 1, hash);
  };
  const inserts = template
    // The case-number counter is an upsert (a new row only on the year's first number): baselines do no counter update.
    .filter((t) => t !== auditTemplate && t.table !== 'case_number_counters')
    .map((t) => {
      const info = handle.pragma(`table_info("${t.table}")`) as { name: string; type: string; pk: number }[];
      const keep = t.columns.map((c) => !info.some((x) => x.name === c && x.pk === 1 && x.type.toUpperCase() === 'INTEGER'));
      const values = t.columns.map((c) =>
        info.some((x) => x.name === c && x.pk === 1 && /INT/i.test(x.type) && x.type.toUpperCase() !== 'INTEGER')
          ? `(select coalesce(max("${c}"), 0) + 1 from "${t.table}")`
          : '?',
      );
      const cols = t.columns.filter((_, i) => keep[i]);
      const vals = values.filter((_, i) => keep[i]);
      const bound = t.columns.map((_, i) => keep[i] && vals[cols.indexOf(t.columns[i]!)] === '?');
      const stmt = handle.prepare(`insert into "${t.table}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${vals.join(', ')})`);
      return { t, stmt, bound };
    });
  return {
    rewrite,
    replay(suffix: string): void {
      for (const { t, stmt, bound } of inserts)
        for (const r of t.rows) stmt.run(...r.filter((_, i) => bound[i]).map((v) => rewrite(v, suffix)));
      for (const r of auditTemplate?.rows ?? []) appendAudit(r, suffix);
    },
  };
}

/** "table×rows, …" of a template, for the report's title. */
export function describeWrites(template: WrittenTable[]): string {
  return template.map((t) => `${t.table}×${t.rows.length}`).join(', ');
}
