import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import type { AppMigration } from './migration';
import { appliedMigrations, MigrationError, migrateToLatest, migrationsCurrent } from './migrator';

const table = (name: string): AppMigration => ({
  name,
  async up(db, d) {
    await db.schema.createTable(name.replace(/^\d+_/, 't_')).addColumn('at', d.instant).addColumn('on', d.flag).execute();
  },
});

describe('migrator', () => {
  it('applies in order, is a no-op the second time, and refuses a database newer than the code', async () => {
    const handle = openDatabase({ database: { kind: 'sqlite', file: ':memory:' } });
    const a = table('202601010000_a');
    const b = table('202601020000_b');
    expect(await migrateToLatest(handle, [a, b])).toEqual(['202601010000_a', '202601020000_b']);
    expect(await migrateToLatest(handle, [a, b])).toEqual([]);
    expect(await appliedMigrations(handle)).toEqual(['202601010000_a', '202601020000_b']);
    expect(await migrationsCurrent(handle, [a, b, table('202601030000_c')])).toBe(false);
    await expect(migrateToLatest(handle, [a])).rejects.toBeInstanceOf(MigrationError);
    await expect(migrateToLatest(handle, [a])).rejects.toThrow(/newer than this code/);
    await handle.close();
  });
});
