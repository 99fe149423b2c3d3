import type { AppMigration } from '../db/migration';

export const tokenMigrations: AppMigration[] = [
  {
    name: '202601010320_tokens_api_tokens',
    async up(db, d) {
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(100)', (c) => c.notNull())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('scope', 'varchar(10)', (c) => c.notNull())
        .addColumn('permissions', d.json, (c) => c.notNull())
        .addColumn('prefix', 'varchar(16)', (c) => c.notNull().unique())
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('expires_at', d.instant, (c) => c.notNull())
        .addColumn('revoked_at', d.instant)
        .addColumn('revoked_by', 'varchar(26)')
        .addColumn('last_used_at', d.instant)
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('api_tokens_org').on('api_tokens').columns(['org_id', 'created_at']).execute();
    },
  },
];
