import type { AppMigration } from '@tianping/server/db/migration';

/** Transfers, callbacks, follow-ups and surveys (HT, NN 20–39; see handling-tables.ts). */
export const handlingMigrations: AppMigration[] = [
  {
    name: '202611290320_hotline_transfers',
    async up(db, d) {
      await db.schema
        .createTable('hl_transfers')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('ticket_id', 'varchar(26)', (c) => c.notNull().references('hl_tickets.id'))
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('destination', 'varchar(30)', (c) => c.notNull())
        .addColumn('state', 'varchar(20)', (c) => c.notNull())
        .addColumn('reference', 'varchar(100)', (c) => c.notNull())
        .addColumn('target_reference', 'varchar(100)')
        .addColumn('target_org_id', 'varchar(26)')
        .addColumn('entity_type', 'varchar(50)')
        .addColumn('entity_id', 'varchar(26)')
        .addColumn('path', 'varchar(300)')
        .addColumn('note', 'text')
        .addColumn('prefill_fields', 'text')
        .addColumn('result', 'text')
        .addColumn('result_at', d.instant)
        .addColumn('result_by', 'varchar(26)')
        .addColumn('error_code', 'varchar(80)')
        .addColumn('error_field', 'varchar(200)')
        .addColumn('created_by', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hl_transfers_ticket').on('hl_transfers').columns(['ticket_id', 'created_at']).execute();
      await db.schema.createIndex('hl_transfers_dest').on('hl_transfers').columns(['destination', 'state', 'created_at']).execute();
      await db.schema.createIndex('hl_transfers_org').on('hl_transfers').columns(['org_id', 'created_at']).execute();
    },
  },
  {
    name: '202611290321_hotline_callbacks',
    async up(db, d) {
      await db.schema
        .createTable('hl_callbacks')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('ticket_id', 'varchar(26)', (c) => c.notNull().references('hl_tickets.id'))
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('assignee_user_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('due_at', d.instant, (c) => c.notNull())
        .addColumn('state', 'varchar(20)', (c) => c.notNull())
        .addColumn('outcome', 'varchar(20)')
        .addColumn('note', 'text')
        .addColumn('completed_at', d.instant)
        .addColumn('completed_by', 'varchar(26)')
        .addColumn('overdue_notified', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hl_callbacks_ticket').on('hl_callbacks').column('ticket_id').execute();
      await db.schema.createIndex('hl_callbacks_due').on('hl_callbacks').columns(['state', 'due_at']).execute();
      await db.schema.createIndex('hl_callbacks_assignee').on('hl_callbacks').columns(['assignee_user_id', 'state']).execute();
    },
  },
  {
    name: '202611290322_hotline_followups',
    async up(db, d) {
      await db.schema
        .createTable('hl_followup_draws')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('from_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('to_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('percent', 'integer', (c) => c.notNull())
        .addColumn('published_value', 'varchar(200)', (c) => c.notNull())
        .addColumn('drawn_at', d.instant, (c) => c.notNull())
        .addColumn('seed', 'varchar(64)', (c) => c.notNull())
        .addColumn('population_count', 'integer', (c) => c.notNull())
        .addColumn('sample_ids', 'text', (c) => c.notNull())
        .addColumn('drawn_by', 'varchar(26)')
        .execute();
      await db.schema
        .createTable('hl_followups')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('draw_id', 'varchar(26)', (c) => c.notNull().references('hl_followup_draws.id'))
        .addColumn('ticket_id', 'varchar(26)', (c) => c.notNull().references('hl_tickets.id'))
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('state', 'varchar(20)', (c) => c.notNull())
        .addColumn('reached', d.flag)
        .addColumn('satisfaction', 'varchar(30)')
        .addColumn('note', 'text')
        .addColumn('recorded_by', 'varchar(26)')
        .addColumn('recorded_at', d.instant)
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hl_followups_org_state').on('hl_followups').columns(['org_id', 'state']).execute();
      await db.schema.createIndex('hl_followups_draw').on('hl_followups').column('draw_id').execute();
    },
  },
  {
    name: '202611290323_hotline_surveys',
    async up(db, d) {
      await db.schema
        .createTable('hl_surveys')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('ticket_id', 'varchar(26)', (c) => c.notNull().references('hl_tickets.id'))
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('sent_by_sms', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('sent_at', d.instant, (c) => c.notNull())
        .addColumn('expires_at', d.instant, (c) => c.notNull())
        .addColumn('answered_at', d.instant)
        .addColumn('answered_via', 'varchar(20)')
        .addColumn('rating', 'varchar(30)')
        .addColumn('comment', 'text')
        .addColumn('reopened', d.flag, (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('hl_surveys_ticket').on('hl_surveys').columns(['ticket_id', 'sent_at']).execute();
      await db.schema.createIndex('hl_surveys_org_answered').on('hl_surveys').columns(['org_id', 'answered_at']).execute();
    },
  },
];
