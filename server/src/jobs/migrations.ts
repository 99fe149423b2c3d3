import type { AppMigration } from '../db/migration';

export const jobMigrations: AppMigration[] = [
  {
    name: '202601010501_jobs_jobs',
    async up(db, d) {
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('kind', 'varchar(100)', (c) => c.notNull())
        .addColumn('payload', d.json, (c) => c.notNull())
        .addColumn('run_at', d.instant, (c) => c.notNull())
        .addColumn('status', 'varchar(10)', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('locked_by', 'varchar(100)')
        .addColumn('locked_until', d.instant)
        .addColumn('last_error', 'varchar(2000)')
        .addColumn('dedupe_key', 'varchar(200)', (c) => c.unique())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      // The claim query: due queued jobs in run_at order, and expired running ones.
      await db.schema.createIndex('jobs_status_run_at').on('jobs').columns(['status', 'run_at']).execute();
      await db.schema.createIndex('jobs_status_locked_until').on('jobs').columns(['status', 'locked_until']).execute();
    },
  },
];
