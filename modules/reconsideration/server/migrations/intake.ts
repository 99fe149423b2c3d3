import type { AppMigration } from '@tianping/server/db/migration';

/** Intake and the list: forwarding columns, list and statistics indexes. */
export const intakeMigrations: AppMigration[] = [
  {
    // 第三十二条: an application forwarded by the agency that made an on-the-spot act names it and the day.
    name: '202611281110_reconsideration_intake_forwarding',
    async up(db) {
      await db.schema.alterTable('recon_cases').addColumn('forwarded_by', 'varchar(200)').execute();
      await db.schema.alterTable('recon_cases').addColumn('forwarded_on', 'varchar(10)').execute();
    },
  },
  {
    // The workbench list filtered by state (待审查 …) newest first, and by the decision clock (overdue / due soon).
    name: '202611281111_reconsideration_list_indexes',
    async up(db) {
      await db.schema.createIndex('recon_cases_state_received').on('recon_cases').columns(['state', 'received_on', 'id']).execute();
      await db.schema.createIndex('recon_cases_state_due').on('recon_cases').columns(['state', 'decision_due_on']).execute();
    },
  },
  {
    // Statistics (metrics.ts): cases closed (or accepted) in a period, read from the index alone.
    // Named after 202611281000_service_fallback_reminded so that databases which already ran it can still migrate
    // (names must sort after every executed migration).
    name: '202611282140_reconsideration_statistics_index',
    async up(db) {
      await db.schema
        .createIndex('recon_cases_stats_closed')
        .on('recon_cases')
        .columns(['closed_on', 'state', 'decision_type', 'outcome', 'org_id', 'region_code', 'received_on', 'id'])
        .execute();
      await db.schema.createIndex('recon_cases_accepted').on('recon_cases').columns(['accepted_on', 'org_id', 'region_code']).execute();
    },
  },
];
