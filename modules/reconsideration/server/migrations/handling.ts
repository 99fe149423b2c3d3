import type { AppMigration } from '@tianping/server/db/migration';

/** Handling after acceptance: local settings, withdrawals, reply evidence and suspension columns, closures. */
export const handlingMigrations: AppMigration[] = [
  {
    // Local rules where the law is silent (statutory-rules.md §1 ⚠️), e.g. whether suspension time counts.
    name: '202611281120_reconsideration_settings',
    async up(db, d) {
      await db.schema
        .createTable('recon_settings')
        .addColumn('key', 'varchar(60)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'varchar(26)')
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
    },
  },
  {
    // 撤回 (第七十四条): the applicant's request and its approval.
    name: '202611281121_reconsideration_withdrawals',
    async up(db, d) {
      await db.schema
        .createTable('recon_withdrawals')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('source', 'varchar(20)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('requested_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('approved_on', 'varchar(10)')
        .addColumn('approval_reason', 'text')
        .addColumn('approved_by', 'varchar(26)')
        .addColumn('bars_reapplication', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_withdrawals_case').on('recon_withdrawals').column('case_id').execute();
    },
  },
  {
    // Handling details: reply evidence, whether a suspension stopped the clocks, its resumption reason, the lapse notice.
    name: '202611281122_reconsideration_handling_columns',
    async up(db, d) {
      await db.schema
        .alterTable('recon_replies')
        .addColumn('evidence_attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema
        .alterTable('recon_suspensions')
        .addColumn('excluded_from_period', d.flag, (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('recon_suspensions').addColumn('resume_reason', 'text').execute();
      await db.schema.alterTable('recon_suspensions').addColumn('lapse_notified_at', d.instant).execute();
    },
  },
  {
    // How a case ended without a decision: termination (第四十一条), dismissal (第三十三条), mediation (第七十三条), withdrawal.
    name: '202611281123_reconsideration_closures',
    async up(db, d) {
      await db.schema
        .createTable('recon_closures')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('ground', 'varchar(40)')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('agreement', 'text')
        .addColumn('closed_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('document_attachment_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_closures_case').on('recon_closures').column('case_id').execute();
    },
  },
];
