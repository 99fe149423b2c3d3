import { sql } from 'kysely';
import type { AppMigration } from '../db/migration';
import { genesisHash } from './audit-chain';

export const auditMigrations: AppMigration[] = [
  {
    name: '202601010100_audit_events',
    async up(db, d) {
      await db.schema
        .createTable('audit_events')
        .addColumn('seq', 'bigint', (c) => c.primaryKey())
        .addColumn('id', 'varchar(26)', (c) => c.notNull().unique())
        .addColumn('occurred_at', d.instant, (c) => c.notNull())
        .addColumn('actor_type', 'varchar(20)', (c) => c.notNull())
        .addColumn('actor_id', 'varchar(26)')
        .addColumn('actor_name', 'varchar(100)')
        .addColumn('org_id', 'varchar(26)')
        .addColumn('action', 'varchar(120)', (c) => c.notNull())
        .addColumn('entity_type', 'varchar(60)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(60)')
        .addColumn('diff', d.json)
        .addColumn('reason', 'text')
        .addColumn('ip', 'varchar(64)')
        .addColumn('user_agent', 'varchar(300)')
        .addColumn('request_id', 'varchar(64)')
        .addColumn('hash_alg', 'varchar(10)', (c) => c.notNull())
        .addColumn('prev_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('hash', 'varchar(64)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_events_entity').on('audit_events').columns(['entity_type', 'entity_id', 'seq']).execute();
      await db.schema.createIndex('audit_events_actor').on('audit_events').columns(['actor_id', 'seq']).execute();
      await db.schema.createIndex('audit_events_action').on('audit_events').columns(['action', 'seq']).execute();
      await db.schema.createIndex('audit_events_time').on('audit_events').columns(['occurred_at']).execute();
      await db.schema
        .createTable('audit_chain_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('last_seq', 'bigint', (c) => c.notNull())
        .addColumn('last_hash', 'varchar(64)', (c) => c.notNull())
        .execute();
      await db.insertInto('audit_chain_head').values({ id: 1, last_seq: 0, last_hash: genesisHash }).execute();
      if (d.isPg) {
        // Defence in depth besides the INSERT/SELECT-only grant (docs/audit-grants.sql).
        await sql`create function audit_events_append_only() returns trigger language plpgsql as $$
          begin raise exception 'audit_events is append-only'; end $$`.execute(db);
        await sql`create trigger audit_events_no_update before update or delete on audit_events
          for each row execute function audit_events_append_only()`.execute(db);
      } else {
        await sql`create trigger audit_events_no_update before update on audit_events
          begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
        await sql`create trigger audit_events_no_delete before delete on audit_events
          begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
      }
    },
  },
];
