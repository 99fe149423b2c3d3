import type { AppMigration } from '../db/migration';

export const notificationMigrations: AppMigration[] = [
  {
    name: '202601010502_notifications_notifications',
    async up(db, d) {
      await db.schema
        .createTable('notifications')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(26)', (c) => c.notNull().references('users.id'))
        .addColumn('kind', 'varchar(60)', (c) => c.notNull())
        .addColumn('title_zh', 'varchar(300)', (c) => c.notNull())
        .addColumn('title_en', 'varchar(300)', (c) => c.notNull())
        .addColumn('body', 'varchar(2000)')
        .addColumn('link', 'varchar(500)')
        .addColumn('dedupe_key', 'varchar(200)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('read_at', d.instant)
        .execute();
      await db.schema.createIndex('notifications_user_created').on('notifications').columns(['user_id', 'created_at']).execute();
      await db.schema.createIndex('notifications_user_unread').on('notifications').columns(['user_id', 'read_at']).execute();
      await db.schema.createIndex('notifications_user_dedupe').on('notifications').columns(['user_id', 'dedupe_key']).unique().execute();
    },
  },
];
