import type { AppMigration } from '../db/migration';

export const attachmentMigrations: AppMigration[] = [
  {
    name: '202601010601_attachments_files',
    async up(db, d) {
      await db.schema
        .createTable('attachments')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('entity_type', 'varchar(60)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('org_id', 'varchar(26)')
        .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
        .addColumn('file_type', 'varchar(10)', (c) => c.notNull())
        .addColumn('content_type', 'varchar(120)', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
        .addColumn('storage_key', 'varchar(200)', (c) => c.notNull().unique())
        .addColumn('created_by_type', 'varchar(10)', (c) => c.notNull())
        .addColumn('created_by_id', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('template_id', 'varchar(80)')
        .addColumn('template_version', 'integer')
        .addColumn('document_version', 'integer')
        .execute();
      await db.schema.createIndex('attachments_entity').on('attachments').columns(['entity_type', 'entity_id', 'created_at']).execute();
      // One row per version of a generated document (NULLs of ordinary uploads never collide).
      await db.schema
        .createIndex('attachments_document_version')
        .on('attachments')
        .columns(['entity_type', 'entity_id', 'template_id', 'file_type', 'document_version'])
        .unique()
        .execute();
    },
  },
];
