import type { AppMigration } from '../db/migration';

export const citizenMigrations: AppMigration[] = [
  {
    name: '202601010310_citizen_accounts_codes_sessions',
    async up(db, d) {
      await db.schema
        .createTable('citizens')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('phone_enc', 'text', (c) => c.notNull())
        .addColumn('phone_index', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('name', 'varchar(100)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('last_login_at', d.instant)
        .execute();

      await db.schema
        .createTable('citizen_login_codes')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('phone_index', 'varchar(64)', (c) => c.notNull())
        .addColumn('code_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('ip', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('expires_at', d.instant, (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('consumed_at', d.instant)
        .execute();
      await db.schema.createIndex('citizen_login_codes_phone').on('citizen_login_codes').columns(['phone_index', 'created_at']).execute();
      await db.schema.createIndex('citizen_login_codes_ip').on('citizen_login_codes').columns(['ip', 'created_at']).execute();

      await db.schema
        .createTable('citizen_sms_throttle')
        .addColumn('key', 'varchar(100)', (c) => c.primaryKey())
        .addColumn('last_sent_at', d.instant, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('citizen_sessions')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('citizen_id', 'varchar(26)', (c) => c.notNull().references('citizens.id'))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('last_seen_at', d.instant, (c) => c.notNull())
        .addColumn('expires_at', d.instant, (c) => c.notNull())
        .addColumn('revoked_at', d.instant)
        .addColumn('ip', 'varchar(64)', (c) => c.notNull())
        .addColumn('user_agent', 'varchar(300)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('citizen_sessions_citizen').on('citizen_sessions').columns(['citizen_id', 'created_at']).execute();
      await db.schema.createIndex('citizen_sessions_expiry').on('citizen_sessions').column('expires_at').execute();
    },
  },
];
