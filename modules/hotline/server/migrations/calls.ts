import type { AppMigration } from '@tianping/server/db/migration';

/** Calls, call events, tickets, rosters and settings (HA, NN 00–19; see tables.ts). */
export const callsMigrations: AppMigration[] = [
  {
    name: '202611290300_hotline_calls',
    async up(db, d) {
      await db.schema
        .createTable('hl_calls')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('call_id', 'varchar(100)', (c) => c.notNull().unique())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('queue', 'varchar(100)', (c) => c.notNull())
        .addColumn('state', 'varchar(20)', (c) => c.notNull())
        .addColumn('offered_at', d.instant, (c) => c.notNull())
        .addColumn('answered_at', d.instant)
        .addColumn('abandoned_at', d.instant)
        .addColumn('ended_at', d.instant)
        .addColumn('wait_seconds', 'integer')
        .addColumn('talk_seconds', 'integer')
        .addColumn('agent_user_id', 'varchar(26)')
        .addColumn('caller_phone_enc', 'text')
        .addColumn('caller_phone_index', 'varchar(64)')
        .addColumn('ticket_id', 'varchar(26)')
        .addColumn('simulated', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      // Statistics by centre and time; the agent's current call; the caller's earlier calls.
      await db.schema.createIndex('hl_calls_org_offered').on('hl_calls').columns(['org_id', 'offered_at']).execute();
      await db.schema.createIndex('hl_calls_agent').on('hl_calls').columns(['agent_user_id', 'state', 'answered_at']).execute();
      await db.schema.createIndex('hl_calls_caller').on('hl_calls').column('caller_phone_index').execute();

      await db.schema
        .createTable('hl_call_events')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('event_id', 'varchar(100)', (c) => c.notNull().unique())
        .addColumn('call_id', 'varchar(100)', (c) => c.notNull())
        .addColumn('type', 'varchar(20)', (c) => c.notNull())
        .addColumn('at', d.instant, (c) => c.notNull())
        .addColumn('queue', 'varchar(100)', (c) => c.notNull())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('result_state', 'varchar(20)', (c) => c.notNull())
        .addColumn('raw', d.json, (c) => c.notNull())
        .addColumn('token_id', 'varchar(26)')
        .addColumn('received_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hl_call_events_call').on('hl_call_events').columns(['call_id', 'at']).execute();
    },
  },
  {
    name: '202611290301_hotline_tickets',
    async up(db, d) {
      await db.schema
        .createTable('hl_tickets')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('number', 'varchar(60)', (c) => c.notNull().unique())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('channel', 'varchar(20)', (c) => c.notNull())
        .addColumn('call_id', 'varchar(26)', (c) => c.unique())
        .addColumn('caller_name', 'varchar(100)')
        .addColumn('caller_phone_enc', 'text')
        .addColumn('caller_phone_index', 'varchar(64)')
        .addColumn('citizen_id', 'varchar(26)')
        .addColumn('category', 'varchar(40)', (c) => c.notNull())
        .addColumn('sub_category', 'varchar(60)')
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('answer', 'text')
        .addColumn('answered_by', 'varchar(26)')
        .addColumn('answered_at', d.instant)
        .addColumn('duration_seconds', 'integer')
        .addColumn('state', 'varchar(20)', (c) => c.notNull())
        .addColumn('created_by', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('closed_at', d.instant)
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('hl_tickets_org_created').on('hl_tickets').columns(['org_id', 'created_at', 'id']).execute();
      await db.schema.createIndex('hl_tickets_org_state').on('hl_tickets').columns(['org_id', 'state']).execute();
      await db.schema.createIndex('hl_tickets_caller').on('hl_tickets').columns(['caller_phone_index', 'created_at']).execute();
      await db.schema.createIndex('hl_tickets_citizen').on('hl_tickets').column('citizen_id').execute();
      await db.schema.createIndex('hl_tickets_answered_by').on('hl_tickets').columns(['answered_by', 'created_at']).execute();
    },
  },
  {
    name: '202611290302_hotline_rosters',
    async up(db, d) {
      await db.schema
        .createTable('hl_rosters')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull().references('users.id'))
        .addColumn('duty_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('shift', 'varchar(20)', (c) => c.notNull())
        .addColumn('seat_role', 'varchar(20)', (c) => c.notNull())
        .addColumn('seat', 'varchar(40)')
        .addColumn('note', 'text')
        .addColumn('created_by', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hl_rosters_unique').on('hl_rosters').columns(['user_id', 'duty_date', 'shift']).unique().execute();
      await db.schema.createIndex('hl_rosters_org_date').on('hl_rosters').columns(['org_id', 'duty_date']).execute();

      await db.schema
        .createTable('hl_settings')
        .addColumn('key', 'varchar(60)', (c) => c.primaryKey())
        .addColumn('value', d.json, (c) => c.notNull())
        .addColumn('updated_by', 'varchar(26)')
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
    },
  },
];
