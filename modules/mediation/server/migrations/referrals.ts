import type { AppMigration } from '@tianping/server/db/migration';

/** Referring bodies, their referrals with the outcome sent back, the webhook delivery log, case links (referral-tables.ts). */
export const referralMigrations: AppMigration[] = [
  {
    name: '202611290110_mediation_referrers',
    async up(db, d) {
      await db.schema
        .createTable('med_referrers')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('code', 'varchar(60)', (c) => c.notNull().unique())
        .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
        // A token speaks for one referrer only.
        .addColumn('token_id', 'varchar(26)', (c) => c.unique().references('api_tokens.id'))
        .addColumn('webhook_url', 'varchar(500)')
        .addColumn('webhook_secret_enc', 'text')
        .addColumn('return_days', 'integer')
        .addColumn('active', d.flag, (c) => c.notNull().defaultTo(1))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_by', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_referrers_kind').on('med_referrers').columns(['kind', 'region_code']).execute();
    },
  },
  {
    name: '202611290111_mediation_referrals',
    async up(db, d) {
      await db.schema
        .createTable('med_referrals')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('referrer_id', 'varchar(26)', (c) => c.notNull().references('med_referrers.id'))
        .addColumn('external_ref', 'varchar(100)', (c) => c.notNull())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('linked', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('channel', 'varchar(10)', (c) => c.notNull())
        .addColumn('received_at', d.instant, (c) => c.notNull())
        .addColumn('received_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('return_by', 'varchar(10)')
        .addColumn('outcome_state', 'varchar(20)')
        .addColumn('outcome', 'varchar(30)')
        .addColumn('agreement_summary', 'text')
        .addColumn('closed_on', 'varchar(10)')
        .addColumn('returned_at', d.instant)
        .addColumn('returned_on_time', d.flag)
        .addColumn('webhook_status', 'varchar(10)', (c) => c.notNull().defaultTo('none'))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      // Idempotency: one referral per (referrer, external reference).
      await db.schema.createIndex('med_referrals_external').on('med_referrals').columns(['referrer_id', 'external_ref']).unique().execute();
      // The token's list (newest first) and the outcome recorded when a case closes.
      await db.schema.createIndex('med_referrals_referrer').on('med_referrals').columns(['referrer_id', 'received_at', 'id']).execute();
      await db.schema.createIndex('med_referrals_case').on('med_referrals').column('case_id').execute();
      // Statistics: referrals returned on time per referring body and period.
      await db.schema
        .createIndex('med_referrals_returned')
        .on('med_referrals')
        .columns(['closed_on', 'referrer_id', 'returned_on_time'])
        .execute();
    },
  },
  {
    name: '202611290112_mediation_webhook_deliveries',
    async up(db, d) {
      await db.schema
        .createTable('med_webhook_deliveries')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('referral_id', 'varchar(26)', (c) => c.notNull().references('med_referrals.id'))
        .addColumn('referrer_id', 'varchar(26)', (c) => c.notNull().references('med_referrers.id'))
        .addColumn('event_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('url', 'varchar(500)', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('ok', d.flag, (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .addColumn('attempted_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('med_webhook_deliveries_referral')
        .on('med_webhook_deliveries')
        .columns(['referral_id', 'attempt'])
        .execute();
    },
  },
  {
    name: '202611290113_mediation_case_links',
    async up(db, d) {
      await db.schema
        .createTable('med_case_links')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('linked_case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('kind', 'varchar(10)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_by', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_case_links_case').on('med_case_links').column('case_id').execute();
      await db.schema.createIndex('med_case_links_linked').on('med_case_links').column('linked_case_id').execute();
    },
  },
];
