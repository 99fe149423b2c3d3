import type { AppMigration } from '../db/migration';

export const serviceMigrations: AppMigration[] = [
  {
    name: '202601010602_service_records',
    async up(db, d) {
      await db.schema
        .createTable('service_records')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('attachment_id', 'varchar(26)', (c) => c.notNull().references('attachments.id'))
        .addColumn('entity_type', 'varchar(60)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('org_id', 'varchar(26)')
        .addColumn('recipient_citizen_id', 'varchar(26)', (c) => c.references('citizens.id'))
        .addColumn('recipient_name', 'varchar(100)')
        .addColumn('recipient_phone_enc', 'text')
        .addColumn('recipient_phone_index', 'varchar(64)')
        .addColumn('recipient_phone_masked', 'varchar(20)')
        .addColumn('channel', 'varchar(10)', (c) => c.notNull())
        .addColumn('status', 'varchar(15)', (c) => c.notNull())
        .addColumn('sent_at', d.instant, (c) => c.notNull())
        .addColumn('opened_at', d.instant)
        .addColumn('acknowledged_at', d.instant)
        .addColumn('fallback_due_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('created_by_type', 'varchar(10)', (c) => c.notNull())
        .addColumn('created_by_id', 'varchar(26)')
        .execute();
      await db.schema.createIndex('service_records_entity').on('service_records').columns(['entity_type', 'entity_id']).execute();
      await db.schema.createIndex('service_records_citizen').on('service_records').columns(['recipient_citizen_id', 'sent_at']).execute();
      await db.schema.createIndex('service_records_phone').on('service_records').columns(['recipient_phone_index', 'sent_at']).execute();
      await db.schema
        .createIndex('service_records_fallback')
        .on('service_records')
        .columns(['acknowledged_at', 'fallback_due_on'])
        .execute();
    },
  },
  {
    // The daily reminder that a service needs another channel is sent once per record.
    name: '202611281000_service_fallback_reminded',
    async up(db, d) {
      await db.schema.alterTable('service_records').addColumn('fallback_reminded_at', d.instant).execute();
    },
  },
];
