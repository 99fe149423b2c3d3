import { smsPermissions } from '@tianping/common/contract/sms';
import { defineServerModule } from '../core/module';
import { outboxRoutes } from './outbox.routes';
import { smsDeliveryJob } from './sms-queue';
import './tables';

export const smsModule = defineServerModule({
  id: 'sms',
  label: { zh: '短信', en: 'SMS' },
  permissions: smsPermissions,
  migrations: [
    {
      name: '202601010200_sms_outbox',
      async up(db, d) {
        await db.schema
          .createTable('sms_outbox')
          .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
          .addColumn('created_at', d.instant, (c) => c.notNull())
          .addColumn('phone_enc', 'text', (c) => c.notNull())
          .addColumn('phone_index', 'varchar(64)', (c) => c.notNull())
          .addColumn('template', 'varchar(60)', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('status', 'varchar(10)', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sms_outbox_phone').on('sms_outbox').columns(['phone_index', 'created_at']).execute();
      },
    },
    {
      // The unfiltered outbox page is ordered by time.
      name: '202601010300_sms_outbox_time',
      async up(db) {
        await db.schema.createIndex('sms_outbox_time').on('sms_outbox').column('created_at').execute();
      },
    },
  ],
  routes: outboxRoutes,
  // Messages queued with `queueSms` inside a business transaction, sent after it commits.
  jobs: [smsDeliveryJob],
});
