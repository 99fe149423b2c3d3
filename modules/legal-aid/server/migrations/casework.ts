import type { AppMigration } from '@tianping/server/db/migration';

/** The aided case after assignment, objections, quality and subsidies (AC, NN 60–89; see casework-tables.ts). */

type Db = Parameters<AppMigration['up']>[0];
const id = 'varchar(26)';
const date = 'varchar(10)';

async function caseIndex(db: Db, table: string) {
  await db.schema.createIndex(`${table}_case`).on(table).column('case_id').execute();
}

export const caseworkMigrations: AppMigration[] = [
  {
    name: '202611290260_legalaid_progress_closures',
    async up(db, d) {
      await db.schema
        .createTable('aid_progress')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_id', id, (c) => c.notNull().references('aid_cases.id'))
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('occurred_on', date, (c) => c.notNull())
        .addColumn('time', 'varchar(5)')
        .addColumn('place', 'varchar(200)')
        .addColumn('title', 'varchar(200)', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_by', id, (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await caseIndex(db, 'aid_progress');
      await db.schema
        .createTable('aid_closures')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_id', id, (c) => c.notNull().unique().references('aid_cases.id'))
        .addColumn('closed_on', date, (c) => c.notNull())
        .addColumn('result', 'varchar(30)', (c) => c.notNull())
        .addColumn('stages', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('document_attachment_ids', 'text', (c) => c.notNull())
        .addColumn('reported_by', id, (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
    },
  },
  {
    name: '202611290261_legalaid_replacements_complaints',
    async up(db, d) {
      await db.schema
        .createTable('aid_replacements')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_id', id, (c) => c.notNull().references('aid_cases.id'))
        .addColumn('source', 'varchar(20)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('requested_on', date, (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('decided_on', date)
        .addColumn('decided_at', d.instant)
        .addColumn('decision_reason', 'text')
        .addColumn('decided_by', id)
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await caseIndex(db, 'aid_replacements');
      await db.schema
        .createTable('aid_complaints')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_id', id, (c) => c.notNull().references('aid_cases.id'))
        .addColumn('source', 'varchar(20)', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('received_on', date, (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('result', 'text')
        .addColumn('handled_on', date)
        .addColumn('handled_by', id)
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await caseIndex(db, 'aid_complaints');
    },
  },
  {
    name: '202611290262_legalaid_terminations',
    async up(db, d) {
      await db.schema
        .createTable('aid_terminations')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_id', id, (c) => c.notNull().references('aid_cases.id'))
        .addColumn('ground', 'varchar(30)', (c) => c.notNull())
        .addColumn('facts', 'text', (c) => c.notNull())
        .addColumn('reported_by', id)
        .addColumn('reported_on', date)
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('decided_on', date)
        .addColumn('decision_reason', 'text')
        .addColumn('decided_by', id)
        .addColumn('document_attachment_id', id)
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await caseIndex(db, 'aid_terminations');
    },
  },
  {
    name: '202611290263_legalaid_objections',
    async up(db, d) {
      await db.schema
        .createTable('aid_objections')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_id', id, (c) => c.notNull().references('aid_cases.id'))
        .addColumn('org_id', id, (c) => c.notNull())
        .addColumn('against', 'varchar(20)', (c) => c.notNull())
        .addColumn('contested_on', date, (c) => c.notNull())
        .addColumn('source', 'varchar(20)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('received_on', date, (c) => c.notNull())
        .addColumn('due_on', date, (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('decided_on', date)
        .addColumn('decision_reason', 'text')
        .addColumn('decided_by', id)
        .addColumn('document_attachment_id', id)
        // The case id while open, null once decided: the unique index admits one open objection per case.
        .addColumn('open_key', id, (c) => c.unique())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await caseIndex(db, 'aid_objections');
      await db.schema.createIndex('aid_objections_org_status').on('aid_objections').columns(['org_id', 'status', 'due_on']).execute();
    },
  },
  {
    name: '202611290264_legalaid_quality',
    async up(db, d) {
      await db.schema
        .createTable('aid_quality_reviews')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_id', id, (c) => c.notNull().references('aid_cases.id'))
        .addColumn('org_id', id, (c) => c.notNull())
        .addColumn('draw_id', id)
        .addColumn('rubric_version', 'integer', (c) => c.notNull())
        .addColumn('scores', 'text', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('grade', 'varchar(20)', (c) => c.notNull())
        .addColumn('comments', 'text')
        .addColumn('reviewed_on', date, (c) => c.notNull())
        .addColumn('reviewed_by', id, (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await caseIndex(db, 'aid_quality_reviews');
      await db.schema
        .createTable('aid_followups')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_id', id, (c) => c.notNull().references('aid_cases.id'))
        .addColumn('org_id', id, (c) => c.notNull())
        .addColumn('channel', 'varchar(20)', (c) => c.notNull())
        .addColumn('contacted_on', date, (c) => c.notNull())
        .addColumn('reached', d.flag, (c) => c.notNull())
        .addColumn('satisfaction', 'integer')
        .addColumn('comment', 'text')
        .addColumn('recorded_by', id, (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await caseIndex(db, 'aid_followups');
      await db.schema.createIndex('aid_followups_org_date').on('aid_followups').columns(['org_id', 'contacted_on']).execute();
    },
  },
  {
    name: '202611290265_legalaid_sampling_draws',
    async up(db, d) {
      await db.schema
        .createTable('aid_sampling_draws')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('org_id', id, (c) => c.notNull())
        .addColumn('period_from', date, (c) => c.notNull())
        .addColumn('period_to', date, (c) => c.notNull())
        .addColumn('population_query', 'text', (c) => c.notNull())
        .addColumn('published_value', 'varchar(200)', (c) => c.notNull())
        .addColumn('drawn_at', d.instant, (c) => c.notNull())
        .addColumn('seed', 'varchar(64)', (c) => c.notNull())
        .addColumn('population_count', 'integer', (c) => c.notNull())
        .addColumn('population_ids', 'text', (c) => c.notNull())
        .addColumn('sample_size', 'integer', (c) => c.notNull())
        .addColumn('sample_ids', 'text', (c) => c.notNull())
        .addColumn('created_by', id, (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_sampling_draws_org').on('aid_sampling_draws').columns(['org_id', 'drawn_at']).execute();
    },
  },
  {
    name: '202611290266_legalaid_subsidies',
    async up(db, d) {
      await db.schema
        .createTable('aid_subsidy_schedules')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('stage', 'varchar(30)', (c) => c.notNull())
        .addColumn('amount_yuan', 'integer', (c) => c.notNull())
        .addColumn('effective_from', date, (c) => c.notNull())
        .addColumn('effective_to', date)
        .addColumn('note', 'text')
        .addColumn('example', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', id)
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('aid_subsidy_schedules_kind_stage')
        .on('aid_subsidy_schedules')
        .columns(['case_kind', 'stage', 'effective_from'])
        .unique()
        .execute();
      await db.schema
        .createTable('aid_subsidies')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('case_id', id, (c) => c.notNull().unique().references('aid_cases.id'))
        .addColumn('org_id', id, (c) => c.notNull())
        .addColumn('provider_id', id)
        .addColumn('case_kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('computed_on', date, (c) => c.notNull())
        .addColumn('lines', 'text', (c) => c.notNull())
        .addColumn('total_yuan', 'integer', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('decided_on', date)
        .addColumn('decision_reason', 'text')
        .addColumn('decided_by', id)
        .addColumn('paid_on', date)
        .addColumn('payment_reference', 'varchar(100)')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_subsidies_org_status').on('aid_subsidies').columns(['org_id', 'status']).execute();
    },
  },
];
