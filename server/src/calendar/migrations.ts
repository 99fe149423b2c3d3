import type { AppMigration } from '../db/migration';

export const calendarMigrations: AppMigration[] = [
  {
    name: '202601010701_calendar_years_versions',
    async up(db, d) {
      let versions = db.schema.createTable('calendar_versions');
      versions = d.serial(versions, 'id');
      await versions
        .addColumn('snapshot_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('snapshot', d.json, (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('calendar_years')
        .addColumn('year', 'integer', (c) => c.primaryKey())
        .addColumn('source_title', 'varchar(300)', (c) => c.notNull())
        .addColumn('document_number', 'varchar(100)')
        .addColumn('published_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('holidays', d.json, (c) => c.notNull())
        .addColumn('make_up_workdays', d.json, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('calendar_version_id', 'bigint', (c) => c.notNull())
        .addColumn('entered_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
    },
  },
];
