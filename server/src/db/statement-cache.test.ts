import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './database';

describe('SQLite prepared-statement cache', () => {
  it('reuses a statement by its SQL text, evicts the least recently used beyond the limit, and closes the database', () => {
    const raw = new BetterSqlite3(':memory:');
    const db = withStatementCache(raw, 2);
    raw.exec('create table t (v integer)');
    const insert = db.prepare('insert into t (v) values (?)');
    expect(db.prepare('insert into t (v) values (?)')).toBe(insert);
    insert.run(1);
    insert.run(2);
    const count = db.prepare('select count(*) as n from t');
    expect((count.get() as { n: number }).n).toBe(2);
    db.prepare('select v from t'); // third statement: the insert (least recently used) leaves the cache
    expect(db.prepare('select count(*) as n from t')).toBe(count);
    expect(db.prepare('insert into t (v) values (?)')).not.toBe(insert);
    db.close();
    expect(raw.open).toBe(false);
  });
});
