import { sql } from 'kysely';
import type { AppMigration } from '../db/migration';
import { genesisHash } from './audit-chain';

const appendOnly = 'audit_events is append-only';
const headForwardOnly = 'audit_chain_head only advances one event at a time';

/**
 * The audit log. Tamper resistance comes in layers:
 * 1. the hash chain (`npm run audit:verify`) detects any change made by whoever bypasses the rest;
 * 2. triggers reject UPDATE, DELETE (and on PostgreSQL TRUNCATE) of events, deleting the head
 *    and moving the head other than one step forward — on both dialects;
 * 3. in production on PostgreSQL, migrations run as the owner role and the application as a
 *    restricted role with INSERT and SELECT only on `audit_events` (and SELECT, UPDATE on
 *    `audit_chain_head`): see docs/audit-grants.sql.
 */
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
      // Each filter of the audit search ends in `seq`, so "newest first" walks the index backwards.
      await db.schema.createIndex('audit_events_entity').on('audit_events').columns(['entity_type', 'entity_id', 'seq']).execute();
      await db.schema.createIndex('audit_events_actor').on('audit_events').columns(['actor_id', 'seq']).execute();
      await db.schema.createIndex('audit_events_action').on('audit_events').columns(['action', 'seq']).execute();
      await db.schema.createIndex('audit_events_org').on('audit_events').columns(['org_id', 'seq']).execute();
      await db.schema.createIndex('audit_events_time').on('audit_events').columns(['occurred_at']).execute();
      await db.schema
        .createTable('audit_chain_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('last_seq', 'bigint', (c) => c.notNull())
        .addColumn('last_hash', 'varchar(64)', (c) => c.notNull())
        .addCheckConstraint('audit_chain_head_single_row', sql`id = 1`)
        .execute();
      await db.insertInto('audit_chain_head').values({ id: 1, last_seq: 0, last_hash: genesisHash }).execute();
      if (d.isPg) {
        await sql`create function audit_reject_change() returns trigger language plpgsql as $$
          begin raise exception '%', tg_argv[0]; end $$`.execute(db);
        await sql`create trigger audit_events_no_update before update or delete on audit_events
          for each row execute function audit_reject_change(${sql.lit(appendOnly)})`.execute(db);
        await sql`create trigger audit_events_no_truncate before truncate on audit_events
          for each statement execute function audit_reject_change(${sql.lit(appendOnly)})`.execute(db);
        await sql`create trigger audit_chain_head_no_delete before delete or truncate on audit_chain_head
          for each statement execute function audit_reject_change(${sql.lit(headForwardOnly)})`.execute(db);
        await sql`create trigger audit_chain_head_forward before update on audit_chain_head
          for each row when (new.last_seq <> old.last_seq + 1 or new.id <> old.id)
          execute function audit_reject_change(${sql.lit(headForwardOnly)})`.execute(db);
      } else {
        await sql`create trigger audit_events_no_update before update on audit_events
          begin select raise(abort, ${sql.lit(appendOnly)}); end`.execute(db);
        await sql`create trigger audit_events_no_delete before delete on audit_events
          begin select raise(abort, ${sql.lit(appendOnly)}); end`.execute(db);
        await sql`create trigger audit_chain_head_no_delete before delete on audit_chain_head
          begin select raise(abort, ${sql.lit(headForwardOnly)}); end`.execute(db);
        await sql`create trigger audit_chain_head_forward before update on audit_chain_head
          when new.last_seq <> old.last_seq + 1 or new.id <> old.id
          begin select raise(abort, ${sql.lit(headForwardOnly)}); end`.execute(db);
      }
    },
  },
];
