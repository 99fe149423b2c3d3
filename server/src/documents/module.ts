import { documentPermissions } from '@tianping/common/contract/documents';
import { defineServerModule } from '../core/module';
import { coreNoticeTemplate } from './core-notice.template';
import { documentRoutes } from './document.routes';

export const documentsModule = defineServerModule({
  id: 'documents',
  label: { zh: '文书', en: 'Official documents' },
  permissions: [...documentPermissions],
  routes(app, kernel) {
    kernel.documentTemplates.register(coreNoticeTemplate);
    documentRoutes(app, kernel);
  },
});
