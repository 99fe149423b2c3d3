import type { AppMigration } from '../db/migration';

export const caseNumberMigrations: AppMigration[] = [
  {
    name: '202601010600_casenumbers_counters',
    async up(db, d) {
      await db.schema
        .createTable('case_number_counters')
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('case_type', 'varchar(60)', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('last', 'integer', (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .addPrimaryKeyConstraint('case_number_counters_pk', ['org_id', 'case_type', 'year'])
        .execute();
    },
  },
];
