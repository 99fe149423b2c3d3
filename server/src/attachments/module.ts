import { attachmentPermissions } from '@tianping/common/contract/attachments';
import { defineServerModule } from '../core/module';
import { attachmentRoutes } from './attachment.routes';
import { attachmentMigrations } from './migrations';
import { organisationAttachmentOwner } from './organisation.owner';
import './tables';

export const attachmentsModule = defineServerModule({
  id: 'attachments',
  label: { zh: '附件', en: 'Attachments' },
  permissions: [...attachmentPermissions],
  migrations: attachmentMigrations,
  routes(app, kernel) {
    kernel.attachmentOwners.register('organisation', organisationAttachmentOwner);
    attachmentRoutes(app, kernel);
  },
});
