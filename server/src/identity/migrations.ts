import type { AppMigration } from '../db/migration';

export const identityMigrations: AppMigration[] = [
  {
    name: '202601010020_identity_users_roles',
    async up(db, d) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('username', 'varchar(40)', (c) => c.notNull().unique())
        .addColumn('display_name', 'varchar(60)', (c) => c.notNull())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('phone_enc', 'text')
        .addColumn('phone_index', 'varchar(64)')
        .addColumn('phone_masked', 'varchar(20)')
        .addColumn('password_hash', 'varchar(200)', (c) => c.notNull())
        .addColumn('must_change_password', d.flag, (c) => c.notNull().defaultTo(1))
        .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', d.instant)
        .addColumn('totp_secret_enc', 'text')
        .addColumn('totp_enabled', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('totp_last_step', 'bigint')
        .addColumn('active', d.flag, (c) => c.notNull().defaultTo(1))
        .addColumn('last_login_at', d.instant)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('users_org').on('users').columns(['org_id', 'username']).execute();
      await db.schema.createIndex('users_phone_index').on('users').column('phone_index').execute();

      await db.schema
        .createTable('password_history')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull().references('users.id'))
        .addColumn('password_hash', 'varchar(200)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('password_history_user').on('password_history').columns(['user_id', 'id']).execute();

      await db.schema
        .createTable('roles')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('code', 'varchar(40)', (c) => c.notNull().unique())
        .addColumn('name', 'varchar(60)', (c) => c.notNull())
        .addColumn('name_en', 'varchar(100)', (c) => c.notNull())
        .addColumn('category', 'varchar(20)', (c) => c.notNull())
        .addColumn('builtin', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('require_totp', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('role_permissions')
        .addColumn('role_id', 'varchar(26)', (c) => c.notNull().references('roles.id'))
        .addColumn('permission', 'varchar(120)', (c) => c.notNull())
        .addPrimaryKeyConstraint('role_permissions_pk', ['role_id', 'permission'])
        .execute();

      await db.schema
        .createTable('user_roles')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull().references('users.id'))
        .addColumn('role_id', 'varchar(26)', (c) => c.notNull().references('roles.id'))
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('scope', 'varchar(10)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addUniqueConstraint('user_roles_unique', ['user_id', 'role_id', 'org_id'])
        .execute();
      await db.schema.createIndex('user_roles_role').on('user_roles').column('role_id').execute();
      await db.schema.createIndex('user_roles_org').on('user_roles').column('org_id').execute();
    },
  },
  {
    name: '202601010021_identity_sessions',
    async up(db, d) {
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull().references('users.id'))
        .addColumn('assignment_id', 'varchar(26)', (c) => c.references('user_roles.id').onDelete('set null'))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('last_seen_at', d.instant, (c) => c.notNull())
        .addColumn('expires_at', d.instant, (c) => c.notNull())
        .addColumn('revoked_at', d.instant)
        .addColumn('ip', 'varchar(64)')
        .addColumn('user_agent', 'varchar(300)')
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id', 'revoked_at']).execute();
      await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();
    },
  },
];
